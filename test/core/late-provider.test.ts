/**
 * A provider that comes after its elements: defined and upgraded once an element inside it has
 * already asked for it, on the page and in a host's shadow root (an element slotted into it, as a
 * Lit host renders one). The element must find it without being removed and added again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { AccountProvider } from '../../src/core/account-provider.js';
import '../../src/elements/password-settings/password-settings.js';
import type { PasswordSettings } from '../../src/elements/password-settings/password-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { until } from '../harness/element-harness.js';

let made = 0;
/** A tag not yet defined: the provider's element upgrades when the test says, not before. */
function laterProviderTag(): string {
  return `later-provider-${++made}`;
}

function noAdapterShown(element: HTMLElement): boolean {
  return (element.shadowRoot?.textContent ?? '').includes(en.errors.noAdapter);
}

async function ready(element: PasswordSettings): Promise<void> {
  await until(
    () => element.shadowRoot?.querySelector('#change-button'),
    'the element never showed its card: it did not find the provider',
  );
}

describe('a provider that arrives after its elements', () => {
  it('is found once it upgrades around an element that already asked', async () => {
    const tag = laterProviderTag();
    const page = await fixture<HTMLElement>(
      `<div><${tag}><password-settings></password-settings></${tag}></div>`,
    );
    const element = page.querySelector<PasswordSettings>('password-settings')!;
    await element.updateComplete;
    await until(() => noAdapterShown(element), 'no provider yet: the element says so');
    const provider = page.querySelector(tag) as AccountProvider;
    provider.adapter = new MemoryAdapter();
    customElements.define(tag, class extends AccountProvider {});
    await ready(element);
    expect(noAdapterShown(element)).to.equal(false);
  });

  it('is found from a host’s shadow root, the element slotted into it', async () => {
    const tag = laterProviderTag();
    const host = await fixture<HTMLElement>(html`<div><password-settings></password-settings></div>`);
    const element = host.querySelector<PasswordSettings>('password-settings')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<${tag}><slot></slot></${tag}>`;
    await element.updateComplete;
    (root.querySelector(tag) as AccountProvider).adapter = new MemoryAdapter();
    customElements.define(tag, class extends AccountProvider {});
    await ready(element);
  });
});
