import type { AccountAdapter } from '../api/index.js';

/** An adapter method, as the backend's `unsupported` answer names what it does not offer. */
export type AdapterOperation = keyof AccountAdapter;

/**
 * What each backend answered `unsupported` to. The contract has no capability query, and a probe
 * would be a real attempt (a password change with no current password may count as a wrong try; a
 * reveal of the API key asks for an identity check), so the first real refusal is remembered, for
 * every element on the page using that adapter. Weak, so a dropped adapter takes its record along.
 */
const refusals = new WeakMap<AccountAdapter, Set<AdapterOperation>>();

/** The backend behind `adapter` has said it does not offer `operation`. */
export function knownUnsupported(adapter: AccountAdapter | undefined, operation: AdapterOperation): boolean {
  return adapter !== undefined && (refusals.get(adapter)?.has(operation) ?? false);
}

/** Remembers an `unsupported` answer to `operation`, for every element using `adapter`. */
export function rememberUnsupported(adapter: AccountAdapter | undefined, operation: AdapterOperation): void {
  if (!adapter) return;
  const refused = refusals.get(adapter) ?? new Set<AdapterOperation>();
  refused.add(operation);
  refusals.set(adapter, refused);
}
