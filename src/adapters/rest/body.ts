/**
 * The most of an answer's body `RestAdapter` reads: the contract's largest answer is a few KiB, so
 * anything near this is a misbehaving server or a proxy's page, not data worth holding in memory.
 */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

/**
 * The body as UTF-8 text, read chunk by chunk so an endless or huge answer costs at most `limit`
 * bytes: past it the read is cancelled (freeing the connection) and the answer is `null`.
 */
export async function readTextUpTo(
  response: Response,
  limit: number = MAX_RESPONSE_BYTES,
): Promise<string | null> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** `application/json` or any `application/*+json` (the problem type too), whatever its parameters. */
export function isJsonType(contentType: string | null): boolean {
  const mediaType = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[^/\s]+\+json$/.test(mediaType);
}
