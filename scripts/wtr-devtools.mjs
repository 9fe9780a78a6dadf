/**
 * wtr commands that need more of the browser than a page can ask for itself:
 *
 * - `devtools-memory` (Chromium): collects garbage over the DevTools protocol, then returns the
 *   page's DOM counters (documents, nodes, JS event listeners) and the JS heap in use, so a test can
 *   check that what it removed is gone.
 * - `record-requests`: from now on, every document the page loads (a frame included) records the
 *   requests it sends with `fetch` before any of its own scripts runs, in `window[REQUEST_LOG]`,
 *   with whether each was answered, failed or aborted. It counts what leaves the page, whatever
 *   answers it (a server, or a service worker such as MSW's): the DevTools network events cannot be
 *   used for that, as Chromium reports a request a service worker answers only seconds later.
 *   Puppeteer installs it over CDP in Chromium and as a WebDriver BiDi preload script in Firefox.
 *   Classic WebDriver (WebKit) has no script that runs before a page's own, so there the test
 *   server puts it in the page instead: each HTML document that the asking test's page opens (its
 *   request's referrer is that page) gets it as its first script, from `RECORDER_PATH`.
 *
 * - `virtual-authenticator` (Chromium): `{ add: true }` puts a virtual platform authenticator on the
 *   page (CTAP2, internal, with resident keys and user verification that always succeeds, presence
 *   given at once), so `navigator.credentials.create()` makes a real passkey with no person there;
 *   it answers the credentials the authenticator holds. `{ add: false }` takes it away again.
 *
 * Firefox and WebKit, driven over WebDriver, have no CDP: there `devtools-memory` fails, and the
 * tests that send it are skipped.
 */

/** Where a document's requests are recorded (`test/support/devtools.ts` reads it). */
const REQUEST_LOG = '__sentRequests';

/** The recorder as a script of the test server's own (same origin, so `script-src 'self'` allows it). */
const RECORDER_PATH = '/__wtr-record-requests.js';

/** The WebDriver sessions that asked to record: the documents their pages open get the recorder. */
const recordingSessions = new Set();

/** The wtr session whose test page sent this request (the referrer of a document its frame loads). */
function askingSession(context) {
  const referrer = context.get('referer');
  if (!referrer) return undefined;
  const session = new URL(referrer).searchParams.get('wtr-session-id');
  return session && recordingSessions.has(session) ? session : undefined;
}

/** One CDP session per page, kept open while the page is. */
const sessions = new WeakMap();
/** The pages that record their documents' requests already. */
const recording = new WeakSet();

async function cdpOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    // Over WebDriver BiDi (Firefox) this throws: CDP is required.
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

/** Runs in each new document, before its scripts: wraps `fetch` to record what it sends. */
function recordRequests(logName) {
  const send = globalThis.fetch;
  const log = [];
  Object.defineProperty(globalThis, logName, { value: log });
  globalThis.fetch = function fetch(input, init) {
    const request = new Request(input, init);
    const record = { method: request.method, url: request.url, outcome: 'pending' };
    log.push(record);
    const abort = () => {
      if (record.outcome === 'pending' || record.outcome === 'answered') record.outcome = 'aborted';
    };
    request.signal.addEventListener('abort', abort, { once: true });
    return send.call(this, input, init).then(
      (response) => {
        if (record.outcome === 'pending') record.outcome = 'answered';
        // Aborted while its body still comes counts as aborted too; read to its end, it is done.
        response
          .clone()
          .arrayBuffer()
          .then(
            () => request.signal.removeEventListener('abort', abort),
            () => {},
          );
        return response;
      },
      (error) => {
        if (record.outcome === 'pending') record.outcome = request.signal.aborted ? 'aborted' : 'failed';
        throw error;
      },
    );
  };
}

const COMMANDS = ['devtools-memory', 'record-requests', 'virtual-authenticator'];

/** The virtual authenticator on each page, while it has one. */
const authenticators = new WeakMap();

async function virtualAuthenticator(page, { add }) {
  const cdp = await cdpOf(page);
  const present = authenticators.get(page);
  if (!add) {
    if (present) await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: present });
    authenticators.delete(page);
    return [];
  }
  if (!present) {
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    authenticators.set(page, authenticatorId);
  }
  const { credentials } = await cdp.send('WebAuthn.getCredentials', {
    authenticatorId: authenticators.get(page),
  });
  return credentials.map((credential) => ({ id: credential.credentialId, rpId: credential.rpId }));
}

export function devtoolsPlugin() {
  return {
    name: 'devtools',
    serve(context) {
      if (context.path !== RECORDER_PATH) return undefined;
      return { body: `(${recordRequests})(${JSON.stringify(REQUEST_LOG)});`, type: 'js' };
    },
    transform(context) {
      if (!context.response.is('html') || askingSession(context) === undefined) return undefined;
      const body = String(context.body);
      const head = /<head[^>]*>/i.exec(body);
      const at = head ? head.index + head[0].length : 0;
      return { body: `${body.slice(0, at)}<script src="${RECORDER_PATH}"></script>${body.slice(at)}` };
    },
    async executeCommand({ command, session, payload }) {
      if (!COMMANDS.includes(command)) return undefined;
      if (command === 'record-requests' && session.browser.type === 'webdriver') {
        recordingSessions.add(session.id);
        return REQUEST_LOG;
      }
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} needs puppeteer; ${session.browser.name} is not driven by it.`);
      }
      const page = session.browser.getPage(session.id);
      if (command === 'virtual-authenticator') return virtualAuthenticator(page, payload);
      if (command === 'devtools-memory') {
        const cdp = await cdpOf(page);
        // Twice: objects freed by the first collection's finalizers go in the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const counters = await cdp.send('Memory.getDOMCounters');
        const heap = await cdp.send('Runtime.getHeapUsage');
        return {
          documents: counters.documents,
          nodes: counters.nodes,
          listeners: counters.jsEventListeners,
          heapUsed: heap.usedSize,
        };
      }
      if (!recording.has(page)) {
        await page.evaluateOnNewDocument(recordRequests, REQUEST_LOG);
        recording.add(page);
      }
      return REQUEST_LOG;
    },
  };
}
