import '../../src/elements/personal-phone/personal-phone.js';
import type { PersonalPhone } from '../../src/elements/personal-phone/personal-phone.component.js';
import { en } from '../../src/i18n/index.js';
import { ElementHarness, text, until } from './element-harness.js';

/** The demo account's cell number, as stored and as the element shows it for reading. */
export const CURRENT = '+14155550123';
export const CURRENT_READ = '+1 415 555 0123';
/** A new number the tests change to, as stored and as shown. */
export const NEW = '+14155550199';
export const NEW_READ = '+1 415 555 0199';

/** `<personal-phone>` as a person uses it: open the change, pick a country, type, send, enter the code. */
export class PersonalPhoneHarness extends ElementHarness<PersonalPhone> {
  static readonly tag = 'personal-phone';
  static readonly readySelector = '#current-number';
  /** Its tests are read in US English: a national number typed is taken as a US one. */
  static readonly locale = 'en-US';

  /** The number on file as shown, or the words saying there is none. */
  get currentNumber(): string {
    return text(this.maybe('#current-number'));
  }

  get numberInput(): HTMLInputElement {
    return this.find<HTMLInputElement>('#phone-number');
  }

  get countrySelect(): HTMLSelectElement {
    return this.find<HTMLSelectElement>('#phone-country');
  }

  get codeInput(): HTMLInputElement {
    return this.find<HTMLInputElement>('#phone-code');
  }

  /** The summary's button: "Change number", or "Add number" when there is none. */
  get changeButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#phone-change');
  }

  get numberError(): string {
    return this.errorOf(en.phone.number);
  }

  get codeError(): string {
    return this.errorOf(en.verification.code);
  }

  /** Opens the change and waits for the country list with calling codes (the numbering plans). */
  async openChange(): Promise<void> {
    this.changeButton.click();
    await this.waitFor('#phone-number');
    await until(() => this.countrySelect.options.length > 1, 'the numbering plans did not load');
    await this.element.updateComplete;
  }

  async chooseCountry(code: string): Promise<void> {
    const select = this.countrySelect;
    select.value = code;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  async typeNumber(number: string): Promise<void> {
    await this.fill(en.phone.number, number);
  }

  /** Opens the change, types the number (in a country, if given) and asks for the code. */
  async startChange(number: string, country?: string): Promise<void> {
    await this.openChange();
    if (country) await this.chooseCountry(country);
    await this.typeNumber(number);
    await this.click(en.phone.sendCode);
  }

  async waitForCodeStep(): Promise<void> {
    await this.waitFor('#phone-code', 'no code was asked for');
  }

  /** Opens the change, sends a code to this number and waits for the code step. */
  async askForCode(number = NEW_READ): Promise<void> {
    await this.startChange(number);
    await this.waitForCodeStep();
  }

  /** Types the code as it arrives by input; six digits send it at once. */
  async enterCode(code: string): Promise<void> {
    await this.fill(en.verification.code, code);
  }

  /** Pastes into the code input, as from the clipboard. */
  async pasteCode(pasted: string): Promise<void> {
    await this.paste(this.codeInput, pasted);
  }

  async cancel(): Promise<void> {
    await this.click(en.common.cancel);
  }
}
