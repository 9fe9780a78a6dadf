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
  readonly #host: ReactiveControllerHost;
  readonly #importer: () => Promise<M>;
  readonly #onLoad: ((module: M) => void) | undefined;

  /** `onLoad` runs once, when the module arrives, whoever asked for it (a retry included). */
  constructor(host: ReactiveControllerHost, importer: () => Promise<M>, onLoad?: (module: M) => void) {
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
