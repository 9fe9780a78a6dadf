/**
 * Seconds a `Retry-After` header asks for: either delay-seconds or an HTTP date (RFC 9110 10.2.3).
 * Anything else is ignored rather than guessed at.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * "Full jitter" backoff: anywhere between zero and the exponential ceiling, so clients that failed
 * together do not come back together.
 */
export function backoffDelay(retry: number, base: number, cap: number, random: () => number): number {
  const ceiling = Math.min(cap, base * 2 ** retry);
  return Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
}
