import type { AccountAdapter } from '../../api/index.js';

/**
 * Backends that answered `unsupported` to `changePassword`. The contract has no capability query,
 * and a probe would be a real attempt (with no current password: a refusal that may count as a wrong
 * try), so the first real refusal is remembered, for every element on the page using that adapter.
 */
const refusedBy = new WeakSet<AccountAdapter>();

export function changeRefusedBy(adapter: AccountAdapter | undefined): boolean {
  return adapter !== undefined && refusedBy.has(adapter);
}

export function rememberChangeRefused(adapter: AccountAdapter | undefined): void {
  if (adapter) refusedBy.add(adapter);
}
