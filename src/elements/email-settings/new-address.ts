import * as z from 'zod/mini';
import { emailChangeStart } from '../../api/index.js';

/** The form of a new address. */
export interface NewAddress {
  email: string;
}

/** Nothing typed yet. */
export const NO_ADDRESS: NewAddress = { email: '' };

/**
 * What a new address is checked against before anything is sent: the contract's rules (the domain
 * comes back lower-cased), and that it is not the address in use. Addresses compare without case,
 * as the backend compares them: `Ada@Example.com` is the same inbox as `ada@example.com`.
 */
export function newAddressRules(current: () => string): z.ZodMiniType<NewAddress> {
  return emailChangeStart.check(
    z.refine(({ email }) => email.toLowerCase() !== current().toLowerCase(), {
      path: ['email'],
      message: 'same_as_current',
    }),
  );
}
