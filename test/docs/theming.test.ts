/**
 * docs/theming.md's example theme, applied to a real page as written: what it says it styles, it
 * styles (a rule that matches nothing would pass silently in a browser). Its lists of parts are
 * the manifest's, element by element, and the password form it says has no parts has none.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { en } from '../../src/i18n/index.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { until } from '../harness/element-harness.js';
import { PasswordSettingsHarness } from '../harness/password-settings.js';
import { mount } from '../support/mount.js';

async function guide(): Promise<string> {
  return (await fetch('/docs/theming.md')).text();
}

interface Declaration {
  tagName?: string;
  cssParts?: { name: string; inheritedFrom?: unknown }[];
}

async function elements(): Promise<Declaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((found) => found.tagName);
}

/** The part names written in backticks in `text`. */
function partsIn(text: string): string[] {
  return [...text.matchAll(/`([a-z][a-z-]*)`/g)].map(([, name]) => name!);
}

/** A section of the guide, from its heading to the next heading of any level. */
function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(heading);
  expect(start, heading).to.be.at.least(0);
  const end = text.indexOf('\n#', start + heading.length);
  return text.slice(start, end === -1 ? undefined : end);
}

async function exampleTheme(): Promise<string> {
  const example = /## Example: a brand theme\s+```css\n([\s\S]+?)```/.exec(await guide());
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

  it("lists each element's own parts exactly as custom-elements.json does", async () => {
    const table = sectionOf(await guide(), "### Each element's own parts");
    const rows = [...table.matchAll(/^\| `<([a-z-]+)>` \| ([^|]+) \|/gm)];
    expect(rows.length, 'rows in the table').to.be.greaterThan(5);
    const listed = new Map(rows.map(([, tag, cell]) => [tag!, partsIn(cell!).sort()]));
    for (const element of await elements()) {
      const own = (element.cssParts ?? []).filter((part) => !part.inheritedFrom).map((part) => part.name);
      expect(listed.get(element.tagName!) ?? [], `<${element.tagName}>'s own parts`).to.deep.equal(
        own.sort(),
      );
    }
  });

  it('names the sections and only parts they inherit, where it lists what every section has', async () => {
    const shared = sectionOf(await guide(), '### The parts every section has');
    const named = partsIn(
      shared
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .join('\n'),
    );
    expect(named.length, 'parts in the table').to.be.greaterThan(10);
    const sections = (await elements()).filter((element) =>
      (element.cssParts ?? []).some((part) => part.name === 'section' && part.inheritedFrom),
    );
    const intro = shared.slice(0, shared.indexOf('\n|'));
    const namedSections = [...intro.matchAll(/`<([a-z-]+)>`/g)].map(([, tag]) => tag!);
    expect(
      sections.map((section) => section.tagName!).sort(),
      'the sections the guide names are those that inherit the shared parts',
    ).to.deep.equal(namedSections.sort());
    for (const section of sections) {
      const inherited = (section.cssParts ?? [])
        .filter((part) => part.inheritedFrom)
        .map((part) => part.name);
      expect(
        named.filter((name) => !inherited.includes(name)),
        `<${section.tagName}>`,
      ).to.deep.equal([]);
    }
  });

  it('is right that the password form in the light DOM has no parts, open for a change or a reset', async () => {
    const harness = await mount(PasswordSettingsHarness, new MemoryAdapter());
    await harness.openChange();
    expect(harness.form, 'the change form').to.exist;
    expect(harness.element.querySelectorAll('[part]').length, 'parts in the change form').to.equal(0);
    await harness.startReset(en.password.forgot);
    expect(harness.element.querySelectorAll('[part]').length, 'parts in the reset form').to.equal(0);
  });
});
