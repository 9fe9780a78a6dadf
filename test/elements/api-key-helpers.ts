import { fixture, html } from '@open-wc/testing';
import { DEMO_PASSWORD, MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { isAccountError, type ApiKeySecret, type CallOptions } from '../../src/api/index.js';
import { configure } from '../../src/core/configure.js';
import { AccountApiKeyRegeneratedEvent } from '../../src/events/index.js';
import type { ApiKey } from '../../src/elements/api-key/api-key.component.js';
import { ApiKeyHarness } from '../harness/api-key.js';

/** A MemoryAdapter that counts the reveals the element asks for. */
export class CountingAdapter extends MemoryAdapter {
  reveals = 0;

  override revealApiKey(options?: CallOptions): Promise<ApiKeySecret> {
    this.reveals++;
    return super.revealApiKey(options);
  }
}

/** The backend, with no identity check unless the test asks for one. */
export function backend(options: MemoryAdapterOptions = {}): CountingAdapter {
  return new CountingAdapter({ reverify: [], ...options });
}

export interface MountOptions {
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
}

/** `<api-key>` on `adapter`, once its key has loaded. */
export async function mount(
  adapter: MemoryAdapter = backend(),
  { theme = 'light', dir = 'ltr' }: MountOptions = {},
): Promise<ApiKeyHarness> {
  const root = await fixture<HTMLElement>(
    html`<div dir=${dir}><api-key .adapter=${adapter} theme=${theme}></api-key></div>`,
  );
  const harness = new ApiKeyHarness(root.querySelector<ApiKey>('api-key')!);
  await harness.ready(ApiKeyHarness.readySelector);
  return harness;
}

/** The next `account-api-key-regenerated` from the element, typed by the global event map. */
export function nextRegenerated(harness: ApiKeyHarness): Promise<AccountApiKeyRegeneratedEvent> {
  return new Promise((resolve) =>
    harness.element.addEventListener(AccountApiKeyRegeneratedEvent.eventName, resolve, { once: true }),
  );
}

/** The key in force, read from the backend as its owner would, through the identity check if asked. */
export async function realKey(adapter: MemoryAdapter): Promise<string> {
  try {
    return (await adapter.revealApiKey()).key;
  } catch (error) {
    if (!isAccountError(error, 'reverification_required')) throw error;
    const { token } = await adapter.completeReverification({
      method: 'password',
      password: DEMO_PASSWORD,
      operation: 'revealApiKey',
    });
    return (await adapter.revealApiKey({ reverificationToken: token })).key;
  }
}

/** The page's clock, moved by the test; `restore` gives the page `Date.now` back. */
export function pageClock(): { advance(ms: number): void; now(): number; restore(): void } {
  let time = Date.now();
  configure({ now: () => time });
  return {
    advance: (ms) => (time += ms),
    now: () => time,
    restore: () => configure({ now: undefined }),
  };
}

/** `navigator.clipboard.writeText` replaced by a recorder (or a refusal) until `restore`. */
export function stubClipboard(refuse = false): { written: string[]; restore(): void } {
  const written: string[] = [];
  const clipboard = navigator.clipboard;
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (data: string) => {
      if (refuse) return Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      written.push(data);
      return Promise.resolve();
    },
  });
  return {
    written,
    restore: () => delete (clipboard as unknown as Record<string, unknown>)['writeText'],
  };
}

/** The page goes to the background (another tab, a locked screen), then comes back. */
export function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    delete (document as unknown as Record<string, unknown>)['visibilityState'];
  }
}

/**
 * Where `secret` can still be found from the element: its own properties and everything they reach
 * (controllers, tasks, Lit's parts), recursively; its attributes; its rendered DOM, the values of
 * its inputs included. Closures cannot be read, and the backend (`skip`) holds the key by right.
 * Answers paths, so a failure says where the key was left.
 */
export function tracesOf(secret: string, element: HTMLElement, skip: readonly object[] = []): string[] {
  const traces: string[] = [];
  const seen = new Set<unknown>(skip);
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes(secret)) traces.push(path);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    // The DOM is read below, as markup; walking it node by node would reach the whole page.
    if (value instanceof Node) return;
    if (value instanceof Map) {
      for (const [key, entry] of value) {
        visit(key, `${path}[key]`);
        visit(entry, `${path}[${String(key)}]`);
      }
    } else if (value instanceof Set) {
      for (const entry of value) visit(entry, `${path}{}`);
    }
    for (const key of Reflect.ownKeys(value)) {
      let entry: unknown;
      try {
        entry = (value as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      visit(entry, `${path}.${String(key)}`);
    }
  };
  for (const key of Reflect.ownKeys(element)) {
    visit((element as unknown as Record<PropertyKey, unknown>)[key], `element.${String(key)}`);
  }
  for (const attribute of element.getAttributeNames()) {
    if ((element.getAttribute(attribute) ?? '').includes(secret)) traces.push(`attribute ${attribute}`);
  }
  const root = element.shadowRoot!;
  if (root.innerHTML.includes(secret)) traces.push('shadow DOM markup');
  if (element.innerHTML.includes(secret)) traces.push('light DOM markup');
  for (const input of root.querySelectorAll('input, textarea')) {
    if ((input as HTMLInputElement).value.includes(secret)) traces.push(`value of #${input.id}`);
  }
  return traces;
}

/** The part of a key that is secret: all but the prefix every key shares. */
export function secretPart(key: string): string {
  return key.replace(/^ak_live_/, '');
}

/** Every console call made while `during` runs, as text. */
export async function consoleDuring(during: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((method) => console[method]);
  for (const method of methods) {
    console[method] = (...args: unknown[]) => said.push(args.map((arg) => safeText(arg)).join(' '));
  }
  try {
    await during();
  } finally {
    methods.forEach((method, index) => (console[method] = originals[index]!));
  }
  return said;
}

function safeText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
