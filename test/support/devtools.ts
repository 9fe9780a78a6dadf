/**
 * What the browser tells a test beyond what a page can ask (the commands of
 * `scripts/wtr-devtools.mjs`): memory after a garbage collection (Chromium's DevTools protocol
 * only: guard those tests with `itWithDevtools`), and the requests a freshly loaded page sent.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MemoryCounters {
  documents: number;
  /** DOM nodes alive, attached or not. */
  nodes: number;
  /** Event listeners added from JavaScript, on any node or on the window. */
  listeners: number;
  /** Bytes of JS heap in use. */
  heapUsed: number;
}

/** Collects garbage, then counts what is left. */
export function memoryAfterGarbageCollection(): Promise<MemoryCounters> {
  return executeServerCommand<MemoryCounters, undefined>('devtools-memory');
}

export interface SentRequest {
  method: string;
  url: string;
  /** `pending` until answered; `aborted` when the page gave up on it, before or after its answer came. */
  outcome: 'pending' | 'answered' | 'failed' | 'aborted';
}

/** The reads of the whole settings page, each of which it asks for once. */
export const SETTINGS_PAGE_READS = [
  'GET /api/account',
  'GET /api/account/notifications',
  'GET /api/account/passkeys',
  'GET /api/account/sessions',
  'GET /api/account/two-step',
  'GET /api/api-key',
  'GET /api/plan',
  'GET /api/settings/messages',
  'GET /api/settings/voice',
];

let logName: string | undefined;

/**
 * From now on, every page loaded (in a frame) records each request it sends, from before its own
 * scripts run: what leaves the page, whatever answers it (a server or a service worker).
 */
export async function recordRequests(): Promise<void> {
  logName = await executeServerCommand<string, undefined>('record-requests');
}

/** The requests the frame's page has sent so far whose path starts with `path`. */
export function requestsSent(frame: HTMLIFrameElement, path: string): SentRequest[] {
  if (!logName) throw new Error('recordRequests() was not called before the page loaded');
  const log = (frame.contentWindow as (Window & Record<string, SentRequest[] | undefined>) | null)?.[logName];
  if (!log) throw new Error(`${frame.src} records no requests: it was loaded before recordRequests()`);
  return log.filter((request) => new URL(request.url).pathname.startsWith(path));
}

/**
 * The page's requests to the API once none is pending any more, and none has been sent for a
 * moment: a second request for something already asked for would come by then.
 */
export async function settledRequests(frame: HTMLIFrameElement, path = '/api/'): Promise<SentRequest[]> {
  const quiet = 500;
  let seen = -1;
  let since = performance.now();
  for (;;) {
    const requests = requestsSent(frame, path);
    if (requests.length !== seen || requests.some((request) => request.outcome === 'pending')) {
      seen = requests.length;
      since = performance.now();
    } else if (performance.now() - since >= quiet) {
      return requests;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A passkey a virtual authenticator holds: its credential id (base64url) and whom it is for. */
export interface HeldCredential {
  id: string;
  rpId: string;
}

/**
 * Puts a virtual platform authenticator on the page (Chromium's DevTools protocol only: guard the
 * test with `itWithDevtools`), which makes real passkeys with no one to touch it; answers what it
 * holds. Called again, it answers what it holds now.
 */
export function addVirtualAuthenticator(): Promise<HeldCredential[]> {
  return executeServerCommand<HeldCredential[], { add: boolean }>('virtual-authenticator', { add: true });
}

export async function removeVirtualAuthenticator(): Promise<void> {
  await executeServerCommand<HeldCredential[], { add: boolean }>('virtual-authenticator', { add: false });
}
