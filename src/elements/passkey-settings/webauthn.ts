import type { PasskeyCreationOptions, PasskeyCredential } from '../../api/index.js';

/**
 * Why the browser made no passkey, in words the element can act on:
 * - `cancelled`: the person closed the browser's prompt, or it timed out (WebAuthn does not say
 *   which, on purpose);
 * - `exists`: this authenticator already holds a passkey of the account (the backend's exclude list);
 * - `failed`: anything else (no authenticator, a security error, a broken answer).
 */
export type CeremonyFailure = 'cancelled' | 'exists' | 'failed';

export class PasskeyCeremonyError extends Error {
  constructor(
    readonly reason: CeremonyFailure,
    cause?: unknown,
  ) {
    super(`No passkey was made (${reason})`, { cause });
    this.name = 'PasskeyCeremonyError';
  }
}

/** The page can make passkeys: WebAuthn is there and the page is a secure context. */
export function browserMakesPasskeys(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && 'PublicKeyCredential' in window;
}

/**
 * Asks the browser to make a passkey with the backend's options and gives back what it made, in
 * WebAuthn's JSON form. `@simplewebauthn/browser` does the byte conversions both ways (where a
 * browser lacks `parseCreationOptionsFromJSON` and `toJSON()`) and reads the browser's errors; it
 * loads on the first passkey made, not with the page.
 */
export async function makePasskey(options: PasskeyCreationOptions): Promise<PasskeyCredential> {
  const { startRegistration } = await import('@simplewebauthn/browser');
  // The backend's options are WebAuthn's JSON; the library's type is the same, declared closed.
  const optionsJSON = options as Parameters<typeof startRegistration>[0]['optionsJSON'];
  try {
    const made = await startRegistration({ optionsJSON });
    const { response, clientExtensionResults } = made;
    // Copied into open objects: the contract reads WebAuthn's JSON loosely, the library's type is closed.
    return { ...made, response: { ...response }, clientExtensionResults: { ...clientExtensionResults } };
  } catch (error) {
    throw new PasskeyCeremonyError(reasonOf(error), error);
  }
}

/** The browser's error, under the library's wrapping when it added one (it keeps it as `cause`). */
function reasonOf(error: unknown): CeremonyFailure {
  const wrapped = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const name = wrapped instanceof Error ? wrapped.name : '';
  if (name === 'InvalidStateError') return 'exists';
  if (name === 'NotAllowedError' || name === 'AbortError') return 'cancelled';
  return 'failed';
}
