import type {
  Account,
  ApiKeyInfo,
  ApiKeySecret,
  BackupCodes,
  Checkout,
  CodeConfirmation,
  MessageSettings,
  NotificationSettings,
  NotificationUpdate,
  Passkey,
  PasskeyRegistration,
  PasskeyRegistrationCompletion,
  PasswordChange,
  PasswordReset,
  PhoneChangeStart,
  Plan,
  PlanOption,
  ProfileUpdate,
  ReverificationProof,
  ReverificationToken,
  Session,
  TotpConfirmation,
  TotpSetup,
  TwoStep,
  TwoStepChange,
  UsernameAvailability,
  Verification,
  VoiceSettings,
} from './schemas.js';

/** Options every adapter call takes. */
export interface CallOptions {
  /** Aborts the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * A token from `completeReverification`, sent with a request the backend refused with
   * `reverification_required`. The request is replayed once with it.
   */
  reverificationToken?: string;
  /**
   * Makes a write safe to replay: the same key means the same operation. Adapters make one per call
   * when none is given; a replay after reverification passes the first call's key again.
   */
  idempotencyKey?: string;
  /**
   * The version (`ETag`) an update was made against. Adapters remember the version of what they
   * last read and send that when this is left out; an update with no known version is refused
   * (`precondition_required`), one against an older version is a `conflict`.
   */
  ifMatch?: string;
}

/**
 * What every element needs from a backend. Implement it to put the settings page on any API; every
 * method rejects with an `AccountError` (or the signal's reason when aborted).
 *
 * A backend without some feature rejects its methods with code `unsupported`; elements then hide it.
 */
export interface AccountAdapter {
  /** The signed-in account. */
  getAccount(options?: CallOptions): Promise<Account>;
  /** Changes the name and/or username. */
  updateProfile(update: ProfileUpdate, options?: CallOptions): Promise<Account>;
  /** Whether a username could be taken now. Format problems come back as `available: false` with a reason. */
  checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability>;
  /** Replaces the profile picture with an image (PNG, JPEG, WebP or GIF). */
  uploadAvatar(image: Blob, options?: CallOptions): Promise<Account>;
  removeAvatar(options?: CallOptions): Promise<Account>;

  /** Sends an SMS code to a new personal cell number (international, or national with its country). */
  startPhoneChange(request: PhoneChangeStart, options?: CallOptions): Promise<Verification>;
  /** Checks the code; on success the new number is the account's. */
  confirmPhoneChange(confirmation: CodeConfirmation, options?: CallOptions): Promise<Account>;
  /** Sends a new code or link for a verification; the old one stops working, the tries left do not reset. */
  resendVerification(verificationId: string, options?: CallOptions): Promise<Verification>;

  /** Sends a password reset code by SMS to the cell number on file. */
  startPasswordReset(options?: CallOptions): Promise<Verification>;
  completePasswordReset(reset: PasswordReset, options?: CallOptions): Promise<void>;
  /**
   * Changes the password by giving the current one; a wrong current password counts as a wrong try.
   * Backends that only reset by code reject it with `unsupported`.
   */
  changePassword(change: PasswordChange, options?: CallOptions): Promise<void>;

  /** Sends a verification link to a new address; it stays pending, the old one primary, until followed. */
  startEmailChange(email: string, options?: CallOptions): Promise<Verification>;
  /** Drops the pending address. */
  cancelEmailChange(options?: CallOptions): Promise<Account>;
  /** Follows the link's token: the pending address becomes the account's. */
  confirmEmailChange(token: string, options?: CallOptions): Promise<Account>;
  getNotificationSettings(options?: CallOptions): Promise<NotificationSettings>;
  updateNotificationSettings(
    update: NotificationUpdate,
    options?: CallOptions,
  ): Promise<NotificationSettings>;

  getPlan(options?: CallOptions): Promise<Plan>;
  listPlans(options?: CallOptions): Promise<PlanOption[]>;
  /** Starts moving to a plan: returns where to pay. */
  startCheckout(planId: string, options?: CallOptions): Promise<Checkout>;

  getVoiceSettings(options?: CallOptions): Promise<VoiceSettings>;
  updateVoiceSettings(settings: VoiceSettings, options?: CallOptions): Promise<VoiceSettings>;
  /**
   * Replaces the recorded voicemail greeting (MP3, WAV, Ogg or M4A, judged by its bytes) and plays
   * it from now on (`greeting.mode` becomes `audio`).
   */
  uploadVoicemailGreeting(audio: Blob, options?: CallOptions): Promise<VoiceSettings>;
  /** Drops the recorded greeting; the text is read aloud again (`greeting.mode` becomes `text`). */
  removeVoicemailGreeting(options?: CallOptions): Promise<VoiceSettings>;
  getMessageSettings(options?: CallOptions): Promise<MessageSettings>;
  updateMessageSettings(settings: MessageSettings, options?: CallOptions): Promise<MessageSettings>;

  getApiKey(options?: CallOptions): Promise<ApiKeyInfo>;
  revealApiKey(options?: CallOptions): Promise<ApiKeySecret>;
  /** Replaces the key; the old one stops working at once. */
  regenerateApiKey(options?: CallOptions): Promise<ApiKeySecret>;

  /** Admins only; `confirmation` is the account's username, typed by the person. */
  deleteAccount(confirmation: string, options?: CallOptions): Promise<void>;

  /** Sends an SMS code for a fresh identity check. */
  startReverification(options?: CallOptions): Promise<Verification>;
  /** Trades a proof (password, or the SMS code) for a short-lived token to replay a refused request. */
  completeReverification(proof: ReverificationProof, options?: CallOptions): Promise<ReverificationToken>;

  /** The account's passkeys. */
  listPasskeys(options?: CallOptions): Promise<Passkey[]>;
  /**
   * The options to make a passkey with (`PublicKeyCredentialCreationOptionsJSON`): a challenge good
   * once and for a few minutes, and the account's passkeys to exclude.
   */
  startPasskeyRegistration(options?: CallOptions): Promise<PasskeyRegistration>;
  /** Checks what the browser made (origin, RP ID, challenge, signature) and keeps the passkey. */
  completePasskeyRegistration(
    completion: PasskeyRegistrationCompletion,
    options?: CallOptions,
  ): Promise<Passkey>;
  renamePasskey(passkeyId: string, name: string, options?: CallOptions): Promise<Passkey>;
  removePasskey(passkeyId: string, options?: CallOptions): Promise<void>;

  /** Whether two-step verification is on, by which methods, and how many backup codes are left. */
  getTwoStep(options?: CallOptions): Promise<TwoStep>;
  /** A new authenticator-app secret, shown only now; it counts once confirmed with a first code. */
  startTotpSetup(options?: CallOptions): Promise<TotpSetup>;
  /** Checks the app's first code; turns the app on (with backup codes if two-step was off). */
  confirmTotpSetup(confirmation: TotpConfirmation, options?: CallOptions): Promise<TwoStepChange>;
  /** Turns the app off; with no other method on, two-step is off and its backup codes are gone. */
  disableTotp(options?: CallOptions): Promise<TwoStep>;
  /** Codes by SMS to the cell on file as a second step; backends that do not offer it answer `unsupported`. */
  enableSmsTwoStep(options?: CallOptions): Promise<TwoStepChange>;
  disableSmsTwoStep(options?: CallOptions): Promise<TwoStep>;
  /** A fresh set of backup codes, shown once; the old set stops working. */
  regenerateBackupCodes(options?: CallOptions): Promise<BackupCodes>;

  /** Where the account is signed in, this session marked `current`. */
  listSessions(options?: CallOptions): Promise<Session[]>;
  /** Signs one other session out; the current one is refused (signing out is the host's). */
  revokeSession(sessionId: string, options?: CallOptions): Promise<void>;
  /** Signs out every session but this one; answers the sessions left. */
  revokeOtherSessions(options?: CallOptions): Promise<Session[]>;
}

/** The names of the adapter's methods, for tests and for wrappers that decorate every call. */
export const ADAPTER_METHODS = [
  'getAccount',
  'updateProfile',
  'checkUsername',
  'uploadAvatar',
  'removeAvatar',
  'startPhoneChange',
  'confirmPhoneChange',
  'resendVerification',
  'startPasswordReset',
  'completePasswordReset',
  'changePassword',
  'startEmailChange',
  'cancelEmailChange',
  'confirmEmailChange',
  'getNotificationSettings',
  'updateNotificationSettings',
  'getPlan',
  'listPlans',
  'startCheckout',
  'getVoiceSettings',
  'updateVoiceSettings',
  'uploadVoicemailGreeting',
  'removeVoicemailGreeting',
  'getMessageSettings',
  'updateMessageSettings',
  'getApiKey',
  'revealApiKey',
  'regenerateApiKey',
  'deleteAccount',
  'startReverification',
  'completeReverification',
  'listPasskeys',
  'startPasskeyRegistration',
  'completePasskeyRegistration',
  'renamePasskey',
  'removePasskey',
  'getTwoStep',
  'startTotpSetup',
  'confirmTotpSetup',
  'disableTotp',
  'enableSmsTwoStep',
  'disableSmsTwoStep',
  'regenerateBackupCodes',
  'listSessions',
  'revokeSession',
  'revokeOtherSessions',
] as const satisfies readonly (keyof AccountAdapter)[];
