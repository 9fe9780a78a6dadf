/**
 * The new number's input and fields, which `<personal-phone>` fetches with `import()` when the
 * change first opens: most visits only read the number. The numbering plans follow the same way.
 */
export { PhoneInput } from './phone-input.js';
export { phoneFields } from './phone-fields.js';
