import { passkeysName } from './section-names.js';

export const passkeys = {
  ...passkeysName,
  description:
    'Sign in with your fingerprint, your face or your device PIN instead of a password. A passkey cannot be guessed, and a fake site cannot use it.',
  listLabel: 'Your passkeys',
  none: 'No passkeys yet. Add one to sign in without typing your password.',
  synced: 'Synced across your devices',
  deviceBound: 'Only on the device or key that made it',
  dates: (added: string, lastUsed: string | null) =>
    lastUsed === null ? `Added ${added}, never used` : `Added ${added}, last used ${lastUsed}`,
  add: 'Add a passkey',
  adding: 'Waiting for your device…',
  added: (name: string) => `Passkey added: ${name}.`,
  browserCannot: 'This browser cannot make passkeys. You can still rename or remove the ones you have.',
  ceremony: {
    cancelled: 'No passkey was added: the request was cancelled or took too long.',
    exists: 'This device already holds a passkey for your account.',
    failed: 'Your device could not make a passkey. Try again, or use another device.',
  },
  duplicate: 'This passkey is already on your account.',
  invalid: 'The passkey could not be checked, so it was not added. Try again.',
  rename: 'Rename',
  nameLabel: (current: string) => `New name for ${current}`,
  renamed: (name: string) => `Passkey renamed to ${name}.`,
  remove: 'Remove…',
  removeHeading: (name: string) => `Remove ${name}?`,
  removeWarning:
    'You will no longer be able to sign in with it. Delete it from your device or password manager too.',
  confirmRemove: 'Remove passkey',
  removing: 'Removing…',
  removed: (name: string) => `${name} was removed.`,
} as const;
