import { phoneName } from './section-names.js';

export const phone = {
  ...phoneName,
  description: 'Where we text your security codes. A new number is checked with a code before it is used.',
  current: 'Cell number',
  none: 'No cell number yet',
  change: 'Change number',
  add: 'Add number',
  country: 'Country or region',
  noCountry: 'Choose a country',
  countryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  number: 'New cell number',
  numberHint: 'As you would dial it in that country, or starting with + and the country code.',
  sendCode: 'Send code',
  sending: 'Sending…',
  verify: 'Verify',
  verifying: 'Checking…',
  codeIncomplete: 'Enter the whole code from the text message.',
  codeSentAgain: 'A new code is on its way.',
  verified: 'Your cell number was changed.',
} as const;
