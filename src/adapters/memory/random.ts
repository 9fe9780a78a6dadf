/** Secrets of the memory backend, all from the platform's cryptographic generator. */

const CODE_RANGE = 1_000_000;
// The largest multiple of CODE_RANGE below 2^32: values past it are drawn again, so every code is
// equally likely instead of the low ones being slightly favoured.
const UNBIASED_LIMIT = Math.floor(0x1_0000_0000 / CODE_RANGE) * CODE_RANGE;

/** Six decimal digits, leading zeros kept. */
export function randomCode(): string {
  const draw = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(draw);
    const value = draw[0] ?? UNBIASED_LIMIT;
    if (value < UNBIASED_LIMIT) return String(value % CODE_RANGE).padStart(6, '0');
  }
}

/** An unguessable token safe in a URL (base64url, no padding). */
export function randomToken(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Lower-case hex of random bytes. */
export function randomHex(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(data, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An opaque id with a prefix naming its kind, as many APIs do, so a stray id is easy to place. */
export function randomId(prefix: string): string {
  return `${prefix}_${randomHex(8)}`;
}
