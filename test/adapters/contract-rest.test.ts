import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import { useMockApi } from '../support/mock-api.js';
import { contractSuite, makeClock } from './contract.js';

contractSuite('RestAdapter through the mock API', async (options = {}) => {
  const clock = makeClock();
  const backend = new MemoryAdapter({ now: () => clock.now, ...options });
  await useMockApi(createHandlers(backend, { baseUrl: '/api' }));
  return { adapter: new RestAdapter({ baseUrl: '/api', retries: 0 }), backend, clock };
});
