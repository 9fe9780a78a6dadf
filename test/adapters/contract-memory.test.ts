import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { attacksContract } from './contract-attacks.js';
import { picturesContract } from './contract-pictures.js';
import { securityContract } from './contract-security.js';
import { settingsContract } from './contract-settings.js';
import { signInContract } from './contract-sign-in.js';
import { contractSuite, makeClock, type MakeSubject } from './contract.js';

const make: MakeSubject = async (options = {}) => {
  const clock = makeClock();
  const backend = new MemoryAdapter({ now: () => clock.now, ...options });
  return { adapter: backend, backend, clock };
};

contractSuite('MemoryAdapter', make);
picturesContract('MemoryAdapter', make);
securityContract('MemoryAdapter', make);
attacksContract('MemoryAdapter', make);
settingsContract('MemoryAdapter', make);
signInContract('MemoryAdapter', make);
