/**
 * `account-elements/contract`: the REST contract for backends and tools, with no side effect: no
 * tag registered, no DOM needed. The zod schemas (the one source of every entity's shape), the
 * `AccountAdapter` type, `AccountError` and its codes, the routes, the limits, and the two checks
 * only a backend runs: a phone number against the numbering plans (`libphonenumber-js`'s full
 * metadata) and a new password against the list of common ones. Those two are why this is not the
 * browser's entry: the elements carry neither.
 */
export * from './api/index.js';
export { checkPhone, type PhoneCheck, type PhoneProblem } from './api/phone.js';
export { isCommonPassword, passwordRuleProblem, type PasswordRuleProblem } from './api/password-list.js';
