import { setupWorker, type SetupWorker } from 'msw/browser';
import { MemoryAdapter, type MemoryAdapterOptions } from '../adapters/memory/index.js';
import { createHandlers } from './handlers.js';

export interface MockApiOptions {
  /** The backend to serve; a new `MemoryAdapter` with `adapterOptions` when left out. */
  adapter?: MemoryAdapter;
  adapterOptions?: MemoryAdapterOptions;
  /** Where the contract's paths start. Default `/api`. */
  baseUrl?: string;
  /** Where the page serves `mockServiceWorker.js` (made with `npx msw init public`). Default at the root. */
  serviceWorkerUrl?: string;
}

export interface MockApi {
  worker: SetupWorker;
  adapter: MemoryAdapter;
}

/**
 * Serves the REST contract inside the browser from a `MemoryAdapter`, for the demo and Storybook:
 * a `RestAdapter` on the same page then talks to it over real `fetch`. Other requests pass through.
 */
export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const adapter = options.adapter ?? new MemoryAdapter(options.adapterOptions);
  const handlers = createHandlers(adapter, options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return { worker, adapter };
}
