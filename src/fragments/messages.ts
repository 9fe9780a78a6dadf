import { USERNAME_MAX, USERNAME_MIN, NAME_MAX, type AccountError, type FieldError } from '../api/index.js';
import type { Catalog } from '../i18n/index.js';

/** Length limits per field, for the "at least / at most N characters" messages. */
const LENGTHS: Record<string, { min?: number; max?: number }> = {
  name: { max: NAME_MAX },
  username: { min: USERNAME_MIN, max: USERNAME_MAX },
};

/** A field error in the person's language: the catalog's text for a known code, else the server's words. */
export function fieldErrorText(t: Catalog, field: string, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  const fields = t.fields;
  const limits = LENGTHS[field] ?? {};
  switch (error.code) {
    case 'too_short':
      return fields.too_short(limits.min ?? 1);
    case 'too_long':
      return limits.max ? fields.too_long(limits.max) : (error.message ?? fields.invalid_format);
    default: {
      const known = (fields as Record<string, unknown>)[error.code];
      if (typeof known === 'string') return known;
      return error.message && !/^[a-z_]+$/.test(error.message) ? error.message : fields.invalid_format;
    }
  }
}

/** A failure that belongs to no field, in the person's language. */
export function errorText(t: Catalog, error: AccountError | undefined): string {
  if (!error) return t.errors.loadFailed;
  if (error.code === 'rate_limited') return t.errors.rate_limited(error.retryAfter ?? 0);
  return t.errors[error.code];
}
