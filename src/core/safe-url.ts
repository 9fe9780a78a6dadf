/**
 * URLs that come from data (a profile picture, a checkout page) are used only when their scheme is
 * one we expect: `https:`, `blob:` for local previews, and `http:` on the local machine only.
 * Anything else (`javascript:`, `data:`, a typo) gives undefined.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || url.protocol === 'blob:') return url.href;
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return url.protocol === 'http:' && local ? url.href : undefined;
}
