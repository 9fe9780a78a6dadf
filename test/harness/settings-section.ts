import '../../src/elements/settings-section/settings-section.js';
import type { SettingsSection } from '../../src/elements/settings-section/settings-section.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

type SettingsElement = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * A settings section made of data-described fields (`<settings-section>`, `<phone-settings>`,
 * `<message-settings>`) as a person uses it: switches, fields, the Save row, keywords, the week's
 * hours, a recording.
 */
export class SettingsHarness<E extends SettingsElement> extends ElementHarness<E> {
  /** Whether a field is on screen now (a field shown only while a switch is on, say). */
  shows(label: string): boolean {
    try {
      this.field(label);
      return true;
    } catch {
      return false;
    }
  }

  /** Picks a choice of a select by its value, as a person picks it from the list. */
  async choose(label: string, value: string): Promise<void> {
    const select = this.field<HTMLSelectElement>(label);
    // Reached first, as a person reaches it: a long list is put in only then.
    select.focus();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.element.updateComplete;
  }

  async save(): Promise<void> {
    await this.click(en.common.save);
  }

  /** The Save row shows (something was changed). */
  get canSave(): boolean {
    return this.hasButton(en.common.save);
  }

  /** Types a keyword into the keywords field and presses Add. */
  async addKeyword(keyword: string): Promise<void> {
    await this.fill(en.settingsSection.keywords.newKeyword, keyword);
    await this.click(en.settingsSection.keywords.add);
  }

  async removeKeyword(keyword: string): Promise<void> {
    await this.click(en.settingsSection.keywords.remove(keyword));
  }

  /** The person's own keywords, as shown. */
  get keywords(): string[] {
    return [...this.root.querySelectorAll('.chip:not(.chip--fixed)')].map((chip) =>
      text(chip.querySelector('bdi')),
    );
  }

  /** The keywords shown as always on. */
  get fixedKeywords(): string[] {
    return [...this.root.querySelectorAll('.chip--fixed')].map((chip) => text(chip));
  }

  /** Opens or closes a day of the week's hours by its name (`Monday`). */
  async setDayOpen(day: string, open: boolean): Promise<void> {
    const checkbox = this.field(day);
    if (checkbox.checked !== open) checkbox.click();
    await this.element.updateComplete;
  }

  /** The error under a day's row of the week's hours, or ''. */
  dayError(day: string): string {
    const row = this.field(day).closest('.hours-row');
    return text(row?.querySelector('.field-error'));
  }

  /** Picks a file for the recording, as the file picker hands it over. */
  async pickRecording(file: File): Promise<void> {
    const input = this.find<HTMLInputElement>('.audio input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  /** The recording's error, or ''. */
  get recordingError(): string {
    return text(this.maybe('.audio .field-error'));
  }

  /** The recording's player, when there is one. */
  get recordingUrl(): string | null {
    return this.maybe<HTMLAudioElement>('.audio audio')?.getAttribute('src') ?? null;
  }

  /** Waits until no save, switch or upload of the section is on its way. */
  async settled(): Promise<void> {
    await until(() => !this.root.querySelector('[aria-busy="true"]'), 'a save of the section did not finish');
    await this.element.updateComplete;
  }
}

/** `<settings-section>`, a host's own section. */
export class SettingsSectionHarness extends SettingsHarness<SettingsSection> {
  static readonly tag = 'settings-section';
  static readonly readySelector = '.settings-form';
}
