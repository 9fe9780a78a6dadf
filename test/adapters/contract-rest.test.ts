import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import { useMockApi } from '../support/mock-api.js';
import { attacksContract } from './contract-attacks.js';
import { picturesContract } from './contract-pictures.js';
import { securityContract } from './contract-security.js';
import { settingsContract } from './contract-settings.js';
import { signInContract } from './contract-sign-in.js';
import { contractSuite, makeClock, type MakeSubject } from './contract.js';

const make: MakeSubject = async (options = {}) => {
  const clock = makeClock();
  const backend = new MemoryAdapter({ now: () => clock.now, ...options });
  await useMockApi(createHandlers(backend, { baseUrl: '/api' }));
  return { adapter: new RestAdapter({ baseUrl: '/api', retries: 0 }), backend, clock };
};

contractSuite('RestAdapter through the mock API', make);
picturesContract('RestAdapter through the mock API', make);
securityContract('RestAdapter through the mock API', make);
attacksContract('RestAdapter through the mock API', make, { baseUrl: '/api' });
settingsContract('RestAdapter through the mock API', make);
signInContract('RestAdapter through the mock API', make);
