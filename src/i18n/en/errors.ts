import { n } from './number.js';

export const errors = {
  loadFailed: 'This section could not be loaded.',
  saveFailed: 'Your changes were not saved.',
  unauthorized: 'Your session has ended. Sign in again to continue.',
  forbidden: 'You do not have permission to do this.',
  not_found: 'This was not found. It may have been removed.',
  conflict: 'This was changed somewhere else while you were editing. Your input is kept.',
  precondition_required: 'This cannot be done yet.',
  rate_limited: (seconds: number) =>
    seconds > 0
      ? `Too many attempts. Try again in ${n(seconds)} s.`
      : 'Too many attempts. Try again shortly.',
  network: 'The server could not be reached. Check your connection.',
  offline: 'You are offline. What you typed is kept: try again once you are back online.',
  uncertain:
    'The server did not answer in time, so your change may or may not have been made. We are checking; try again to be sure.',
  timeout: 'The server took too long to answer.',
  invalid_response: 'The server sent an answer this page does not understand.',
  validation: 'Some fields need attention.',
  verification_failed: 'That code is not right.',
  verification_expired: 'That code has expired. Ask for a new one.',
  reverification_required: 'Confirm it is you to continue.',
  idempotency_key_reused: 'This request was already sent with other details. Try again.',
  idempotency_key_in_use: 'This request is still being handled. Wait a moment, then try again.',
  unsupported: 'This is not available.',
  noAdapter:
    'No account adapter: wrap this element in <account-provider>, set its adapter property, or call configure({ adapter }).',
} as const;
