import { AccountError } from '../../../src/api/index.js';

/** What the promise rejected with; fails the test if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject, but it resolved');
}

/** The `AccountError` the promise rejected with; fails the test on anything else. */
export async function accountErrorOf(promise: Promise<unknown>): Promise<AccountError> {
  const error = await rejectionOf(promise);
  if (error instanceof AccountError) return error;
  throw new Error(`expected an AccountError, got ${String(error)}`);
}
