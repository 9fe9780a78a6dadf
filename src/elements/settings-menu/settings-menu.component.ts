import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AccountElement, ResourceController } from '../../core/index.js';
import { AccountSettingsRequestedEvent } from '../../events/index.js';
import { errorText } from '../../kit/index.js';
import { baseStyles, skeleton, skeletonStyles, tokenStyles } from '../../ui/index.js';
import { gearIcon } from './gear-icon.js';
import { personView, settingsItem } from './menu-view.js';
import { MenuPopupController } from './menu-popup.js';
import { movedIndex, typeaheadIndex, typedCharacter } from './menu-keys.js';
import { settingsMenuStyles } from './settings-menu.styles.js';
import { addEnglish } from '../../i18n/index.js';
import { menu } from '../../i18n/en/menu.js';
import { profile } from '../../i18n/en/profile.js';

addEnglish({ menu, profile });

/**
 * The gear button for a product's header, with its menu: who is signed in, "My Settings", and the
 * host's own entries. A menu button as the WAI-ARIA Authoring Practices describe it: arrow keys,
 * Home and End, type-ahead, Escape and Tab, focus that moves from item to item.
 *
 * @tagname settings-menu
 * @summary The header's gear button: the person's name and picture, "My Settings", and the host's entries.
 *
 * @fires {AccountSettingsRequestedEvent} account-settings-requested - "My Settings" was chosen; cancelable: `preventDefault()` stops the link in `href` from being followed (for a host's router). `event.href` is that link, if any.
 *
 * @slot item - The host's entries, after "My Settings": links (`<a slot="item" href="/billing">`) or buttons (`<button slot="item">`). Each becomes a `menuitem` reached by the arrow keys; an `<hr slot="item">` draws a separator between them (before a "Sign out", say).
 *
 * @csspart trigger - The gear button.
 * @csspart popup - The panel that opens below the button (give it a `z-index` to lift it over a host's layers).
 * @csspart avatar - The profile picture, or the initials in its place.
 * @csspart skeleton - The placeholder while the person's details load.
 * @csspart notice - Said in place of the person when their details could not be loaded, or when there is no adapter.
 * @csspart menu - The list of items.
 * @csspart item - "My Settings" and the element's other own items.
 *
 * @cssprop --ae-color-surface-raised - The panel's background.
 * @cssprop --ae-color-text - The items' text, and the button's on hover.
 * @cssprop --ae-color-text-muted - The gear, and the person's role.
 * @cssprop --ae-color-border - The panel's edge and separators.
 * @cssprop --ae-color-primary - Tints the focused item.
 * @cssprop --ae-radius-md - The panel's corner radius.
 * @cssprop --ae-shadow-lg - The panel's shadow.
 * @cssprop --ae-font-family - The font.
 */
export class SettingsMenu extends AccountElement {
  static override styles = [tokenStyles, baseStyles, skeletonStyles, settingsMenuStyles];

  /**
   * Where "My Settings" leads. With it, the item is a link; without it, choosing the item only fires
   * `account-settings-requested`, for the host to act on.
   */
  @property() href?: string;

  @state() private expanded = false;

  private readonly account = new ResourceController(this, 'account');

  constructor() {
    super();
    new MenuPopupController(this, {
      isOpen: () => this.expanded,
      panel: () => this.renderRoot.querySelector<HTMLElement>('.popup'),
      onOutsidePress: () => this.close(),
    });
  }

  /** The items in the order a person meets them: "My Settings", then the host's, as they are now. */
  private get items(): HTMLElement[] {
    const own = this.renderRoot.querySelector<HTMLElement>('#settings-item');
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="item"]');
    const hosted = (slot?.assignedElements({ flatten: true }) ?? []).filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && isMenuItem(element) && !element.hidden,
    );
    return own ? [own, ...hosted] : hosted;
  }

  private async openMenu(focus: 'first' | 'last'): Promise<void> {
    // A failed load is tried again each time the menu opens; the items work meanwhile.
    if (this.account.status === 'error') void this.account.retry();
    this.expanded = true;
    await this.updateComplete;
    const items = this.items;
    items[focus === 'first' ? 0 : items.length - 1]?.focus();
  }

  private close(options: { returnFocus?: boolean } = {}): void {
    if (!this.expanded) return;
    this.expanded = false;
    if (options.returnFocus) this.renderRoot.querySelector<HTMLElement>('#trigger')?.focus();
  }

  // While the menu is open, pressing the button must not take focus from the item first: the focus
  // leaving the menu would close it, and the click would then open it again instead of closing it.
  private onTriggerMouseDown(event: MouseEvent): void {
    if (this.expanded) event.preventDefault();
  }

  // Enter and Space reach here too, as the button's own click: both open with the first item focused.
  private onTriggerClick(): void {
    if (this.expanded) this.close({ returnFocus: true });
    else void this.openMenu('first');
  }

  private onTriggerKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.expanded) {
      event.preventDefault();
      this.close();
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.items;
    const item = items.find((candidate) => event.composedPath().includes(candidate));
    const current = item ? items.indexOf(item) : -1;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close({ returnFocus: true });
      return;
    }
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      activate(item, event);
      return;
    }
    const character = typedCharacter(event);
    const target =
      movedIndex(event.key, current, items.length) ??
      (character === undefined
        ? undefined
        : typeaheadIndex(items.map(itemLabel), current, character, this.resolvedLocale));
    if (target === undefined) return;
    event.preventDefault();
    items[target]?.focus();
  }

  // Tab and Shift+Tab: the browser moves focus on, then the menu closes behind it. Focus that goes
  // nowhere (a press on the page) is the outside press's to handle.
  private onMenuFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (!(next instanceof Node)) return;
    const popup = this.renderRoot.querySelector('.popup');
    const stillInMenu = popup?.contains(next) || this.items.some((item) => item.contains(next));
    if (!stillInMenu) this.close();
  }

  // A press on the panel's text would take focus off the item to nowhere, which closes the menu.
  private onPopupMouseDown(event: MouseEvent): void {
    const onItem = this.items.some((item) => event.composedPath().includes(item));
    if (!onItem) event.preventDefault();
  }

  // Choosing any item closes the menu. Focus goes back to the button, unless the item's own handler
  // already took it somewhere (a dialog it opened).
  private onMenuClick(event: MouseEvent): void {
    const chosen = this.items.some((item) => event.composedPath().includes(item));
    if (!chosen) return;
    this.close({ returnFocus: this.matches(':focus-within') });
  }

  private onSettingsChosen(event: MouseEvent): void {
    // A click that opens a new tab or window is the browser's: no host router should take it over.
    if (this.href !== undefined && opensElsewhere(event)) return;
    const request = new AccountSettingsRequestedEvent(this.href);
    this.dispatchEvent(request);
    if (request.defaultPrevented) event.preventDefault();
  }

  // Slotted entries become menu items reached only by the arrow keys, as the pattern asks.
  private onHostItemsChanged(event: Event): void {
    const slot = event.currentTarget as HTMLSlotElement;
    for (const element of slot.assignedElements({ flatten: true })) {
      if (!(element instanceof HTMLElement) || isSeparator(element)) continue;
      if (!isMenuItem(element)) element.setAttribute('role', 'menuitem');
      element.tabIndex = -1;
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const name = this.account.status === 'ready' ? this.account.value?.name : undefined;
    return html`
      <button
        id="trigger"
        class="trigger"
        part="trigger"
        type="button"
        aria-label=${name ? t.menu.buttonFor(name) : t.menu.button}
        aria-haspopup="menu"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="menu"
        @mousedown=${this.onTriggerMouseDown}
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKeydown}
      >
        ${gearIcon()}
      </button>
      <div
        id="popup"
        class="popup"
        part="popup"
        ?hidden=${!this.expanded}
        @keydown=${this.onMenuKeydown}
        @focusout=${this.onMenuFocusOut}
        @mousedown=${this.onPopupMouseDown}
        @click=${this.onMenuClick}
      >
        <div id="person" class="person" aria-busy=${this.account.status === 'loading' ? 'true' : 'false'}>
          ${this.renderPerson()}
        </div>
        <div id="menu" class="menu" part="menu" role="menu" aria-labelledby="trigger">
          ${settingsItem(this.t.menu.mySettings, this.href, this.onSettingsChosen)}
          <slot name="item" @slotchange=${this.onHostItemsChanged}></slot>
        </div>
      </div>
    `;
  }

  private renderPerson(): TemplateResult {
    const t = this.t;
    return this.account.render({
      ready: (account) => personView(t.profile, account),
      loading: () => skeleton({ label: t.common.loading, lines: 2, avatar: true }),
      error: (error) =>
        html`<p id="person-problem" class="person-problem" part="notice">${errorText(t, error)}</p>`,
      noAdapter: () =>
        html`<p id="person-problem" class="person-problem" part="notice">${t.errors.noAdapter}</p>`,
    });
  }
}

function isSeparator(element: HTMLElement): boolean {
  return element instanceof HTMLHRElement || element.getAttribute('role') === 'separator';
}

/** A host may give an entry a more specific role itself (`menuitemcheckbox`); it is kept. */
function isMenuItem(element: HTMLElement): boolean {
  return element.getAttribute('role')?.startsWith('menuitem') ?? false;
}

function itemLabel(item: HTMLElement): string {
  return item.getAttribute('aria-label') ?? item.textContent ?? '';
}

/**
 * Enter and Space choose an item. A button answers both itself and a link answers Enter; anything
 * else (Space on a link, a host's `<div>`) is clicked here, so every item answers both keys.
 */
function activate(item: HTMLElement, event: KeyboardEvent): void {
  const native =
    item instanceof HTMLButtonElement ||
    (event.key === 'Enter' && item instanceof HTMLAnchorElement && item.hasAttribute('href'));
  if (native) return;
  event.preventDefault();
  item.click();
}

function opensElsewhere(event: MouseEvent): boolean {
  return event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}
