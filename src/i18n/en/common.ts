import { n } from './number.js';

export const common = {
  loading: 'Loading…',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  cancel: 'Cancel',
  close: 'Close',
  retry: 'Try again',
  reload: 'Load the latest',
  keepMine: 'Keep my changes',
  continue: 'Continue',
  optional: 'optional',
  tryAgainIn: (seconds: number) => `Try again in ${n(seconds)} s`,
} as const;
