import type { AccountError, FieldError } from '../api/index.js';
import type { Catalog } from '../i18n/index.js';

/**
 * A field error in the person's language: the catalog's text for a known code, else the server's
 * words. A broken limit comes with the error (`min`, `max`, from the schema or the server), so no
 * field's limits are typed here again. `sameAsCurrent` is the field's own way of saying the value
 * did not change ("That is already your email address"), where the general one would be vague.
 */
export function fieldErrorText(
  t: Catalog,
  error: FieldError | undefined,
  sameAsCurrent?: string,
): string | undefined {
  if (!error) return undefined;
  const fields = t.fields;
  switch (error.code) {
    case 'same_as_current':
      return sameAsCurrent ?? fields.same_as_current;
    case 'too_short':
      return fields.too_short(error.min);
    case 'too_long':
      return fields.too_long(error.max);
    case 'email_local_too_long':
      return fields.email_local_too_long(error.max);
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

/**
 * Why an action failed, said for what the person can do about it: offline (wait for the network,
 * the input is kept) and a write whose answer never came (it may have happened) get their own words.
 */
export function actionErrorText(t: Catalog, error: AccountError): string {
  if (error.code === 'network' && !navigator.onLine) return t.errors.offline;
  if (error.code === 'timeout') return t.errors.uncertain;
  return errorText(t, error);
}
