import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountAdapter } from '../api/index.js';
import {
  catalogFor,
  directionOf,
  documentLocale,
  isUsableLocale,
  onCatalogsChange,
  sameLanguage,
  textLocale,
  type Catalog,
} from '../i18n/index.js';
import { onConfigure, pageDefaults } from './configure.js';
import { accountContext, listenForLateProviders, type AccountContext } from './context.js';
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
  private stopWatchingCatalogs?: () => void;
  /** Whether this element set its own `lang` and `dir` (a host's own are left alone). */
  private marked = { lang: false, dir: false };

  constructor() {
    super();
    // A controller, so it runs after every update whatever a subclass does with `updated()`.
    this.addController({ hostUpdated: () => this.markLanguage() });
  }

  override connectedCallback(): void {
    // Before the element asks for its provider, which `super.connectedCallback()` does.
    listenForLateProviders(this.ownerDocument);
    super.connectedCallback();
    this.stopWatchingDefaults = onConfigure(() => this.defaultsVersion++);
    // A locale loaded on first use (or registered late) arrives after the first render.
    this.stopWatchingCatalogs = onCatalogsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingDefaults?.();
    this.stopWatchingCatalogs?.();
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

  /**
   * What this element gives the account elements inside it, when it hands its own down (see
   * `ContextRelay`): its connection, and its locale or the one it was given.
   * @internal
   */
  get handedDown(): AccountContext | undefined {
    const connection = this.connection;
    return connection && { ...connection, locale: this.locale ?? this.provided?.locale };
  }

  /**
   * The first locale set that `Intl` takes: a tag it refuses would make every formatter throw, so it
   * is passed over as if not set.
   * @internal
   */
  get resolvedLocale(): string {
    const set = [this.locale, this.provided?.locale, pageDefaults().locale];
    return set.find(isUsableLocale) ?? documentLocale();
  }

  /**
   * The catalog of the resolved locale.
   * @internal
   */
  get t(): Catalog {
    return catalogFor(this.resolvedLocale);
  }

  /**
   * Text in another language than the page's is marked as such on the host, as HTML asks of any
   * passage in another language: `lang` for hyphenation, fonts and screen readers' voices, `dir`
   * so a right-to-left language reads right to left on a left-to-right page (and the reverse).
   * The language is the one shown: English while a locale is still loading.
   */
  private markLanguage(): void {
    const shown = textLocale(this.resolvedLocale);
    const foreign = !sameLanguage(shown, documentLocale());
    this.marked.lang = markAttribute(this, 'lang', foreign ? shown : undefined, this.marked.lang);
    this.marked.dir = markAttribute(this, 'dir', foreign ? directionOf(shown) : undefined, this.marked.dir);
  }
}

/** Sets or removes an attribute the element owns; returns whether it owns it now. */
function markAttribute(element: Element, name: string, value: string | undefined, owned: boolean): boolean {
  if (!owned && element.hasAttribute(name)) return false;
  if (value === undefined) {
    if (owned) element.removeAttribute(name);
    return false;
  }
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  return true;
}
