export { MemoryAdapter } from './memory-adapter.js';
export type { AdapterMethod, MemoryAdapterOptions, UploadedFiles } from './options.js';
export type { FaultOptions } from './faults.js';
export type { RelyingParty } from './backend.js';
export type { NewSession } from './sessions.js';
export type { Latency } from './timing.js';
export {
  createSeedState,
  hashSeedPasswords,
  DEMO_PASSWORD,
  DEMO_PLANS,
  DEMO_RESERVED_USERNAMES,
  DEMO_TAKEN_USERNAMES,
  type SeedOptions,
  type SeedPerson,
} from './seed.js';
export type { MemoryState, StoredPlanOption } from './state.js';
export { VERIFICATION_TTL_MS } from './verifications.js';
export {
  ATTEMPT_WINDOW_MS,
  DAILY_SEND_LIMIT,
  MAX_ATTEMPTS,
  RESEND_COOLDOWN_MS,
  USERNAME_CHECK_LIMIT,
  USERNAME_CHECK_WINDOW_MS,
} from './throttle.js';
export { IDEMPOTENCY_TTL_MS } from './idempotency.js';
export { STEP_UP_BY_DEFAULT } from './pipeline.js';
export { REVERIFICATION_TOKEN_TTL_MS } from './security.js';
export { PASSKEY_REGISTRATION_TTL_MS } from './passkeys.js';
export { TOTP_SETUP_TTL_MS, TOTP_WINDOW } from './two-step.js';
