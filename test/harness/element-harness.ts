/**
 * One harness per element, built on this one: how to find its fields and buttons, fill them, and
 * read what it says, so tests and stories drive an element the way a person does and none of them
 * knows its markup. Everything goes through the shadow root, by role, label, id or a `data-*`
 * attribute, never by `part`: parts are the hosts' styling API, free to change. No test library
 * is imported here, so stories' `play` functions can drive elements with the same harnesses.
 */
import { en } from '../../src/i18n/index.js';

/** Polls until `check` holds, as a person waits for the screen: no fixed sleeps. Stories use it too. */
export async function until(check: () => unknown, message: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Text with runs of whitespace collapsed, as a person would read it. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Dispatches a clipboard paste of `pasted` at `target`, as the browser does for Ctrl+V. The data is
 * set on the event itself: Firefox gives a script-made `ClipboardEvent` an empty `clipboardData`,
 * whatever its init dictionary says, so only this reaches the handler in both browsers.
 */
export function dispatchPaste(target: EventTarget, pasted: string): boolean {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', pasted);
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  return target.dispatchEvent(event);
}

/**
 * The heading that names a section's card (the kit's card is labelled by it), in the element's
 * shadow root; null before the card is there.
 */
export function cardHeading(element: Element): HTMLElement | null {
  const root = element.shadowRoot;
  const id = root?.querySelector('section[aria-labelledby]')?.getAttribute('aria-labelledby');
  return id ? root!.getElementById(id) : null;
}

/** The placeholder a card shows while it loads (the kit's skeleton). */
export const SKELETON = '.skeleton-group';
/** A message in place of a card's content: loading failed, no adapter, out of tries. */
export const NOTICE = '[data-notice]';

/** The element's own live regions, polite and assertive (the kit's announcer renders both). */
const POLITE = '.status [role="status"]';
const ASSERTIVE = '.status [role="alert"]';

/** What a harness drives: an element that says when it has rendered. */
export type HarnessedElement = HTMLElement & { updateComplete: Promise<unknown> };

export class ElementHarness<E extends HarnessedElement> {
  constructor(readonly element: E) {}

  /**
   * Called by the tests' `mount` once the element is on the test page, before it is ready: what a
   * test page needs and a story does not. Nothing, unless a harness says otherwise.
   */
  mounted(): void {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The one element matching `selector` in the shadow root; fails loudly when missing. */
  find<T extends Element = HTMLElement>(selector: string): T {
    const found = this.maybe<T>(selector);
    if (!found) throw new Error(`Nothing matches ${selector} in <${this.element.localName}>`);
    return found;
  }

  maybe<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  /** Waits until `selector` is on screen. */
  async waitFor<T extends Element = HTMLElement>(selector: string, message?: string): Promise<T> {
    await until(() => this.maybe(selector), message ?? `${selector} did not appear`);
    await this.element.updateComplete;
    return this.find<T>(selector);
  }

  /** The ready view is on screen: no skeleton, no error. */
  async ready(selector: string): Promise<this> {
    await this.waitFor(selector, `<${this.element.localName}> did not get ready`);
    return this;
  }

  /**
   * Waits for the shadow root's finite animations (a dialog fading in), so what is read next (colours
   * for axe, sizes) is what stays on screen. Firefox may still be fading when Chromium has finished.
   */
  async animationsDone(): Promise<void> {
    const finite = this.root
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished));
  }

  /** A button by its visible label (or its accessible label when it shows none). */
  button(label: string, root: ParentNode = this.root): HTMLButtonElement {
    const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) =>
        text(candidate.querySelector('.button-label') ?? candidate) === label ||
        candidate.getAttribute('aria-label') === label,
    );
    if (!found) throw new Error(`No button labelled "${label}" in <${this.element.localName}>`);
    return found;
  }

  hasButton(label: string): boolean {
    try {
      this.button(label);
      return true;
    } catch {
      return false;
    }
  }

  /** Clicks a button by its label (within `root`, when another button elsewhere has the same). */
  async click(label: string, root?: ParentNode): Promise<void> {
    this.button(label, root).click();
    await this.element.updateComplete;
  }

  /** Waits until a button labelled `label` is on screen, and returns it. */
  async waitForButton(label: string, message?: string): Promise<HTMLButtonElement> {
    await until(() => this.hasButton(label), message ?? `no button labelled "${label}" appeared`);
    await this.element.updateComplete;
    return this.button(label);
  }

  /** A form control by its label's text. */
  field<T extends HTMLElement = HTMLInputElement>(label: string): T {
    const labelElement = [...this.root.querySelectorAll('label')].find((candidate) =>
      text(candidate).startsWith(label),
    );
    const id = labelElement?.htmlFor;
    if (!id) throw new Error(`No field labelled "${label}" in <${this.element.localName}>`);
    return this.find<T>(`#${CSS.escape(id)}`);
  }

  /** A switch by its label. */
  switchOf(label: string): HTMLButtonElement {
    return this.field<HTMLButtonElement>(label);
  }

  isOn(label: string): boolean {
    return this.switchOf(label).getAttribute('aria-checked') === 'true';
  }

  /** The switch is saving what it was flipped to. */
  isBusy(label: string): boolean {
    return this.switchOf(label).getAttribute('aria-busy') === 'true';
  }

  async toggle(label: string): Promise<void> {
    this.switchOf(label).click();
    await this.element.updateComplete;
  }

  /** Types into a field the way typing reaches it: the value, then `input`. */
  async fill(label: string, value: string): Promise<HTMLInputElement> {
    const input = this.field(label);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
    return input;
  }

  /** Pastes into an input, as from the clipboard over what it holds (focused, all selected). */
  async paste(input: HTMLInputElement, pasted: string): Promise<void> {
    input.focus();
    input.setSelectionRange(0, input.value.length);
    dispatchPaste(input, pasted);
    await this.element.updateComplete;
  }

  /** The error shown under a field, or '' when there is none. */
  errorOf(label: string): string {
    const input = this.field(label);
    const ids = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id.endsWith('-error'));
    return ids.map((id) => text(this.maybe(`#${CSS.escape(id)}`))).join(' ');
  }

  /** What the element's polite live region says ('' before the region is there). */
  get status(): string {
    return text(this.maybe(POLITE));
  }

  /** What the element's assertive live region says ('' before the region is there). */
  get alert(): string {
    return text(this.maybe(ASSERTIVE));
  }

  /** The polite live region itself; fails when the element has none on screen. */
  get statusRegion(): HTMLElement {
    return this.find(POLITE);
  }

  /** The assertive live region itself; fails when the element has none on screen. */
  get alertRegion(): HTMLElement {
    return this.find(ASSERTIVE);
  }

  /** Waits until the polite live region says `message`. */
  async announced(message: string, timeout?: number): Promise<void> {
    await until(
      () => this.status === message,
      `"${message}" was not announced (status: "${this.status}")`,
      timeout,
    );
  }

  /** Waits until the assertive live region says `message`. */
  async alerted(message: string, timeout?: number): Promise<void> {
    await until(() => this.alert === message, `"${message}" was not said (alert: "${this.alert}")`, timeout);
  }

  /** Waits until either live region says `message`. */
  async said(message: string, timeout?: number): Promise<void> {
    await until(
      () => this.status === message || this.alert === message,
      `"${message}" was not said (status "${this.status}", alert "${this.alert}")`,
      timeout,
    );
  }

  /**
   * A piece of the kit's code step, named after its code input's id: `hint` (where the code went,
   * when it expires), `error`, `attempts` (the tries left), `resend`; null when not on screen.
   */
  codeStepPiece(piece: 'hint' | 'error' | 'attempts' | 'resend'): HTMLElement | null {
    const code = this.maybe<HTMLInputElement>(
      'input[autocomplete="one-time-code"]:not(#identity-check-code)',
    );
    return code ? this.maybe(`#${CSS.escape(`${code.id}-${piece}`)}`) : null;
  }

  /** The kit's identity check (the same dialog in every element), once a backend has asked for one. */
  get identityCheck(): HTMLDialogElement | null {
    return this.maybe<HTMLDialogElement>('#identity-check');
  }

  async waitForIdentityCheck(): Promise<HTMLDialogElement> {
    await until(() => this.identityCheck?.open, 'the identity check did not open');
    await this.element.updateComplete;
    return this.identityCheck!;
  }

  /** Types the password into the identity check, once it is open, and confirms. */
  async confirmIdentity(password: string): Promise<void> {
    await this.waitForIdentityCheck();
    const input = this.find<HTMLInputElement>('#identity-check-password');
    input.value = password;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
    this.find<HTMLButtonElement>('#identity-check-confirm').click();
    await this.element.updateComplete;
  }

  /** The loading placeholder, while it shows. */
  get skeleton(): HTMLElement | null {
    return this.maybe(SKELETON);
  }

  /** What the card says in place of its content ('' when it says nothing of the kind). */
  get notice(): string {
    return text(this.maybe(NOTICE));
  }

  /**
   * Proves it is you with a code from the authenticator app or a backup code, once the identity
   * check is open: picks that way (unless it is the one shown), types the code and confirms.
   */
  async confirmIdentityWithCode(method: 'totp' | 'backup_code', code: string): Promise<void> {
    await this.waitForIdentityCheck();
    const id = method === 'totp' ? '#identity-check-totp' : '#identity-check-backup-code';
    if (!this.maybe(id)) {
      await this.click(
        method === 'totp' ? en.reverify.useTotp : en.reverify.useBackupCode,
        this.identityCheck!,
      );
    }
    const input = this.find<HTMLInputElement>(id);
    input.value = code;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
    // The app's code is sent as soon as its last digit is in; a backup code is confirmed by hand.
    if (method === 'backup_code') await this.click(en.reverify.confirm, this.identityCheck!);
  }

  /** What the identity check says is wrong with the proof given ('' when nothing). */
  get identityProblem(): string {
    return text(this.identityCheck?.querySelector('.field-error'));
  }

  /** The id of the focused control inside the element ('' for none), compared as text, never as nodes. */
  get focusedId(): string {
    return this.root.activeElement?.id ?? '';
  }

  /** Every `part` the shadow root renders now, each name once. */
  renderedParts(): string[] {
    const names = [...this.root.querySelectorAll('[part]')].flatMap((node) =>
      (node.getAttribute('part') ?? '').split(/\s+/).filter(Boolean),
    );
    return [...new Set(names)].sort();
  }
}
