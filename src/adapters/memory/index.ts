export { MemoryAdapter } from './memory-adapter.js';
export type { AdapterMethod, MemoryAdapterOptions } from './options.js';
export type { FaultOptions } from './faults.js';
export type { Latency } from './timing.js';
export {
  createSeedState,
  DEMO_PASSWORD,
  DEMO_PLANS,
  DEMO_RESERVED_USERNAMES,
  DEMO_TAKEN_USERNAMES,
  type SeedOptions,
  type SeedPerson,
} from './seed.js';
export type { MemoryState, StoredPlanOption } from './state.js';
export { MAX_ATTEMPTS, RESEND_COOLDOWN_MS, VERIFICATION_TTL_MS } from './verifications.js';
export { REVERIFICATION_TOKEN_TTL_MS } from './security.js';
