import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

let worker: SetupWorker | undefined;

/**
 * Starts MSW's service worker once per test page and puts `handlers` in place of any earlier ones,
 * so each test talks to a fresh mock API over real `fetch`.
 */
export async function useMockApi(handlers: RequestHandler[]): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: '/mockServiceWorker.js' },
    });
  }
  worker.resetHandlers(...handlers);
  return worker;
}
