import * as z from 'zod/mini';
import {
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
  session,
  sessions as sessionList,
  totpSetup,
  twoStep,
  twoStepChange,
  usernameAvailability,
  verification,
  voiceSettings,
  type Account,
  type AccountAdapter,
  type AccountErrorCode,
  type ApiKeyInfo,
  type ApiKeySecret,
  type BackupCodes,
  type CallOptions,
  type Checkout,
  type CodeConfirmation,
  type MessageSettings,
  type NotificationSettings,
  type NotificationUpdate,
  type OutboxMessage,
  type Passkey,
  type PasskeyRegistration,
  type PasskeyRegistrationCompletion,
  type PasswordChange,
  type PasswordReset,
  type PhoneChangeStart,
  type Plan,
  type PlanOption,
  type ProfileUpdate,
  type ReverificationProof,
  type Role,
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
import { AvatarStore } from './avatars.js';
import { Backend, type RelyingParty } from './backend.js';
import * as billing from './billing.js';
import * as contact from './contact.js';
import type { FaultOptions } from './faults.js';
import type { AdapterMethod, MemoryAdapterOptions } from './options.js';
import { clearState, followOtherTabs, loadState, saveState } from './persistence.js';
import * as passkeyOperations from './passkeys.js';
import { CallPipeline } from './pipeline.js';
import * as profile from './profile.js';
import { randomId } from './random.js';
import * as security from './security.js';
import { createSeedState, freshSignIn, hashSeedPasswords, hereSession } from './seed.js';
import * as sessionOperations from './sessions.js';
import * as settings from './settings.js';
import type { MemoryState, StoredSession } from './state.js';
import * as twoStepOperations from './two-step.js';
import { describeVerification, resendVerification } from './verifications.js';

const nothing = z.undefined();

/**
 * An `AccountAdapter` that keeps a demo organisation in memory and follows the rules a real backend
 * would: validation, roles, verification codes, reverification, idempotency, versions. What it
 * "sends" lands in `outbox`, and it fires an `outbox` event when something is added there.
 *
 * The demo accounts' password is `DEMO_PASSWORD` (`correct horse 1`).
 */
export class MemoryAdapter extends EventTarget implements AccountAdapter {
  private readonly options: MemoryAdapterOptions;
  private readonly storageKey: string | false;
  private readonly avatars: AvatarStore;
  private readonly greetings: AvatarStore;
  private readonly backend: Backend;
  private readonly pipeline: CallPipeline;
  /** Settles once the seeded passwords are hashed; every call waits for it. */
  private ready: Promise<void> = Promise.resolve();

  constructor(options: MemoryAdapterOptions = {}) {
    super();
    this.options = options;
    this.storageKey = options.persist ?? false;
    this.avatars = new AvatarStore(this.storageKey, 'avatar', options.files);
    this.greetings = new AvatarStore(this.storageKey, 'greeting', options.files);
    const now = options.now ?? (() => Date.now());
    const saved = this.storageKey === false ? null : loadState(this.storageKey);
    const state = saved ? this.revive(saved, now()) : this.freshState(now());
    const unsupported = new Set(options.unsupported);
    this.backend = new Backend(
      state,
      now,
      this.avatars,
      this.greetings,
      () => this.dispatchEvent(new Event('outbox')),
      relyingPartyOf(options.relyingParty),
      (method) => !unsupported.has(method),
    );
    this.pipeline = new CallPipeline(
      this.backend,
      options,
      () => this.ready,
      () => this.save(),
    );
    void this.ready.then(() => this.save());
    if (this.storageKey !== false) followOtherTabs(this.storageKey, this, MemoryAdapter.takeUp);
  }

  /**
   * Another tab saved the state: this one answers from it from now on, as one server behind both
   * would. It is not saved again here (that tab did), and its outbox may have grown.
   */
  private static takeUp(adapter: MemoryAdapter, state: MemoryState): void {
    adapter.backend.state = adapter.revive(state, adapter.backend.now());
    adapter.dispatchEvent(new Event('outbox'));
  }

  /** Every SMS and email "sent" so far, oldest first (a copy). */
  get outbox(): OutboxMessage[] {
    return structuredClone(this.backend.state.outbox);
  }

  /** The latest message sent, of one purpose if given: where a demo or a test reads the code. */
  lastMessage(purpose?: OutboxMessage['purpose']): OutboxMessage | undefined {
    const matching = this.backend.state.outbox.filter(
      (message) => purpose === undefined || message.purpose === purpose,
    );
    const last = matching.at(-1);
    return last && structuredClone(last);
  }

  /** Calls `listener` with the outbox whenever a message is added; returns the unsubscribe. */
  subscribe(listener: (outbox: OutboxMessage[]) => void): () => void {
    const onOutbox = () => listener(this.outbox);
    this.addEventListener('outbox', onOutbox);
    return () => this.removeEventListener('outbox', onOutbox);
  }

  /** Makes the next matching call(s) fail with this code, before they do anything. */
  failNext(code: AccountErrorCode, options: FaultOptions = {}): void {
    this.pipeline.faults.add(code, options);
  }

  /** The version of a resource as an HTTP entity tag (`"3"`); it changes with every change of it. */
  etag(resource: VersionedResource): string {
    return this.pipeline.etag(resource);
  }

  /**
   * Signs in the organisation's admin or member on the same data, as another person on another
   * device would be: what one changes, the other sees.
   */
  signInAs(role: Role): void {
    signIn(this.backend.state, role, this.backend.now());
    this.save();
  }

  /**
   * Signs the signed-in person in on another device (an Android phone in São Paulo unless said
   * otherwise), as a demo shows a new sign-in: the session appears in `listSessions`, to be signed
   * out from here.
   */
  signInElsewhere(fields?: sessionOperations.NewSession): Session {
    const added = session.parse(sessionOperations.addSession(this.backend, fields));
    this.save();
    return added;
  }

  /** Back to the demo data as first seeded: clears the saved state, the outbox and queued faults. */
  reset(): void {
    const { state } = this.backend;
    for (const stored of state.accounts) this.avatars.drop(stored.id, stored.avatarUrl);
    settings.dropGreeting(this.backend, state.voice);
    if (this.storageKey !== false) clearState(this.storageKey);
    this.pipeline.faults.clear();
    this.pipeline.idempotency.clear();
    this.backend.state = this.freshState(this.backend.now());
    void this.ready.then(() => this.save());
    this.dispatchEvent(new Event('outbox'));
  }

  getAccount(options?: CallOptions): Promise<Account> {
    return this.call('getAccount', options, [], account, (backend) => profile.getAccount(backend));
  }

  updateProfile(update: ProfileUpdate, options?: CallOptions): Promise<Account> {
    return this.call('updateProfile', options, [update], account, (backend) =>
      profile.updateProfile(backend, update),
    );
  }

  checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability> {
    return this.call('checkUsername', options, [username], usernameAvailability, (backend) =>
      profile.checkUsername(backend, username),
    );
  }

  uploadAvatar(image: Blob, options?: CallOptions): Promise<Account> {
    return this.call('uploadAvatar', options, [image], account, (backend) =>
      profile.uploadAvatar(backend, image),
    );
  }

  removeAvatar(options?: CallOptions): Promise<Account> {
    return this.call('removeAvatar', options, [], account, (backend) => profile.removeAvatar(backend));
  }

  startPhoneChange(request: PhoneChangeStart, options?: CallOptions): Promise<Verification> {
    return this.call('startPhoneChange', options, [request], verification, (backend) =>
      contact.startPhoneChange(backend, request),
    );
  }

  confirmPhoneChange(confirmation: CodeConfirmation, options?: CallOptions): Promise<Account> {
    return this.call('confirmPhoneChange', options, [confirmation], account, (backend) =>
      contact.confirmPhoneChange(backend, confirmation),
    );
  }

  resendVerification(verificationId: string, options?: CallOptions): Promise<Verification> {
    return this.call('resendVerification', options, [verificationId], verification, (backend) =>
      describeVerification(backend, resendVerification(backend, verificationId)),
    );
  }

  startPasswordReset(options?: CallOptions): Promise<Verification> {
    return this.call('startPasswordReset', options, [], verification, (backend) =>
      contact.startPasswordReset(backend),
    );
  }

  completePasswordReset(reset: PasswordReset, options?: CallOptions): Promise<void> {
    return this.call('completePasswordReset', options, [reset], nothing, (backend) =>
      contact.completePasswordReset(backend, reset),
    );
  }

  changePassword(change: PasswordChange, options?: CallOptions): Promise<void> {
    return this.call('changePassword', options, [change], nothing, (backend) =>
      contact.changePassword(backend, change),
    );
  }

  startEmailChange(email: string, options?: CallOptions): Promise<Verification> {
    return this.call('startEmailChange', options, [email], verification, (backend) =>
      contact.startEmailChange(backend, email),
    );
  }

  cancelEmailChange(options?: CallOptions): Promise<Account> {
    return this.call('cancelEmailChange', options, [], account, (backend) =>
      contact.cancelEmailChange(backend),
    );
  }

  confirmEmailChange(token: string, options?: CallOptions): Promise<Account> {
    return this.call('confirmEmailChange', options, [token], account, (backend) =>
      contact.confirmEmailChange(backend, token),
    );
  }

  getNotificationSettings(options?: CallOptions): Promise<NotificationSettings> {
    return this.call('getNotificationSettings', options, [], notificationSettings, (backend) =>
      settings.getNotificationSettings(backend),
    );
  }

  updateNotificationSettings(
    update: NotificationUpdate,
    options?: CallOptions,
  ): Promise<NotificationSettings> {
    return this.call('updateNotificationSettings', options, [update], notificationSettings, (backend) =>
      settings.updateNotificationSettings(backend, update),
    );
  }

  getPlan(options?: CallOptions): Promise<Plan> {
    return this.call('getPlan', options, [], plan, (backend) => billing.getPlan(backend));
  }

  listPlans(options?: CallOptions): Promise<PlanOption[]> {
    return this.call('listPlans', options, [], planOptions, (backend) => billing.listPlans(backend));
  }

  startCheckout(planId: string, options?: CallOptions): Promise<Checkout> {
    return this.call('startCheckout', options, [planId], checkout, (backend) =>
      billing.startCheckout(backend, planId),
    );
  }

  getVoiceSettings(options?: CallOptions): Promise<VoiceSettings> {
    return this.call('getVoiceSettings', options, [], voiceSettings, (backend) =>
      settings.getVoiceSettings(backend),
    );
  }

  updateVoiceSettings(update: VoiceSettings, options?: CallOptions): Promise<VoiceSettings> {
    return this.call('updateVoiceSettings', options, [update], voiceSettings, (backend) =>
      settings.updateVoiceSettings(backend, update),
    );
  }

  uploadVoicemailGreeting(audio: Blob, options?: CallOptions): Promise<VoiceSettings> {
    return this.call('uploadVoicemailGreeting', options, [audio], voiceSettings, (backend) =>
      settings.uploadVoicemailGreeting(backend, audio),
    );
  }

  removeVoicemailGreeting(options?: CallOptions): Promise<VoiceSettings> {
    return this.call('removeVoicemailGreeting', options, [], voiceSettings, (backend) =>
      settings.removeVoicemailGreeting(backend),
    );
  }

  getMessageSettings(options?: CallOptions): Promise<MessageSettings> {
    return this.call('getMessageSettings', options, [], messageSettings, (backend) =>
      settings.getMessageSettings(backend),
    );
  }

  updateMessageSettings(update: MessageSettings, options?: CallOptions): Promise<MessageSettings> {
    return this.call('updateMessageSettings', options, [update], messageSettings, (backend) =>
      settings.updateMessageSettings(backend, update),
    );
  }

  getApiKey(options?: CallOptions): Promise<ApiKeyInfo> {
    return this.call('getApiKey', options, [], apiKeyInfo, (backend) => security.getApiKey(backend));
  }

  revealApiKey(options?: CallOptions): Promise<ApiKeySecret> {
    return this.call('revealApiKey', options, [], apiKeySecret, (backend) => security.revealApiKey(backend));
  }

  regenerateApiKey(options?: CallOptions): Promise<ApiKeySecret> {
    return this.call('regenerateApiKey', options, [], apiKeySecret, (backend) =>
      security.regenerateApiKey(backend),
    );
  }

  deleteAccount(confirmation: string, options?: CallOptions): Promise<void> {
    return this.call('deleteAccount', options, [confirmation], nothing, (backend) =>
      security.deleteAccount(backend, confirmation),
    );
  }

  startReverification(options?: CallOptions): Promise<Verification> {
    return this.call('startReverification', options, [], verification, (backend) =>
      security.startReverification(backend),
    );
  }

  completeReverification(proof: ReverificationProof, options?: CallOptions): Promise<ReverificationToken> {
    return this.call('completeReverification', options, [proof], reverificationToken, (backend) =>
      security.completeReverification(backend, proof),
    );
  }

  listPasskeys(options?: CallOptions): Promise<Passkey[]> {
    return this.call('listPasskeys', options, [], passkeys, (backend) =>
      passkeyOperations.listPasskeys(backend),
    );
  }

  startPasskeyRegistration(options?: CallOptions): Promise<PasskeyRegistration> {
    return this.call('startPasskeyRegistration', options, [], passkeyRegistration, (backend) =>
      passkeyOperations.startPasskeyRegistration(backend),
    );
  }

  completePasskeyRegistration(
    completion: PasskeyRegistrationCompletion,
    options?: CallOptions,
  ): Promise<Passkey> {
    return this.call('completePasskeyRegistration', options, [completion], passkey, (backend) =>
      passkeyOperations.completePasskeyRegistration(backend, completion),
    );
  }

  renamePasskey(passkeyId: string, name: string, options?: CallOptions): Promise<Passkey> {
    return this.call('renamePasskey', options, [passkeyId, name], passkey, (backend) =>
      passkeyOperations.renamePasskey(backend, passkeyId, name),
    );
  }

  removePasskey(passkeyId: string, options?: CallOptions): Promise<void> {
    return this.call('removePasskey', options, [passkeyId], nothing, (backend) =>
      passkeyOperations.removePasskey(backend, passkeyId),
    );
  }

  getTwoStep(options?: CallOptions): Promise<TwoStep> {
    return this.call('getTwoStep', options, [], twoStep, (backend) => twoStepOperations.getTwoStep(backend));
  }

  startTotpSetup(options?: CallOptions): Promise<TotpSetup> {
    return this.call('startTotpSetup', options, [], totpSetup, (backend) =>
      twoStepOperations.startTotpSetup(backend),
    );
  }

  confirmTotpSetup(confirmation: TotpConfirmation, options?: CallOptions): Promise<TwoStepChange> {
    return this.call('confirmTotpSetup', options, [confirmation], twoStepChange, (backend) =>
      twoStepOperations.confirmTotpSetup(backend, confirmation),
    );
  }

  disableTotp(options?: CallOptions): Promise<TwoStep> {
    return this.call('disableTotp', options, [], twoStep, (backend) =>
      twoStepOperations.disableTotp(backend),
    );
  }

  enableSmsTwoStep(options?: CallOptions): Promise<TwoStepChange> {
    return this.call('enableSmsTwoStep', options, [], twoStepChange, (backend) =>
      twoStepOperations.enableSmsTwoStep(backend),
    );
  }

  disableSmsTwoStep(options?: CallOptions): Promise<TwoStep> {
    return this.call('disableSmsTwoStep', options, [], twoStep, (backend) =>
      twoStepOperations.disableSmsTwoStep(backend),
    );
  }

  regenerateBackupCodes(options?: CallOptions): Promise<BackupCodes> {
    return this.call('regenerateBackupCodes', options, [], backupCodes, (backend) =>
      twoStepOperations.regenerateBackupCodes(backend),
    );
  }

  listSessions(options?: CallOptions): Promise<Session[]> {
    return this.call('listSessions', options, [], sessionList, (backend) =>
      sessionOperations.listSessions(backend),
    );
  }

  revokeSession(sessionId: string, options?: CallOptions): Promise<void> {
    return this.call('revokeSession', options, [sessionId], nothing, (backend) =>
      sessionOperations.revokeSession(backend, sessionId),
    );
  }

  revokeOtherSessions(options?: CallOptions): Promise<Session[]> {
    return this.call('revokeOtherSessions', options, [], sessionList, (backend) =>
      sessionOperations.revokeOtherSessions(backend),
    );
  }

  private call<S extends z.ZodMiniType>(
    method: AdapterMethod,
    options: CallOptions | undefined,
    args: readonly unknown[],
    output: S,
    operation: (backend: Backend) => unknown,
  ): Promise<z.output<S>> {
    return this.pipeline.call({ method, options, args, output, operation });
  }

  private save(): void {
    if (this.storageKey !== false) saveState(this.storageKey, this.backend.state);
  }

  /** The seeded state; its passwords are hashed in the background, and calls wait for that. */
  private freshState(now: number): MemoryState {
    const state = createSeedState(now, this.options.seed, this.options.user ?? 'admin');
    this.ready = hashSeedPasswords(state, this.options.seed);
    return state;
  }

  /** A saved state with its pictures back as live URLs and the chosen person signed in. */
  private revive(state: MemoryState, now: number): MemoryState {
    for (const stored of state.accounts) {
      if (stored.avatarUrl?.startsWith('blob:')) stored.avatarUrl = this.avatars.restore(stored.id);
    }
    settings.reviveGreeting({ greetings: this.greetings }, state.voice);
    // When that person's account was deleted, nobody is signed in: the deletion outlives the reload.
    signIn(state, this.options.user ?? 'admin', now);
    return state;
  }
}

/** The options' relying party, the rest taken from the page (or the demo's, where there is none). */
function relyingPartyOf(given: Partial<RelyingParty> = {}): RelyingParty {
  const page = typeof location === 'undefined' ? undefined : location;
  return {
    id: given.id ?? page?.hostname ?? 'localhost',
    name: given.name ?? 'Account Elements demo',
    origins: given.origins ?? [page?.origin ?? 'http://localhost:5173'],
  };
}

/**
 * Signs in the organisation's person of this role with this device's session, making one when
 * there is none (another tab signed it out, say); nobody when the account is gone.
 */
function signIn(state: MemoryState, role: Role, now: number): void {
  const account = state.accounts.find((stored) => stored.role === role);
  state.signedInId = account?.id ?? '';
  if (!account) return;
  state.signIn[account.id] ??= freshSignIn();
  let here = hereSession(state.sessions, account.id);
  if (here === '') {
    const made: StoredSession = {
      id: randomId('ses'),
      accountId: account.id,
      device: { kind: 'desktop', os: null, browser: null },
      place: null,
      ipAddress: null,
      signedInAt: now,
      lastActiveAt: now,
      here: true,
    };
    state.sessions.push(made);
    here = made.id;
  }
  state.signedInSessionId = here;
}
