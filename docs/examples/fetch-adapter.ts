/**
 * docs/integrating.md, "Your own adapter over the client you already have": a complete
 * `AccountAdapter` written over a host's own HTTP client instead of `RestAdapter`. The tests run
 * the adapter contract against it (test/docs/integrating.test.ts).
 *
 * In an app, import from the package: `from 'account-elements'`. Here the imports point at the
 * sources, so the tests run this very file.
 */
import type * as z from 'zod/mini';
import {
  ANSWER_VERSIONS,
  AccountError,
  CONDITIONAL_UPDATES,
  ERROR_CODES,
  ROUTES,
  account,
  apiKeyInfo,
  apiKeySecret,
  backupCodes,
  checkout,
  messageSettings,
  notificationSettings,
  passkey,
  passkeyRegistration,
  passkeys,
  plan,
  planOptions,
  reverificationToken,
  sessions,
  totpSetup,
  twoStep,
  twoStepChange,
  usernameAvailability,
  verification,
  voiceSettings,
  type AccountAdapter,
  type AccountErrorCode,
  type CallOptions,
  type FieldError,
} from '../../src/api/index.js';

/** Your app's client: it already knows the base URL, signs requests and refreshes tokens. */
export interface HostClient {
  request(request: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: BodyInit;
    signal?: AbortSignal;
  }): Promise<{ status: number; headers: Headers; body: unknown }>;
}

/** A stand-in for such a client, over `fetch`: replace it with yours. */
export function createHostClient(baseUrl: string, getToken: () => string | null): HostClient {
  return {
    async request({ method, path, headers, body, signal }) {
      const token = getToken();
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        body,
        signal,
        headers: {
          Accept: 'application/json',
          ...headers,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
  };
}

type Operation = keyof typeof ROUTES;

interface Input {
  id?: string;
  query?: Record<string, string>;
  json?: unknown;
  file?: Blob;
}

/** The contract's error body (`application/problem+json`) as the `AccountError` elements expect. */
function toAccountError(status: number, body: unknown): AccountError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as {
    code?: string;
    detail?: string;
    errors?: ({ field: string } & FieldError)[];
    retryAfter?: number;
    methods?: ('password' | 'sms')[];
    attemptsLeft?: number;
    operation?: string;
  };
  const known = (ERROR_CODES as readonly string[]).includes(problem.code ?? '');
  const code = (known ? problem.code : status >= 500 ? 'network' : 'invalid_response') as AccountErrorCode;
  const fields = Object.fromEntries((problem.errors ?? []).map(({ field, ...error }) => [field, error]));
  return new AccountError(code, problem.detail ?? `HTTP ${status}`, {
    status,
    fields,
    retryAfter: problem.retryAfter,
    reverificationMethods: problem.methods,
    attemptsLeft: problem.attemptsLeft,
    operation: problem.operation,
  });
}

/**
 * The adapter: one request per method, on the contract's route. What it must do besides: send
 * back the `ETag` it last saw in `If-Match`, an `Idempotency-Key` with every POST, the
 * `Reverification-Token` after an identity check, and turn every failure into an `AccountError`
 * (an abort stays the signal's reason).
 */
export function createFetchAdapter(client: HostClient): AccountAdapter {
  const etags = new Map<string, string>();

  async function send<S extends z.ZodMiniType>(
    operation: Operation,
    schema: S | null,
    input: Input,
    options: CallOptions = {},
  ): Promise<z.output<S>> {
    const [method, template] = ROUTES[operation];
    const resource = (ANSWER_VERSIONS as Partial<Record<Operation, string>>)[operation];
    const headers: Record<string, string> = {};
    if (method === 'POST') headers['Idempotency-Key'] = options.idempotencyKey ?? crypto.randomUUID();
    if (options.reverificationToken) headers['Reverification-Token'] = options.reverificationToken;
    const ifMatch = options.ifMatch ?? (resource && etags.get(resource));
    if ((CONDITIONAL_UPDATES as readonly string[]).includes(operation) && ifMatch)
      headers['If-Match'] = ifMatch;
    let body: BodyInit | undefined;
    if (input.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input.json);
    } else if (input.file) {
      headers['Content-Type'] = input.file.type;
      body = input.file;
    }
    const query = input.query ? `?${new URLSearchParams(input.query).toString()}` : '';
    const path = template.replace(':id', encodeURIComponent(input.id ?? '')) + query;

    let answer: Awaited<ReturnType<HostClient['request']>>;
    try {
      answer = await client.request({ method, path, headers, body, signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      throw new AccountError('network', String(error), { cause: error });
    }
    // A 412 carries the version that won: the retry after reloading is checked against it.
    const etag = answer.headers.get('ETag');
    if (resource && etag && (answer.status < 400 || answer.status === 412)) etags.set(resource, etag);
    if (answer.status >= 400) throw toAccountError(answer.status, answer.body);
    if (schema === null) return undefined as z.output<S>;
    const parsed = schema.safeParse(answer.body);
    if (!parsed.success) throw new AccountError('invalid_response', 'The answer does not fit the contract');
    return parsed.data;
  }

  return {
    getAccount: (options) => send('getAccount', account, {}, options),
    updateProfile: (update, options) => send('updateProfile', account, { json: update }, options),
    checkUsername: (username, options) =>
      send('checkUsername', usernameAvailability, { query: { username } }, options),
    uploadAvatar: (image, options) => send('uploadAvatar', account, { file: image }, options),
    removeAvatar: (options) => send('removeAvatar', account, {}, options),
    startPhoneChange: (request, options) =>
      send('startPhoneChange', verification, { json: request }, options),
    confirmPhoneChange: ({ verificationId, code }, options) =>
      send('confirmPhoneChange', account, { id: verificationId, json: { code } }, options),
    resendVerification: (id, options) => send('resendVerification', verification, { id }, options),
    startPasswordReset: (options) => send('startPasswordReset', verification, {}, options),
    completePasswordReset: async (reset, options) => {
      await send('completePasswordReset', null, { json: reset }, options);
    },
    changePassword: async (change, options) => {
      await send('changePassword', null, { json: change }, options);
    },
    startEmailChange: (email, options) =>
      send('startEmailChange', verification, { json: { email } }, options),
    cancelEmailChange: (options) => send('cancelEmailChange', account, {}, options),
    confirmEmailChange: (token, options) => send('confirmEmailChange', account, { json: { token } }, options),
    getNotificationSettings: (options) => send('getNotificationSettings', notificationSettings, {}, options),
    updateNotificationSettings: (update, options) =>
      send('updateNotificationSettings', notificationSettings, { json: update }, options),
    getPlan: (options) => send('getPlan', plan, {}, options),
    listPlans: (options) => send('listPlans', planOptions, {}, options),
    startCheckout: (planId, options) => send('startCheckout', checkout, { json: { planId } }, options),
    getVoiceSettings: (options) => send('getVoiceSettings', voiceSettings, {}, options),
    updateVoiceSettings: (settings, options) =>
      send('updateVoiceSettings', voiceSettings, { json: settings }, options),
    uploadVoicemailGreeting: (audio, options) =>
      send('uploadVoicemailGreeting', voiceSettings, { file: audio }, options),
    removeVoicemailGreeting: (options) => send('removeVoicemailGreeting', voiceSettings, {}, options),
    getMessageSettings: (options) => send('getMessageSettings', messageSettings, {}, options),
    updateMessageSettings: (settings, options) =>
      send('updateMessageSettings', messageSettings, { json: settings }, options),
    getApiKey: (options) => send('getApiKey', apiKeyInfo, {}, options),
    revealApiKey: (options) => send('revealApiKey', apiKeySecret, {}, options),
    regenerateApiKey: (options) => send('regenerateApiKey', apiKeySecret, {}, options),
    deleteAccount: async (confirmation, options) => {
      await send('deleteAccount', null, { json: { confirmation } }, options);
    },
    startReverification: (options) => send('startReverification', verification, {}, options),
    completeReverification: (proof, options) =>
      send('completeReverification', reverificationToken, { json: proof }, options),
    listPasskeys: (options) => send('listPasskeys', passkeys, {}, options),
    startPasskeyRegistration: (options) => send('startPasskeyRegistration', passkeyRegistration, {}, options),
    completePasskeyRegistration: ({ registrationId, ...json }, options) =>
      send('completePasskeyRegistration', passkey, { id: registrationId, json }, options),
    renamePasskey: (id, name, options) => send('renamePasskey', passkey, { id, json: { name } }, options),
    removePasskey: async (id, options) => {
      await send('removePasskey', null, { id }, options);
    },
    getTwoStep: (options) => send('getTwoStep', twoStep, {}, options),
    startTotpSetup: (options) => send('startTotpSetup', totpSetup, {}, options),
    confirmTotpSetup: ({ setupId, code }, options) =>
      send('confirmTotpSetup', twoStepChange, { id: setupId, json: { code } }, options),
    disableTotp: (options) => send('disableTotp', twoStep, {}, options),
    enableSmsTwoStep: (options) => send('enableSmsTwoStep', twoStepChange, {}, options),
    disableSmsTwoStep: (options) => send('disableSmsTwoStep', twoStep, {}, options),
    regenerateBackupCodes: (options) => send('regenerateBackupCodes', backupCodes, {}, options),
    listSessions: (options) => send('listSessions', sessions, {}, options),
    revokeSession: async (id, options) => {
      await send('revokeSession', null, { id }, options);
    },
    revokeOtherSessions: (options) => send('revokeOtherSessions', sessions, {}, options),
  };
}
