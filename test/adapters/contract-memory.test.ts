import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { contractSuite, makeClock } from './contract.js';

contractSuite('MemoryAdapter', async (options = {}) => {
  const clock = makeClock();
  const backend = new MemoryAdapter({ now: () => clock.now, ...options });
  return { adapter: backend, backend, clock };
});
