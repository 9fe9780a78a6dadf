import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  DEMO_PASSWORD,
  MemoryAdapter,
  type AdapterMethod,
  type MemoryAdapterOptions,
} from '../../src/adapters/memory/index.js';
import type { AccountAdapter, CallOptions, PasswordChange, PasswordReset } from '../../src/api/index.js';
import { configure } from '../../src/core/configure.js';
import type { PasswordSettings } from '../../src/elements/password-settings/password-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { PasswordSettingsHarness } from '../harness/password-settings.js';
import { dispatchPaste, text, until } from '../harness/element-harness.js';

export { DEMO_PASSWORD, en, text, until };

/** A new password that breaks no rule of the contract or the backend. */
export const NEW_PASSWORD = 'violet tractor 42 umbrella';

/** A MemoryAdapter that counts what the element asks of it. */
export class CountingAdapter extends MemoryAdapter {
  readonly calls: AdapterMethod[] = [];
  /** While set, a change waits for it: the element stays in its saving state. */
  private held?: Promise<void>;

  /** Holds every change until the returned function is called. */
  hold(): () => void {
    let release = () => {};
    this.held = new Promise((resolve) => (release = resolve));
    return () => {
      this.held = undefined;
      release();
    };
  }

  override async changePassword(change: PasswordChange, options?: CallOptions): Promise<void> {
    this.calls.push('changePassword');
    await this.held;
    return super.changePassword(change, options);
  }

  override completePasswordReset(reset: PasswordReset, options?: CallOptions): Promise<void> {
    this.calls.push('completePasswordReset');
    return super.completePasswordReset(reset, options);
  }

  count(method: AdapterMethod): number {
    return this.calls.filter((call) => call === method).length;
  }
}

export function backend(options: MemoryAdapterOptions = {}): CountingAdapter {
  return new CountingAdapter({ reverify: [], ...options });
}

/** One clock for the backend and the elements' countdowns, moved by the test. */
export class Clock {
  now = Date.parse('2025-03-01T12:00:00.000Z');

  constructor() {
    configure({ now: () => this.now });
  }

  advance(ms: number): void {
    this.now += ms;
  }

  stop(): void {
    configure({ now: undefined });
  }
}

/** Puts a `<password-settings>` on this adapter on the page and waits until it has loaded. */
export async function mount(
  adapter: AccountAdapter | undefined,
  attributes: { theme?: 'light' | 'dark' } = {},
): Promise<PasswordSettingsHarness> {
  const el = await fixture<PasswordSettings>(
    html`<password-settings .adapter=${adapter} theme=${attributes.theme ?? 'light'}></password-settings>`,
  );
  const harness = new PasswordSettingsHarness(el);
  if (adapter) await harness.ready(PasswordSettingsHarness.readySelector);
  return harness;
}

/** Renders markup holding one `<password-settings>` and returns its harness, once loaded. */
export async function mountIn(
  template: TemplateResult,
): Promise<{ root: HTMLElement; harness: PasswordSettingsHarness }> {
  const root = await fixture<HTMLElement>(template);
  const harness = new PasswordSettingsHarness(root.querySelector('password-settings')!);
  await harness.ready(PasswordSettingsHarness.readySelector);
  return { root, harness };
}

/** The code the backend texted for the reset. */
export function resetCode(adapter: MemoryAdapter): string {
  const message = adapter.lastMessage('password_reset');
  if (!message) throw new Error('No reset code was sent');
  return message.secret;
}

export function wrongCode(adapter: MemoryAdapter): string {
  return resetCode(adapter) === '000000' ? '111111' : '000000';
}

/** Resolves when `password` opens an identity check: the proof the new password is in force. */
export async function passwordWorks(adapter: MemoryAdapter, password: string): Promise<boolean> {
  try {
    await adapter.completeReverification({ method: 'password', password, operation: 'revealApiKey' });
    return true;
  } catch {
    return false;
  }
}

/** Waits until the polite live region says `message`. */
export function announced(harness: PasswordSettingsHarness, message: string): Promise<void> {
  return until(
    () => harness.status === message,
    `"${message}" was not announced (status: "${harness.status}")`,
  );
}

/** Waits until the assertive live region says `message`. */
export function alerted(harness: PasswordSettingsHarness, message: string): Promise<void> {
  return until(() => harness.alert === message, `"${message}" was not said (alert: "${harness.alert}")`);
}

/** Pastes text into an input as a clipboard paste would. */
export function paste(input: HTMLInputElement, value: string): void {
  input.focus();
  dispatchPaste(input, value);
}

/**
 * Every place a secret could hide in an object graph: own properties (also non-enumerable, as
 * controllers keep their state), arrays, maps and sets; of DOM nodes only Lit's expandos. The
 * backend is left out: it is not the element's state.
 */
export function pathsHolding(root: unknown, secret: string, skip: readonly unknown[] = []): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>(skip);
  const visit = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      if (value.includes(secret)) found.push(path);
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 14) return;
    seen.add(value);
    if (value instanceof MemoryAdapter || value instanceof Window || value instanceof Document) return;
    if (value instanceof Map) {
      for (const [key, entry] of value) {
        visit(key, `${path}<key>`, depth + 1);
        visit(entry, `${path}.get(${String(key)})`, depth + 1);
      }
      return;
    }
    if (value instanceof Set) {
      let index = 0;
      for (const entry of value) visit(entry, `${path}<${index++}>`, depth + 1);
      return;
    }
    const names = Object.getOwnPropertyNames(value).filter(
      (name) => !(value instanceof Node) || name.startsWith('_$') || name.startsWith('__'),
    );
    for (const name of names) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[name];
      } catch {
        continue;
      }
      visit(child, `${path}.${name}`, depth + 1);
    }
  };
  visit(root, 'element', 0);
  return found;
}

/** Every attribute value in the element, its shadow root and its light DOM. */
export function attributeValues(el: HTMLElement): string[] {
  const nodes = [el, ...el.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('*')];
  return nodes.flatMap((node) => [...node.attributes].map((attribute) => attribute.value));
}
