import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountAdapter } from '../api/index.js';
import { accountContext } from './context.js';
import { storeFor } from './store.js';

/**
 * Gives every account element inside it one adapter, one shared store and a locale.
 *
 * @tagname account-provider
 * @summary The adapter, store and locale for the elements inside it.
 * @slot - Any content, with account elements anywhere inside.
 */
export class AccountProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
  `;

  /** The adapter every element inside uses (unless an element has its own). */
  @property({ attribute: false }) adapter?: AccountAdapter;

  /** A BCP 47 locale for the elements inside; defaults to the page's `lang`. */
  @property() locale?: string;

  /** Light, dark, or `auto` (the system's setting) for everything inside; by default the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  private readonly provider = new ContextProvider(this, { context: accountContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('locale')) {
      this.provider.setValue(
        this.adapter
          ? { adapter: this.adapter, store: storeFor(this.adapter), locale: this.locale }
          : undefined,
      );
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
