import type { ReactiveControllerHost } from 'lit';
import { AccountError } from '../api/index.js';
import { Loadable, type ResourceStatus } from './resource-controller.js';

/**
 * A part of an element that few visits use (the cropper, the plan comparison, the strength hint),
 * fetched with `import()` when first asked for instead of with the page. It is a `Loadable`, so it
 * shows in the usual states: a skeleton while it comes, and, when it cannot be fetched (offline),
 * the network message with a retry. Modules are cached by the browser, so many elements asking for
 * one fetch it once.
 */
export class LazyModule<M> extends Loadable<M> {
  #module: M | undefined;
  #loading: Promise<M> | undefined;
  #error: AccountError | undefined;
  readonly #host: Pick<ReactiveControllerHost, 'requestUpdate'>;
  readonly #importer: () => Promise<M>;
  readonly #onLoad: ((module: M) => void) | undefined;

  /** `onLoad` runs once, when the module arrives, whoever asked for it (a retry included). */
  constructor(
    host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    importer: () => Promise<M>,
    onLoad?: (module: M) => void,
  ) {
    super();
    this.#host = host;
    this.#importer = importer;
    this.#onLoad = onLoad;
  }

  /** The module, once it is here. */
  get module(): M | undefined {
    return this.#module;
  }

  override get value(): M | undefined {
    return this.#module;
  }

  override get status(): ResourceStatus {
    if (this.#module) return 'ready';
    if (this.#error) return 'error';
    return this.#loading ? 'loading' : 'idle';
  }

  override get error(): AccountError | undefined {
    return this.#error;
  }

  /** Fetches the module (once; again after a failure) and renders the host when it arrives. */
  load(): Promise<M> {
    if (this.#module) return Promise.resolve(this.#module);
    if (!this.#loading) {
      this.#error = undefined;
      this.#loading = this.#importer().then(
        (module) => {
          this.#module = module;
          this.#onLoad?.(module);
          this.#host.requestUpdate();
          return module;
        },
        (cause: unknown) => {
          this.#loading = undefined;
          this.#error = new AccountError('network', 'A part of the page could not be fetched', { cause });
          this.#host.requestUpdate();
          throw this.#error;
        },
      );
      this.#host.requestUpdate();
    }
    return this.#loading;
  }

  override retry(): Promise<M> {
    return this.load();
  }
}

export interface NearOrIdleOptions {
  /** How far outside the viewport counts as near (an `IntersectionObserver` root margin). */
  margin?: string;
  /** Where the browser has no idle callback (Safari), how long after the call it counts as idle. */
  idleFallbackMs?: number;
}

/**
 * Calls `load` once, when `target` comes near the viewport or the browser is next idle, whichever
 * comes first: code for what is not on screen yet is fetched without competing with the first
 * render, and in time for a person who scrolls to it. Returns what calls the wait off.
 */
export function whenNearOrIdle(
  target: Element,
  load: () => void,
  { margin = '100% 0px', idleFallbackMs = 300 }: NearOrIdleOptions = {},
): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    cancel();
    load();
  };
  const near = new IntersectionObserver(
    (records) => {
      if (records.some((record) => record.isIntersecting)) once();
    },
    // The document as the root, not the implicit one: inside a frame (a host's page may be one), the
    // implicit root is the top page's viewport and the margin is ignored.
    { root: target.ownerDocument, rootMargin: margin },
  );
  near.observe(target);
  const idle = 'requestIdleCallback' in globalThis ? requestIdleCallback(once, { timeout: 2000 }) : undefined;
  const timer = idle === undefined ? setTimeout(once, idleFallbackMs) : undefined;
  const cancel = () => {
    done = true;
    near.disconnect();
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
  return cancel;
}
