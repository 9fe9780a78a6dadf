import * as z from 'zod/mini';
import {
  AVATAR_MAX_BYTES,
  AVATAR_MAX_SIDE,
  AVATAR_TYPES,
  ANSWER_VERSIONS,
  AccountError,
  HEADERS,
  ROUTES,
  SECRET_ANSWERS,
  account,
  accountDeletion,
  apiKeyInfo,
  apiKeySecret,
  checkout,
  inspectImage,
  inspectGreetingAudio,
  codeConfirmation,
  emailChangeStart,
  emailLinkConfirmation,
  messageSettings,
  newIdempotencyKey,
  notificationSettings,
  notificationUpdate,
  parseInput,
  passwordChange,
  passwordReset,
  phoneChangeStart,
  plan,
  planOptions,
  profileUpdate,
  reverificationProof,
  reverificationToken,
  routePath,
  username as usernameSchema,
  usernameAvailability,
  validate,
  verification,
  voiceSettings,
  voiceSettingsUpdate,
  type Account,
  type AccountAdapter,
  type ApiKeyInfo,
  type ApiKeySecret,
  type BackupCodes,
  type CallOptions,
  type Checkout,
  type CodeConfirmation,
  type MessageSettings,
  type NotificationSettings,
  type NotificationUpdate,
  type Passkey,
  type PasskeyRegistration,
  type PasskeyRegistrationCompletion,
  type PasswordChange,
  type PasswordReset,
  type PhoneChangeStart,
  type PathId,
  type Plan,
  type PlanOption,
  type ProfileUpdate,
  type ReverificationProof,
  type ReverificationToken,
  type Session,
  type TotpConfirmation,
  type TotpSetup,
  type TwoStep,
  type TwoStepChange,
  type UsernameAvailability,
  type Verification,
  type VersionedResource,
  type VoiceSettings,
} from '../../api/index.js';
import { checkAddresses } from './addresses.js';
import { EtagStore, isVersionedResource } from './etags.js';
import { HttpClient } from './http.js';
import type { RestAdapterOptions } from './options.js';
import { parseSuccess, type RawResponse } from './responses.js';

type RouteName = keyof typeof ROUTES;

interface Exchange {
  /** Fills `:id` in the route's path. */
  id?: PathId;
  query?: Record<string, string>;
  json?: unknown;
  blob?: Blob;
}

const nonEmpty = z.string('required').check(z.trim(), z.minLength(1, 'required'));
const verificationRef = z.object({ verificationId: nonEmpty });
const passkeyRef = z.object({ passkeyId: nonEmpty });
const sessionRef = z.object({ sessionId: nonEmpty });
const checkoutStart = z.object({ planId: nonEmpty });

/**
 * The sign-in security schemas (passkeys, two-step, sessions) load with the first call that needs
 * them: a page shows those cards only when asked to, and the rest of the page need not carry them.
 */
const signInSchemas = () => import('../../api/schemas/sign-in.js');
type SignInSchemas = Awaited<ReturnType<typeof signInSchemas>>;

/**
 * The settings page on a REST backend that speaks the contract in `src/api/routes.ts`: every input
 * validated before it is sent, every answer parsed before it is returned, every failure an
 * `AccountError` (or, for an aborted call, the signal's reason).
 */
export class RestAdapter implements AccountAdapter {
  readonly #http: HttpClient;
  readonly #etags = new EtagStore();
  readonly #baseUrl: string;

  constructor(options: RestAdapterOptions) {
    this.#http = new HttpClient(options);
    this.#baseUrl = options.baseUrl;
  }

  async getAccount(options?: CallOptions): Promise<Account> {
    return this.#call('getAccount', account, {}, options);
  }

  async updateProfile(update: ProfileUpdate, options?: CallOptions): Promise<Account> {
    return this.#call('updateProfile', account, { json: parseInput(profileUpdate, update) }, options);
  }

  async checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability> {
    const checked = validate(usernameSchema, username);
    // A name that breaks the rules cannot be available; no need to ask the backend.
    if (!checked.ok) {
      const reason = checked.fields['']?.code ?? 'invalid_format';
      return { username: typeof username === 'string' ? username : '', available: false, reason };
    }
    return this.#call('checkUsername', usernameAvailability, { query: { username: checked.data } }, options);
  }

  async uploadAvatar(image: Blob, options?: CallOptions): Promise<Account> {
    const blob = await checkedAvatar(image);
    return this.#call('uploadAvatar', account, { blob }, options);
  }

  async removeAvatar(options?: CallOptions): Promise<Account> {
    return this.#call('removeAvatar', account, {}, options);
  }

  async startPhoneChange(request: PhoneChangeStart, options?: CallOptions): Promise<Verification> {
    const json = parseInput(phoneChangeStart, request);
    return this.#call('startPhoneChange', verification, { json }, options);
  }

  async confirmPhoneChange(confirmation: CodeConfirmation, options?: CallOptions): Promise<Account> {
    const { verificationId, code } = parseInput(codeConfirmation, confirmation);
    const id = { field: 'verificationId', value: verificationId };
    return this.#call('confirmPhoneChange', account, { id, json: { code } }, options);
  }

  async resendVerification(verificationId: string, options?: CallOptions): Promise<Verification> {
    const ref = parseInput(verificationRef, { verificationId });
    const id = { field: 'verificationId', value: ref.verificationId };
    return this.#call('resendVerification', verification, { id }, options);
  }

  async startPasswordReset(options?: CallOptions): Promise<Verification> {
    return this.#call('startPasswordReset', verification, {}, options);
  }

  async completePasswordReset(reset: PasswordReset, options?: CallOptions): Promise<void> {
    await this.#exchange('completePasswordReset', { json: parseInput(passwordReset, reset) }, options);
  }

  async changePassword(change: PasswordChange, options?: CallOptions): Promise<void> {
    await this.#exchange('changePassword', { json: parseInput(passwordChange, change) }, options);
  }

  async startEmailChange(email: string, options?: CallOptions): Promise<Verification> {
    return this.#call(
      'startEmailChange',
      verification,
      { json: parseInput(emailChangeStart, { email }) },
      options,
    );
  }

  async cancelEmailChange(options?: CallOptions): Promise<Account> {
    return this.#call('cancelEmailChange', account, {}, options);
  }

  async confirmEmailChange(token: string, options?: CallOptions): Promise<Account> {
    return this.#call(
      'confirmEmailChange',
      account,
      { json: parseInput(emailLinkConfirmation, { token }) },
      options,
    );
  }

  async getNotificationSettings(options?: CallOptions): Promise<NotificationSettings> {
    return this.#call('getNotificationSettings', notificationSettings, {}, options);
  }

  async updateNotificationSettings(
    update: NotificationUpdate,
    options?: CallOptions,
  ): Promise<NotificationSettings> {
    const json = parseInput(notificationUpdate, update);
    return this.#call('updateNotificationSettings', notificationSettings, { json }, options);
  }

  async getPlan(options?: CallOptions): Promise<Plan> {
    return this.#call('getPlan', plan, {}, options);
  }

  async listPlans(options?: CallOptions): Promise<PlanOption[]> {
    return this.#call('listPlans', planOptions, {}, options);
  }

  async startCheckout(planId: string, options?: CallOptions): Promise<Checkout> {
    return this.#call('startCheckout', checkout, { json: parseInput(checkoutStart, { planId }) }, options);
  }

  async getVoiceSettings(options?: CallOptions): Promise<VoiceSettings> {
    return this.#call('getVoiceSettings', voiceSettings, {}, options);
  }

  async updateVoiceSettings(settings: VoiceSettings, options?: CallOptions): Promise<VoiceSettings> {
    return this.#call(
      'updateVoiceSettings',
      voiceSettings,
      { json: parseInput(voiceSettingsUpdate, settings) },
      options,
    );
  }

  async uploadVoicemailGreeting(audio: Blob, options?: CallOptions): Promise<VoiceSettings> {
    const blob = await checkedGreeting(audio);
    return this.#call('uploadVoicemailGreeting', voiceSettings, { blob }, options);
  }

  async removeVoicemailGreeting(options?: CallOptions): Promise<VoiceSettings> {
    return this.#call('removeVoicemailGreeting', voiceSettings, {}, options);
  }

  async getMessageSettings(options?: CallOptions): Promise<MessageSettings> {
    return this.#call('getMessageSettings', messageSettings, {}, options);
  }

  async updateMessageSettings(settings: MessageSettings, options?: CallOptions): Promise<MessageSettings> {
    const json = parseInput(messageSettings, settings);
    return this.#call('updateMessageSettings', messageSettings, { json }, options);
  }

  async getApiKey(options?: CallOptions): Promise<ApiKeyInfo> {
    return this.#call('getApiKey', apiKeyInfo, {}, options);
  }

  async revealApiKey(options?: CallOptions): Promise<ApiKeySecret> {
    return this.#call('revealApiKey', apiKeySecret, {}, options);
  }

  async regenerateApiKey(options?: CallOptions): Promise<ApiKeySecret> {
    return this.#call('regenerateApiKey', apiKeySecret, {}, options);
  }

  async deleteAccount(confirmation: string, options?: CallOptions): Promise<void> {
    await this.#exchange('deleteAccount', { json: parseInput(accountDeletion, { confirmation }) }, options);
  }

  async startReverification(options?: CallOptions): Promise<Verification> {
    return this.#call('startReverification', verification, {}, options);
  }

  async completeReverification(
    proof: ReverificationProof,
    options?: CallOptions,
  ): Promise<ReverificationToken> {
    const json = parseInput(reverificationProof, proof);
    return this.#call('completeReverification', reverificationToken, { json }, options);
  }

  async listPasskeys(options?: CallOptions): Promise<Passkey[]> {
    return this.#signInCall('listPasskeys', (schemas) => schemas.passkeys, options);
  }

  async startPasskeyRegistration(options?: CallOptions): Promise<PasskeyRegistration> {
    return this.#signInCall('startPasskeyRegistration', (schemas) => schemas.passkeyRegistration, options);
  }

  async completePasskeyRegistration(
    completion: PasskeyRegistrationCompletion,
    options?: CallOptions,
  ): Promise<Passkey> {
    const { passkey, passkeyRegistrationCompletion } = await signInSchemas();
    const { registrationId, ...json } = parseInput(passkeyRegistrationCompletion, completion);
    const id = { field: 'registrationId', value: registrationId };
    return this.#call('completePasskeyRegistration', passkey, { id, json }, options);
  }

  async renamePasskey(passkeyId: string, name: string, options?: CallOptions): Promise<Passkey> {
    const { passkey, passkeyRename } = await signInSchemas();
    const ref = parseInput(passkeyRef, { passkeyId });
    const id = { field: 'passkeyId', value: ref.passkeyId };
    return this.#call('renamePasskey', passkey, { id, json: parseInput(passkeyRename, { name }) }, options);
  }

  async removePasskey(passkeyId: string, options?: CallOptions): Promise<void> {
    const ref = parseInput(passkeyRef, { passkeyId });
    await this.#exchange('removePasskey', { id: { field: 'passkeyId', value: ref.passkeyId } }, options);
  }

  async getTwoStep(options?: CallOptions): Promise<TwoStep> {
    return this.#signInCall('getTwoStep', (schemas) => schemas.twoStep, options);
  }

  async startTotpSetup(options?: CallOptions): Promise<TotpSetup> {
    return this.#signInCall('startTotpSetup', (schemas) => schemas.totpSetup, options);
  }

  async confirmTotpSetup(confirmation: TotpConfirmation, options?: CallOptions): Promise<TwoStepChange> {
    const { totpConfirmation, twoStepChange } = await signInSchemas();
    const { setupId, code } = parseInput(totpConfirmation, confirmation);
    const id = { field: 'setupId', value: setupId };
    return this.#call('confirmTotpSetup', twoStepChange, { id, json: { code } }, options);
  }

  async disableTotp(options?: CallOptions): Promise<TwoStep> {
    return this.#signInCall('disableTotp', (schemas) => schemas.twoStep, options);
  }

  async enableSmsTwoStep(options?: CallOptions): Promise<TwoStepChange> {
    return this.#signInCall('enableSmsTwoStep', (schemas) => schemas.twoStepChange, options);
  }

  async disableSmsTwoStep(options?: CallOptions): Promise<TwoStep> {
    return this.#signInCall('disableSmsTwoStep', (schemas) => schemas.twoStep, options);
  }

  async regenerateBackupCodes(options?: CallOptions): Promise<BackupCodes> {
    return this.#signInCall('regenerateBackupCodes', (schemas) => schemas.backupCodes, options);
  }

  async listSessions(options?: CallOptions): Promise<Session[]> {
    return this.#signInCall('listSessions', (schemas) => schemas.sessions, options);
  }

  async revokeSession(sessionId: string, options?: CallOptions): Promise<void> {
    const ref = parseInput(sessionRef, { sessionId });
    await this.#exchange('revokeSession', { id: { field: 'sessionId', value: ref.sessionId } }, options);
  }

  async revokeOtherSessions(options?: CallOptions): Promise<Session[]> {
    return this.#signInCall('revokeOtherSessions', (schemas) => schemas.sessions, options);
  }

  /** `#call` for a sign-in security route that sends nothing, once its answer's schema has loaded. */
  async #signInCall<S extends z.ZodMiniType>(
    route: RouteName,
    pick: (schemas: SignInSchemas) => S,
    options?: CallOptions,
  ): Promise<z.output<S>> {
    return this.#call(route, pick(await signInSchemas()), {}, options);
  }

  /** One request whose answer is parsed with `schema`; its `ETag`, if any, is kept for the next update. */
  async #call<S extends z.ZodMiniType>(
    route: RouteName,
    schema: S,
    exchange: Exchange,
    options: CallOptions = {},
  ): Promise<z.output<S>> {
    const response = await this.#exchange(route, exchange, options);
    const data = checkAddresses(schema, parseSuccess(schema, response), this.#baseUrl);
    const resource = (ANSWER_VERSIONS as Partial<Record<RouteName, VersionedResource>>)[route];
    if (resource !== undefined) this.#etags.remember(resource, response.headers);
    return data;
  }

  async #exchange(route: RouteName, exchange: Exchange, options: CallOptions = {}): Promise<RawResponse> {
    const [method, template] = ROUTES[route];
    const headers: Record<string, string> = {};
    if (method === 'POST') headers[HEADERS.idempotencyKey] = options.idempotencyKey ?? newIdempotencyKey();
    if (options.reverificationToken !== undefined) {
      headers[HEADERS.reverificationToken] = options.reverificationToken;
    }
    const versioned = (method === 'PATCH' || method === 'PUT') && isVersionedResource(template);
    if (versioned) {
      const etag = options.ifMatch ?? this.#etags.get(template);
      if (etag !== undefined) headers['If-Match'] = etag;
    }
    const answersVersion = (ANSWER_VERSIONS as Partial<Record<RouteName, VersionedResource>>)[route];
    return this.#http.send({
      method,
      versioned: answersVersion !== undefined,
      path: routePath(template, exchange.id),
      query: exchange.query,
      json: exchange.json,
      blob: exchange.blob,
      headers,
      signal: options.signal,
      cache: isSecretAnswer(route) ? 'no-store' : undefined,
      // A refused If-Match comes with the version that won: kept, so the update made after reloading
      // (or retrying) is checked against it rather than failing on the stale one again.
      onResponse: (status, answerHeaders) => {
        if (versioned && status === 412) this.#etags.remember(template, answerHeaders);
      },
    });
  }
}

function isSecretAnswer(route: RouteName): boolean {
  return (SECRET_ANSWERS as readonly RouteName[]).includes(route);
}

/**
 * The backend would refuse these anyway; refusing here saves uploading megabytes to hear it. The
 * format, structure and pixel size are read from the bytes, like the backend does, so a file with a
 * wrong or missing declared type is still sent (with its real type), and a renamed text file, a
 * signature in front of something else or a header claiming a huge image are not.
 */
async function checkedAvatar(image: Blob): Promise<Blob> {
  const refuse = (code: string, message: string): AccountError =>
    new AccountError('validation', message, { fields: { avatar: { code, message } }, status: 422 });
  if (!(image instanceof Blob) || image.size === 0) throw refuse('required', 'No image was given');
  if (image.size > AVATAR_MAX_BYTES) throw refuse('too_long', `The image is over ${AVATAR_MAX_BYTES} bytes`);
  const inspection = await inspectImage(image);
  if (!inspection.ok) {
    const message =
      inspection.code === 'too_large_dimensions'
        ? `The image is over ${AVATAR_MAX_SIDE} pixels on a side`
        : `The image must be a well-formed ${AVATAR_TYPES.join(', ')} file`;
    throw refuse(inspection.code, message);
  }
  const { type } = inspection;
  return image.type === type ? image : new Blob([image], { type });
}

/**
 * Like a picture: a recording the backend would refuse (empty, over the size or length limit, not
 * MP3, WAV, Ogg or M4A by its bytes) is refused here, before megabytes go up; a good one is sent with
 * the type its bytes show, whatever it was labelled.
 */
async function checkedGreeting(audio: Blob): Promise<Blob> {
  const inspection = await inspectGreetingAudio(audio);
  if (!inspection.ok) {
    const fields = { audio: { message: inspection.error.code, ...inspection.error } };
    throw new AccountError('validation', 'The recording is not valid', { fields, status: 422 });
  }
  const { type } = inspection;
  return audio.type === type ? audio : new Blob([audio], { type });
}
