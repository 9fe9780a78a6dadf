import type { AccountAdapter } from './adapter.js';

type Operation = keyof AccountAdapter;

/** What any element with a step-up operation also needs: the identity check's two calls. */
const IDENTITY_CHECK = ['startReverification', 'completeReverification'] as const;

/**
 * The adapter methods (and so the routes of `ROUTES`) each public element calls: what a backend
 * must serve for that element to work. `account-elements verify` reports each element from this
 * table, and `docs/integrating.md` prints it (a test keeps the two in agreement). A method that
 * answers `unsupported` (501) hides the part of the element that needs it, not the element.
 */
export const ELEMENT_ROUTES = {
  'account-profile': ['getAccount', 'updateProfile', 'checkUsername', 'uploadAvatar', 'removeAvatar'],
  'personal-phone': [
    'getAccount',
    'startPhoneChange',
    'confirmPhoneChange',
    'resendVerification',
    ...IDENTITY_CHECK,
  ],
  'password-settings': [
    'getAccount',
    'changePassword',
    'startPasswordReset',
    'completePasswordReset',
    'resendVerification',
  ],
  'email-settings': [
    'getAccount',
    'startEmailChange',
    'resendVerification',
    'cancelEmailChange',
    'getNotificationSettings',
    'updateNotificationSettings',
    ...IDENTITY_CHECK,
  ],
  // The account is read when the comparison opens: a member is shown why they cannot buy.
  'plan-usage': ['getPlan', 'listPlans', 'startCheckout', 'getAccount'],
  'phone-settings': [
    'getVoiceSettings',
    'updateVoiceSettings',
    'uploadVoicemailGreeting',
    'removeVoicemailGreeting',
  ],
  'message-settings': ['getMessageSettings', 'updateMessageSettings'],
  'api-key': ['getAccount', 'getApiKey', 'revealApiKey', 'regenerateApiKey', ...IDENTITY_CHECK],
  'signed-in-devices': ['listSessions', 'revokeSession', 'revokeOtherSessions', ...IDENTITY_CHECK],
  'passkey-settings': [
    'listPasskeys',
    'startPasskeyRegistration',
    'completePasskeyRegistration',
    'renamePasskey',
    'removePasskey',
    ...IDENTITY_CHECK,
  ],
  'delete-account': ['getAccount', 'deleteAccount', ...IDENTITY_CHECK],
  'two-step-settings': [
    'getTwoStep',
    'startTotpSetup',
    'confirmTotpSetup',
    'disableTotp',
    'enableSmsTwoStep',
    'disableSmsTwoStep',
    'regenerateBackupCodes',
    ...IDENTITY_CHECK,
  ],
  'settings-menu': ['getAccount'],
} as const satisfies Record<string, readonly Operation[]>;

export type ElementTag = keyof typeof ELEMENT_ROUTES | 'account-settings';

/** `<account-settings>` is every section at once: the union, in the order first needed. */
export const ACCOUNT_SETTINGS_ROUTES: readonly Operation[] = [
  ...new Set(
    Object.entries(ELEMENT_ROUTES)
      .filter(([tag]) => tag !== 'settings-menu')
      .flatMap(([, operations]) => operations),
  ),
];
