import { plural } from '../plural.js';

export const fields = {
  required: 'Required.',
  // The limit comes with the error; a server that leaves it out still gets a sentence.
  too_short: (min?: number) =>
    min === undefined
      ? 'This is too short.'
      : plural('en', min, { one: 'Use at least # character.', other: 'Use at least # characters.' }),
  too_long: (max?: number) =>
    max === undefined
      ? 'This is too long.'
      : plural('en', max, { one: 'Use at most # character.', other: 'Use at most # characters.' }),
  invalid_format: 'This does not look right.',
  invalid_characters: 'Remove line breaks and invisible formatting characters.',
  invalid_phone: 'That is not a phone number. Enter it with its country code, like +1 415 555 0123.',
  phone_premium: 'Premium-rate and shared-cost numbers cannot be used. Enter your own cell number.',
  phone_unassigned: 'That number does not exist. Check the digits and the country code.',
  phone_not_mobile: 'That number cannot receive text messages. Enter a cell number.',
  invalid_email: 'Enter an email address, like name@example.com.',
  email_local_too_long: (max?: number) =>
    max === undefined
      ? 'The part before the @ is too long.'
      : plural('en', max, {
          one: 'The part before the @ can have at most # character.',
          other: 'The part before the @ can have at most # characters.',
        }),
  invalid_time: 'Enter a time as HH:MM.',
  not_in_future: 'Choose a time that has not passed yet.',
  username_taken: 'That username is taken.',
  username_reserved: 'That username is reserved.',
  same_as_current: 'That is the current value.',
  password_common: 'That password is too common and easy to guess. Choose another.',
  password_contains_username: 'Your password must not contain your username.',
  out_of_range: 'That value is out of range.',
  confirmation_mismatch: 'That does not match.',
} as const;
