import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountAdapter } from '../api/index.js';
import { catalogFor, documentLocale, type Catalog } from '../i18n/index.js';
import { onConfigure, pageDefaults } from './configure.js';
import { accountContext, type AccountContext } from './context.js';
import type { Reverifier } from './action-controller.js';
import { storeFor, type AccountStore } from './store.js';

/** Where an element's data comes from, once found. */
export interface Connection {
  adapter: AccountAdapter;
  store: AccountStore;
}

/**
 * The base of every public element: finds the adapter (own property, then the nearest
 * `<account-provider>`, then `configure()`), the shared store of that adapter, and the locale.
 */
export class AccountElement extends LitElement {
  /** An adapter for this element alone; wins over a provider's and the page default. */
  @property({ attribute: false }) adapter?: AccountAdapter;

  /** A BCP 47 locale for this element's text and numbers; defaults to the provider's, then the page's `lang`. */
  @property() locale?: string;

  /** Light, dark, or `auto` (the system's setting); by default it follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @consume({ context: accountContext, subscribe: true })
  @state()
  protected provided?: AccountContext;

  /**
   * The element's identity check, where its actions find it.
   * @internal
   */
  reverifier?: Reverifier;

  @state() private defaultsVersion = 0;
  private stopWatchingDefaults?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingDefaults = onConfigure(() => this.defaultsVersion++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingDefaults?.();
  }

  /**
   * The adapter and store in use, or undefined when none was given anywhere.
   * @internal
   */
  get connection(): Connection | undefined {
    const adapter = this.adapter ?? this.provided?.adapter ?? pageDefaults().adapter;
    if (!adapter) return undefined;
    const store = adapter === this.provided?.adapter ? this.provided.store : storeFor(adapter);
    return { adapter, store };
  }

  /** @internal */
  get resolvedLocale(): string {
    return this.locale ?? this.provided?.locale ?? pageDefaults().locale ?? documentLocale();
  }

  /**
   * The catalog of the resolved locale.
   * @internal
   */
  get t(): Catalog {
    return catalogFor(this.resolvedLocale);
  }
}
