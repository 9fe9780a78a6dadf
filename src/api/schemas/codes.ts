/**
 * Field-error codes the contract's rules produce (the schemas' check messages, and the full checks in
 * `api/phone.ts` and `api/password-list.ts`); a catalog turns each into text.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'too_short',
  'too_long',
  'invalid_format',
  'invalid_characters',
  'invalid_phone',
  'phone_premium',
  'phone_unassigned',
  'phone_not_mobile',
  'invalid_email',
  'email_local_too_long',
  'invalid_time',
  'not_in_future',
  'username_taken',
  'username_reserved',
  'same_as_current',
  'password_common',
  'password_contains_username',
  'out_of_range',
  'confirmation_mismatch',
  'too_large_dimensions',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
