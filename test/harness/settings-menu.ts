import { html, type TemplateResult } from 'lit';
import '../../src/elements/settings-menu/settings-menu.js';
import type { SettingsMenu } from '../../src/elements/settings-menu/settings-menu.component.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/** `<settings-menu>` as a person uses it: the gear button, the panel, and the items in it. */
export class SettingsMenuHarness extends ElementHarness<SettingsMenu> {
  static readonly tag = 'settings-menu';
  /** The person's name: there once their details have loaded, whether the menu is open or not. */
  static readonly readySelector = '#person-name';

  get trigger(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#trigger');
  }

  get popup(): HTMLElement {
    return this.find('#popup');
  }

  get menu(): HTMLElement {
    return this.find('[role="menu"]');
  }

  /** Open as a person can tell: the panel shows and the button says so. */
  get isOpen(): boolean {
    return !this.popup.hidden && this.trigger.getAttribute('aria-expanded') === 'true';
  }

  /** The button's accessible name ("Settings for Ada Lovelace"). */
  get triggerName(): string {
    return this.trigger.getAttribute('aria-label') ?? '';
  }

  /** The items in the menu's order: its own, then the host's slotted ones, separators left out. */
  get items(): HTMLElement[] {
    const slot = this.find<HTMLSlotElement>('slot[name="item"]');
    const hosted = slot
      .assignedElements({ flatten: true })
      .filter(
        (element): element is HTMLElement =>
          element instanceof HTMLElement &&
          (element.getAttribute('role') ?? '').startsWith('menuitem') &&
          !element.hidden,
      );
    return [...this.root.querySelectorAll<HTMLElement>('[role="menu"] > [role="menuitem"]'), ...hosted];
  }

  get itemLabels(): string[] {
    return this.items.map((item) => text(item));
  }

  item(label: string): HTMLElement {
    const found = this.items.find((candidate) => text(candidate) === label);
    if (!found) throw new Error(`No menu item "${label}" in <settings-menu>`);
    return found;
  }

  /** The label of what has focus now, wherever it is ('' for nothing). */
  get focusedLabel(): string {
    const active = deepActiveElement();
    return active ? (active.getAttribute('aria-label') ?? text(active)) : '';
  }

  get triggerFocused(): boolean {
    return deepActiveElement() === this.trigger;
  }

  get personName(): string {
    return text(this.maybe('#person-name'));
  }

  get role(): string {
    return text(this.maybe('#person-role'));
  }

  /** What the panel says in place of the person (a failed load, no adapter); '' otherwise. */
  override get notice(): string {
    return text(this.maybe('#person-problem'));
  }

  /** Opens the menu with a press on the gear, as a mouse or touch user would. */
  async open(): Promise<void> {
    this.trigger.click();
    await until(() => this.isOpen && this.focusedLabel !== '', 'the menu did not open');
    await this.settled();
  }

  /** The panel's opening animation has run: what is on screen is what a person sees. */
  async settled(): Promise<void> {
    await Promise.all(this.popup.getAnimations().map((animation) => animation.finished));
  }

  async choose(label: string): Promise<void> {
    this.item(label).click();
    await this.element.updateComplete;
  }
}

/** A host's usual entries: two links whose names start alike, a button, a separator and "Sign out". */
export function hostEntries(onHelp: () => void = () => {}, onSignOut: () => void = () => {}): TemplateResult {
  return html`
    <a slot="item" href="#billing">Billing</a>
    <a slot="item" href="#blog">Blog</a>
    <button slot="item" type="button" @click=${onHelp}>Help</button>
    <hr slot="item" />
    <button slot="item" type="button" @click=${onSignOut}>Sign out</button>
  `;
}
