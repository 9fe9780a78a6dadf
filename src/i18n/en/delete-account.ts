import { deleteAccountName } from './section-names.js';

export const deleteAccount = {
  ...deleteAccountName,
  description: 'Close the account and everything in it, for everyone in it.',
  consequences:
    'Deleting the account removes its numbers, call and message history, voicemails, contacts, groups and API keys, for every member. It cannot be undone.',
  delete: 'Delete account…',
  adminOnly: 'Only an admin can delete the account. Ask an admin of your account if it should be closed.',
  confirmHeading: 'Delete this account?',
  confirmIntro: 'This cannot be undone. The API key stops working and every member loses access at once.',
  typeUsername: (username: string) => `Type ${username} to confirm`,
  typeHint: 'The username, exactly as shown.',
  confirm: 'Delete account',
  deleting: 'Deleting…',
  deleted: 'The account was deleted.',
} as const;
