/**
 * docs/theming.md's example theme, applied to a real page as written: what it says it styles, it
 * styles (a rule that matches nothing would pass silently in a browser).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { until } from '../harness/element-harness.js';

async function exampleTheme(): Promise<string> {
  const guide = await (await fetch('/docs/theming.md')).text();
  const example = /## Example: a brand theme\s+```css\n([\s\S]+?)```/.exec(guide);
  expect(example, 'the example theme in docs/theming.md').to.exist;
  return example![1]!;
}

describe('docs/theming.md', () => {
  let sheet: CSSStyleSheet;
  afterEach(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  });

  it('its example theme reaches the sections of <account-settings>, tokens and parts alike', async () => {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(await exampleTheme());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const element = await fixture<AccountSettings>(
      html`<account-settings .adapter=${new MemoryAdapter()}></account-settings>`,
    );
    const profile = new AccountSettingsHarness(element).section('profile');
    await until(() => profile.shadowRoot?.querySelector('[part~="section"]'), 'the profile card');
    const card = profile.shadowRoot!.querySelector<HTMLElement>('[part~="section"]')!;
    expect(getComputedStyle(card).boxShadow, 'the ::part rule').to.equal('none');
    expect(getComputedStyle(card).borderTopLeftRadius, 'the --ae-radius-md token').to.equal('6px');
  });
});
