import { GREETING_AUDIO_MAX_BYTES, type AccountError, type FieldError } from '../../api/index.js';
import { isPathWithin, type SchemaLimits } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { actionErrorText, errorText, fieldErrorText } from '../messages.js';

const MEGABYTE = 1024 * 1024;

/** The error shown at a field: its own path's, else the first under it (`hours.days.2.open`). */
export function errorAt(errors: Readonly<Record<string, FieldError>>, path: string): FieldError | undefined {
  const exact = errors[path];
  if (exact) return exact;
  const key = Object.keys(errors).find((candidate) => isPathWithin(candidate, path));
  return key === undefined ? undefined : errors[key];
}

/**
 * A settings field's error in the person's language. The codes of the settings contract come first
 * (a list too long, a keyword repeated); a number out of range names both bounds, read from the
 * schema; everything else is said as on any field.
 */
export function settingsErrorText(
  t: Catalog,
  error: FieldError | undefined,
  limits: SchemaLimits = {},
): string | undefined {
  if (!error) return undefined;
  const own = t.settingsSection.fieldErrors;
  switch (error.code) {
    case 'out_of_range':
      return limits.min !== undefined && limits.max !== undefined
        ? t.settingsSection.outOfRange(limits.min, limits.max)
        : fieldErrorText(t, error);
    case 'too_many':
      return own.too_many(error.max ?? limits.maxLength);
    case 'too_long_duration':
      return own.too_long_duration(error.max);
    case 'invalid_keyword':
    case 'keyword_standard':
    case 'duplicate':
    case 'invalid_time_zone':
      return own[error.code];
    default:
      return fieldErrorText(t, error);
  }
}

/** A recording's problem, said for a file rather than for typed text. */
export function audioErrorText(t: Catalog, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  const texts = t.settingsSection.audio;
  switch (error.code) {
    case 'required':
      return texts.required;
    case 'too_long':
      return texts.fileTooLarge((error.max ?? GREETING_AUDIO_MAX_BYTES) / MEGABYTE);
    case 'invalid_format':
      return texts.fileNotAudio;
    default:
      return settingsErrorText(t, error);
  }
}

/**
 * Why a switch was not saved (it shows its stored value again by itself). Changed elsewhere: the
 * caller's `conflict` words, as the latest settings are being read. Offline, or an answer that never
 * came: what the person can do about it. Anything else: "not saved", and why.
 */
export function switchFailureText(t: Catalog, error: AccountError, conflict: string): string {
  if (error.code === 'conflict') return conflict;
  if (error.code === 'timeout' || (error.code === 'network' && !navigator.onLine))
    return actionErrorText(t, error);
  const field = Object.values(error.fields)[0];
  return `${t.errors.saveFailed} ${settingsErrorText(t, field) ?? errorText(t, error)}`;
}
