import '../../src/elements/account-settings/account-settings.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { ElementHarness, text, until } from './element-harness.js';

type Section = HTMLElement & { updateComplete?: Promise<unknown> };

/** `<account-settings>` as a person uses it: the navigation, and the sections it shows. */
export class AccountSettingsHarness extends ElementHarness<AccountSettings> {
  static readonly tag = 'account-settings';

  /** The sections in the page's order, by id. */
  get sectionIds(): string[] {
    return this.sections().map((section) => section.dataset['section'] ?? '');
  }

  sections(): Section[] {
    return [...this.element.querySelectorAll<Section>(':scope > [data-section]')];
  }

  section(id: string): Section {
    const found = this.element.querySelector<Section>(`:scope > [data-section="${id}"]`);
    if (!found) throw new Error(`No section ${id}`);
    return found;
  }

  /** Whether a section's code has arrived: its tag is defined (in the section's own document). */
  arrived(id: string): boolean {
    return this.section(id).matches(':defined');
  }

  /** What a section shows until its code arrives (a card with a skeleton, or why it failed), if it does. */
  placeholder(id: string): ShadowRoot | null {
    return this.section(id).querySelector<HTMLElement>(':scope > [data-placeholder]')?.shadowRoot ?? null;
  }

  /** The placeholder's button, by its text (e.g. "Try again"). */
  placeholderButton(id: string, label: string): HTMLButtonElement {
    const found = [...(this.placeholder(id)?.querySelectorAll('button') ?? [])].find(
      (button) => text(button) === label,
    );
    if (!found) throw new Error(`No button "${label}" in the placeholder of ${id}`);
    return found;
  }

  /** The navigation's links: their text and target. */
  get navLinks(): { label: string; href: string; current: boolean }[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('[part~="nav-link"]')].map((link) => ({
      label: text(link),
      href: link.getAttribute('href') ?? '',
      current: link.getAttribute('aria-current') === 'location',
    }));
  }

  /** The navigation's groups: each one's name and the labels of the links under it. */
  get navGroups(): { label: string; links: string[] }[] {
    return [...this.root.querySelectorAll<HTMLElement>('li[data-group]')].map((group) => ({
      label: text(group.querySelector(':scope > span')),
      links: [...group.querySelectorAll('a')].map((link) => text(link)),
    }));
  }

  link(label: string): HTMLAnchorElement {
    const found = [...this.root.querySelectorAll<HTMLAnchorElement>('[part~="nav-link"]')].find(
      (link) => text(link) === label,
    );
    if (!found) throw new Error(`No link "${label}"`);
    return found;
  }

  /** Every visible section has loaded: no skeleton left anywhere. */
  async allReady(): Promise<void> {
    await until(
      () => this.sections().every((section) => section.hidden || loaded(section)),
      'the sections did not all load',
      10_000,
    );
  }

  /**
   * Every visible section shows its data: no skeleton, and no notice in its place either (the
   * message of a page with no adapter yet, or of a failed load).
   */
  async allShowData(): Promise<void> {
    await until(
      () =>
        this.sections().every(
          (section) =>
            section.hidden || (loaded(section) && !section.shadowRoot!.querySelector('[part~="notice"]')),
        ),
      'the sections do not all show their data',
      15_000,
    );
  }
}

function loaded(section: Section): boolean {
  return (
    section.shadowRoot !== null &&
    section.shadowRoot.querySelector('section') !== null &&
    section.shadowRoot.querySelector('[part~="skeleton"]') === null
  );
}
