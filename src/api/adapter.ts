import type {
  Account,
  ApiKeyInfo,
  ApiKeySecret,
  Checkout,
  CodeConfirmation,
  MessageSettingsData,
  NotificationSettings,
  NotificationUpdate,
  PasswordChange,
  PasswordReset,
  PhoneChangeStart,
  Plan,
  PlanOption,
  ProfileUpdate,
  ReverificationProof,
  ReverificationToken,
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
  getMessageSettings(options?: CallOptions): Promise<MessageSettingsData>;
  updateMessageSettings(settings: MessageSettingsData, options?: CallOptions): Promise<MessageSettingsData>;

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
] as const satisfies readonly (keyof AccountAdapter)[];
