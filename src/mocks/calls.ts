import type { CallOptions } from '../api/index.js';
import type { AdapterMethod, MemoryAdapter } from '../adapters/memory/index.js';

/** What a handler read from the request, ready for the adapter. */
export interface RequestInput {
  /** The `:id` of the path, when the route has one. */
  id: string;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
  /** The raw body, for the routes that take bytes (`BYTE_BODIES`). */
  blob: Blob;
  options: CallOptions;
}

export type AdapterCall = (adapter: MemoryAdapter, input: RequestInput) => Promise<unknown>;

/**
 * The request passed on as is. The adapter validates every input with the contract's schemas,
 * exactly as the server must, so the mock carries the request to it instead of checking it twice
 * (and a member sending nonsense still hears `forbidden` first, as from the real thing).
 */
function unchecked<T>(value: unknown): T {
  return value as T;
}

function field<T>(body: unknown, name: string): T {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return unchecked<T>(value);
}

/** How each route reaches the adapter: where in the request each argument is. */
export const CALLS: { [M in AdapterMethod]: AdapterCall } = {
  getAccount: (adapter, input) => adapter.getAccount(input.options),
  updateProfile: (adapter, input) => adapter.updateProfile(unchecked(input.body), input.options),
  checkUsername: (adapter, input) =>
    adapter.checkUsername(unchecked(input.query.get('username') ?? undefined), input.options),
  uploadAvatar: (adapter, input) => adapter.uploadAvatar(input.blob, input.options),
  removeAvatar: (adapter, input) => adapter.removeAvatar(input.options),
  startPhoneChange: (adapter, input) => adapter.startPhoneChange(unchecked(input.body), input.options),
  confirmPhoneChange: (adapter, input) =>
    adapter.confirmPhoneChange({ verificationId: input.id, code: field(input.body, 'code') }, input.options),
  resendVerification: (adapter, input) => adapter.resendVerification(input.id, input.options),
  startPasswordReset: (adapter, input) => adapter.startPasswordReset(input.options),
  completePasswordReset: (adapter, input) =>
    adapter.completePasswordReset(unchecked(input.body), input.options),
  changePassword: (adapter, input) => adapter.changePassword(unchecked(input.body), input.options),
  startEmailChange: (adapter, input) => adapter.startEmailChange(field(input.body, 'email'), input.options),
  cancelEmailChange: (adapter, input) => adapter.cancelEmailChange(input.options),
  confirmEmailChange: (adapter, input) =>
    adapter.confirmEmailChange(field(input.body, 'token'), input.options),
  getNotificationSettings: (adapter, input) => adapter.getNotificationSettings(input.options),
  updateNotificationSettings: (adapter, input) =>
    adapter.updateNotificationSettings(unchecked(input.body), input.options),
  getPlan: (adapter, input) => adapter.getPlan(input.options),
  listPlans: (adapter, input) => adapter.listPlans(input.options),
  startCheckout: (adapter, input) => adapter.startCheckout(field(input.body, 'planId'), input.options),
  getVoiceSettings: (adapter, input) => adapter.getVoiceSettings(input.options),
  updateVoiceSettings: (adapter, input) => adapter.updateVoiceSettings(unchecked(input.body), input.options),
  uploadVoicemailGreeting: (adapter, input) => adapter.uploadVoicemailGreeting(input.blob, input.options),
  removeVoicemailGreeting: (adapter, input) => adapter.removeVoicemailGreeting(input.options),
  getMessageSettings: (adapter, input) => adapter.getMessageSettings(input.options),
  updateMessageSettings: (adapter, input) =>
    adapter.updateMessageSettings(unchecked(input.body), input.options),
  getApiKey: (adapter, input) => adapter.getApiKey(input.options),
  revealApiKey: (adapter, input) => adapter.revealApiKey(input.options),
  regenerateApiKey: (adapter, input) => adapter.regenerateApiKey(input.options),
  deleteAccount: (adapter, input) => adapter.deleteAccount(field(input.body, 'confirmation'), input.options),
  startReverification: (adapter, input) => adapter.startReverification(input.options),
  completeReverification: (adapter, input) =>
    adapter.completeReverification(unchecked(input.body), input.options),
  listPasskeys: (adapter, input) => adapter.listPasskeys(input.options),
  startPasskeyRegistration: (adapter, input) => adapter.startPasskeyRegistration(input.options),
  completePasskeyRegistration: (adapter, input) =>
    adapter.completePasskeyRegistration(
      {
        registrationId: input.id,
        credential: field(input.body, 'credential'),
        name: field(input.body, 'name'),
      },
      input.options,
    ),
  renamePasskey: (adapter, input) =>
    adapter.renamePasskey(input.id, field(input.body, 'name'), input.options),
  removePasskey: (adapter, input) => adapter.removePasskey(input.id, input.options),
  getTwoStep: (adapter, input) => adapter.getTwoStep(input.options),
  startTotpSetup: (adapter, input) => adapter.startTotpSetup(input.options),
  confirmTotpSetup: (adapter, input) =>
    adapter.confirmTotpSetup({ setupId: input.id, code: field(input.body, 'code') }, input.options),
  disableTotp: (adapter, input) => adapter.disableTotp(input.options),
  enableSmsTwoStep: (adapter, input) => adapter.enableSmsTwoStep(input.options),
  disableSmsTwoStep: (adapter, input) => adapter.disableSmsTwoStep(input.options),
  regenerateBackupCodes: (adapter, input) => adapter.regenerateBackupCodes(input.options),
  listSessions: (adapter, input) => adapter.listSessions(input.options),
  revokeSession: (adapter, input) => adapter.revokeSession(input.id, input.options),
  revokeOtherSessions: (adapter, input) => adapter.revokeOtherSessions(input.options),
};

/** Requests whose body is a file, passed on as bytes rather than read as JSON. */
export const BYTE_BODIES: ReadonlySet<AdapterMethod> = new Set<AdapterMethod>([
  'uploadAvatar',
  'uploadVoicemailGreeting',
]);

/** Answers with no body (204). */
export const EMPTY_ANSWERS: ReadonlySet<AdapterMethod> = new Set<AdapterMethod>([
  'completePasswordReset',
  'changePassword',
  'deleteAccount',
  'removePasskey',
  'revokeSession',
]);
