import type * as z from 'zod/mini';
import { AccountError, account, checkout, plan, voiceSettings } from '../../api/index.js';

/**
 * Where answers carry addresses the page will load or open: a picture, a recorded greeting, the
 * checkout and the sales chat. Keyed by the answer's schema, so every route answering an account
 * is covered at once.
 */
const ADDRESS_PATHS = new Map<z.ZodMiniType, readonly (readonly string[])[]>([
  [account, [['avatarUrl']]],
  [plan, [['salesChatUrl']]],
  [checkout, [['url']]],
  [voiceSettings, [['voicemail', 'greeting', 'audioUrl']]],
]);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The addresses in an answer, each made absolute (a relative one is read against the API's base,
 * where the backend meant it) and checked: `https:`, the page's own origin (its `blob:` previews
 * included), or a loopback address, as a backend on another port is in development. Anything else
 * (`javascript:`, `data:`, plain `http:` elsewhere) is refused as `invalid_response`: the answer is
 * not one the contract allows, and a page must never be sent there.
 */
export function checkAddresses<T>(schema: z.ZodMiniType, data: T, baseUrl: string): T {
  const paths = ADDRESS_PATHS.get(schema);
  if (!paths) return data;
  const pageUrl = globalThis.location?.href;
  const base = new URL(baseUrl, pageUrl);
  for (const path of paths) {
    const holder = parentAt(data, path);
    const key = path.at(-1)!;
    const value = holder?.[key];
    if (typeof value === 'string') holder![key] = checkedAddress(value, base, pageUrl);
  }
  return data;
}

function checkedAddress(value: string, base: URL, pageUrl: string | undefined): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch (error) {
    throw refused(value, error);
  }
  const pageOrigin = pageUrl === undefined ? undefined : new URL(pageUrl).origin;
  const allowed =
    url.protocol === 'https:' ||
    (pageOrigin !== undefined && pageOrigin !== 'null' && url.origin === pageOrigin) ||
    (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!allowed) throw refused(value);
  return url.href;
}

function parentAt(data: unknown, path: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : undefined;
}

function refused(value: string, cause?: unknown): AccountError {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return new AccountError(
    'invalid_response',
    `The answer holds an address the page may not use: ${JSON.stringify(shown)} (https:, the page's own origin or a loopback address only)`,
    { cause },
  );
}
