import * as z from 'zod/mini';
import { AccountError, type FieldError } from './errors.js';

export type Validation<T> = { ok: true; data: T } | { ok: false; fields: Record<string, FieldError> };

/** The issue path as one key: `forwarding.number`, `days.2.open`; the form itself is `''`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Parses input with a contract schema; the first problem of each field, as a field-error code. */
export function validate<S extends z.core.$ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, data: result.data };
  const fields: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const key = fieldPath(issue.path);
    if (fields[key]) continue;
    // Our checks carry a code as their message; zod's own messages (a wrong type, say) are prose.
    const ownCode = /^[a-z_]+$/.test(issue.message) ? issue.message : undefined;
    const code = ownCode ?? (issue.code === 'invalid_type' ? 'required' : 'invalid_format');
    fields[key] = { code, message: issue.message, ...limitOf(issue) };
  }
  return { ok: false, fields };
}

/**
 * The limit an issue broke, so a message can name it without a table of fields. An exclusive bound
 * (`z.gt`) is left out: "at least N" would be off by one.
 */
function limitOf(issue: z.core.$ZodIssue): Pick<FieldError, 'min' | 'max'> {
  if (issue.code === 'too_small' && issue.inclusive !== false) return { min: Number(issue.minimum) };
  if (issue.code === 'too_big' && issue.inclusive !== false) return { max: Number(issue.maximum) };
  return {};
}

/** Like `validate`, but throws the `validation` error an adapter gives for bad input. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (result.ok) return result.data;
  throw new AccountError('validation', 'The input is not valid', { fields: result.fields, status: 422 });
}
