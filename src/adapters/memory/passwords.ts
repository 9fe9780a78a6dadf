/**
 * Passwords as a backend should keep them: a salted PBKDF2 hash made with WebCrypto, never the
 * password itself, so the state saved to `localStorage` gives nothing away.
 *
 * The iteration count is low for a server (OWASP asks 600,000 for PBKDF2-SHA256) because this is a
 * demo store that hashes on every page load and in every test; the format names it, so a stronger
 * count can be read next to an older one.
 */
const ALGORITHM = 'pbkdf2-sha256';
const ITERATIONS = 10_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** `pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, ITERATIONS);
  return [ALGORITHM, String(ITERATIONS), toBase64(salt), toBase64(hash)].join('$');
}

/** True when `password` is the one `stored` was made from. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algorithm, iterations, salt, hash] = stored.split('$');
  if (algorithm !== ALGORITHM || !iterations || !salt || !hash) return false;
  const expected = fromBase64(hash);
  const actual = await derive(password, fromBase64(salt), Number(iterations));
  return sameBytes(actual, expected);
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  if (!crypto.subtle) {
    throw new Error('MemoryAdapter needs WebCrypto (a secure page: https or localhost) to hash passwords');
  }
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so the time taken says nothing. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }
  return difference === 0;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
