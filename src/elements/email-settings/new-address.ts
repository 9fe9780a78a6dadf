import { emailChangeStart, validate, type FieldError } from '../../api/index.js';

export type NewAddressCheck = { ok: true; email: string } | { ok: false; problem: FieldError };

/**
 * A typed new address, checked before anything is sent: the contract's rules (the domain comes back
 * lower-cased), then that it is not the current address. Addresses compare without case, as the
 * backend compares them: `Ada@Example.com` is the same inbox as `ada@example.com`.
 */
export function checkNewAddress(typed: string, current: string): NewAddressCheck {
  const result = validate(emailChangeStart, { email: typed });
  if (!result.ok) return { ok: false, problem: result.fields['email'] ?? { code: 'invalid_email' } };
  const { email } = result.data;
  if (email.toLowerCase() === current.toLowerCase())
    return { ok: false, problem: { code: 'same_as_current' } };
  return { ok: true, email };
}
