/**
 * The parts of libphonenumber the change uses. Only ever imported with `import()`: the bundler
 * makes this module a chunk of its own with just these in it, fetched when a change is first opened.
 */
export {
  AsYouType,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
export type { CountryCode } from 'libphonenumber-js/min';
