import { n } from './number.js';
import { plural } from '../plural.js';
import { passwordName } from './section-names.js';

export const password = {
  ...passwordName,
  description: 'Change it with your current password, or reset it with a code we text to your cell.',
  change: 'Change password',
  reset: 'Reset password',
  resetNote: 'Forgot it? A reset texts a code to the cell number on your account.',
  sending: 'Sending a code…',
  noPhone: 'A reset texts a code to your cell, and there is no cell number on your account yet.',
  addPhone: 'Add a cell number',
  changeUnsupported:
    'Changing the password with the current one is not available here. Reset it with a code we text to your cell.',
  username: 'Username',
  current: 'Current password',
  new: 'New password',
  show: 'Show password',
  rules: (min: number, max: number) =>
    `${n(min)} to ${n(max)} characters; spaces, emoji and any alphabet count. No digits or symbols needed, but not a common password, your username, or your current one.`,
  strength: {
    weak: 'Strength: weak. It would be guessed quickly.',
    fair: 'Strength: fair. Longer is stronger: a few unrelated words work well.',
    good: 'Strength: good.',
    strong: 'Strength: strong.',
  },
  wrongPassword: (left: number) =>
    left === 0
      ? 'That password is not right. No tries left: wait a while before you try again.'
      : plural('en', left, {
          one: 'That password is not right. # try left.',
          other: 'That password is not right. # tries left.',
        }),
  sameAsCurrent: 'That is your current password. Choose a new one.',
  forgot: 'Forgot your password?',
  codeIncomplete: 'Enter the whole code from the text message.',
  codeSentAgain: 'A new code is on its way.',
  save: 'Save password',
  changed: 'Your password was changed.',
  resetDone: 'Your password was reset.',
} as const;
