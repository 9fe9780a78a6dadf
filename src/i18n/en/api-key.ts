import { n } from './number.js';
import { apiKeyName } from './section-names.js';

export const apiKey = {
  ...apiKeyName,
  description: 'How your own software signs in to the API. Keep it as secret as a password.',
  key: 'Your key',
  dates: (created: string, lastUsed: string | null) =>
    lastUsed === null ? `Created ${created}, never used` : `Created ${created}, last used ${lastUsed}`,
  reveal: 'Reveal',
  revealing: 'Revealing…',
  hide: 'Hide',
  hidesIn: (seconds: number) => `Hides in ${n(seconds)} s`,
  hiddenAgain: 'The key is hidden again.',
  copy: 'Copy',
  copying: 'Copying…',
  copied: 'Copied',
  copyFailed: 'The key could not be copied. Reveal it and copy it by hand.',
  regenerate: 'Regenerate…',
  confirmHeading: 'Regenerate the API key?',
  confirmIntro:
    'The current key stops working at once: whatever uses it is refused until you give it the new key.',
  confirm: 'Regenerate key',
  regenerating: 'Regenerating…',
  newKeyHeading: 'Your new API key',
  newKeyNote: 'Copy it now and give it to whatever used the old key.',
  shownOnce: 'This is the only time it is shown in full: copy it now and keep it somewhere safe.',
  done: 'Done',
  regenerated: 'A new API key was made. The old one no longer works.',
  revealUnsupported:
    'This server shows a key in full only when it is made. To get a key you can copy, regenerate it.',
  memberNote: 'Only an admin can reveal or replace the API key. Ask an admin of your account if you need it.',
} as const;
