/** Field-error codes the schemas produce, as check messages; a catalog turns each into text. */
export const FIELD_ERROR_CODES = [
  'required',
  'too_short',
  'too_long',
  'invalid_format',
  'invalid_phone',
  'invalid_email',
  'invalid_time',
  'username_taken',
  'username_reserved',
  'same_as_current',
  'weak_password',
  'out_of_range',
  'confirmation_mismatch',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
