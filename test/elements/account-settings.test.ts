import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// An attribute left out altogether.
import { nothing as nothingAttr } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { AccountAdapter } from '../../src/api/index.js';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { de } from '../../src/i18n/de.js';
import { es } from '../../src/i18n/es.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { arrangement, sectionHeadingLevel } from '../../src/elements/account-settings/sections.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { cardHeading } from '../harness/element-harness.js';
import { clearHash } from '../support/page.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

const PRODUCT_ORDER = [
  'profile',
  'cell',
  'password',
  'plan',
  'email',
  'calls',
  'texts',
  'api-key',
  'passkeys',
  'two-step',
  'devices',
  'delete',
];

/** The reads the sections make, each of one resource. */
const READS = [
  'getAccount',
  'getPlan',
  'listPlans',
  'getNotificationSettings',
  'getVoiceSettings',
  'getMessageSettings',
  'getApiKey',
  'listPasskeys',
  'getTwoStep',
  'listSessions',
] as const;

/** How many times each read was made, those made at all: one per resource, however many sections. */
function reads(adapter: RecordingAdapter): Record<string, number> {
  return Object.fromEntries(
    READS.filter((method) => adapter.count(method) > 0).map((method) => [method, adapter.count(method)]),
  );
}

async function page(
  attributes: { sections?: string; hide?: string } = {},
  adapter: AccountAdapter = new MemoryAdapter({ reverify: [] }),
  children = html``,
): Promise<AccountSettingsHarness> {
  const root = await fixture<HTMLElement>(html`
    <account-provider .adapter=${adapter}>
      <account-settings sections=${attributes.sections ?? nothingAttr} hide=${attributes.hide ?? nothingAttr}>
        ${children}
      </account-settings>
    </account-provider>
  `);
  const el = root.querySelector<AccountSettings>('account-settings')!;
  await el.updateComplete;
  return new AccountSettingsHarness(el);
}

/** The page in a provider on a page `width` px wide, every section ready. */
async function pageAt(width: number): Promise<AccountSettingsHarness> {
  const root = await fixture<HTMLElement>(html`
    <div style="inline-size: ${width}px">
      <account-provider .adapter=${backend()}>
        <account-settings></account-settings>
      </account-provider>
    </div>
  `);
  const harness = new AccountSettingsHarness(root.querySelector<AccountSettings>('account-settings')!);
  await harness.allReady();
  return harness;
}

describe('<account-settings>', () => {
  afterEach(() => {
    clearHash();
    // A smooth scroll a test started would carry on into the next one.
    scrollTo({ top: 0, behavior: 'instant' });
  });

  it('shows every section in the product’s order, each with its navigation entry', async () => {
    const harness = await page();
    expect(harness.sectionIds).to.deep.equal(PRODUCT_ORDER);
    await harness.allReady();
    expect(harness.navLinks.map((link) => link.href)).to.deep.equal(PRODUCT_ORDER.map((id) => `#${id}`));
    expect(harness.navLinks.map((link) => link.label).slice(0, 3)).to.deep.equal([
      en.profile.heading,
      en.phone.heading,
      en.password.heading,
    ]);
    for (const section of harness.sections()) expect(section.getAttribute('heading-level')).to.equal('3');
  });

  it('lists the passkeys and the signed-in devices under Security in the navigation, after the API key, before deleting', async () => {
    const harness = await page();
    await harness.allReady();
    expect(harness.section('devices').localName).to.equal('signed-in-devices');
    expect(harness.section('passkeys').localName).to.equal('passkey-settings');
    expect(harness.navGroups).to.deep.equal([
      { label: en.settings.security, links: [en.passkeys.heading, en.twoStep.heading, en.devices.navLabel] },
    ]);
    const hrefs = harness.navLinks.map((link) => link.href);
    expect(hrefs.indexOf('#passkeys')).to.equal(hrefs.indexOf('#api-key') + 1);
    expect(hrefs.indexOf('#two-step')).to.equal(hrefs.indexOf('#passkeys') + 1);
    expect(hrefs.indexOf('#devices')).to.equal(hrefs.indexOf('#two-step') + 1);
    expect(hrefs.indexOf('#delete')).to.equal(hrefs.indexOf('#devices') + 1);
    await expectPartsDocumented(harness);
    await expect(harness.element).to.be.accessible();
  });

  it('keeps the Security group to the sections attribute’s order, and drops it with its last section', async () => {
    const reordered = await page({ sections: 'devices profile' });
    expect(reordered.sectionIds).to.deep.equal(['devices', 'profile']);
    await reordered.allReady();
    expect(reordered.navGroups.map((group) => group.links)).to.deep.equal([[en.devices.navLabel]]);
    const hidden = await page({ hide: 'passkeys two-step devices' });
    await hidden.allReady();
    expect(hidden.sectionIds).not.to.include('devices');
    expect(hidden.navGroups).to.deep.equal([]);
  });

  it('leaves the Security group out when the backend offers no passkeys, two-step verification or sessions', async () => {
    const unsupported = ['listSessions', 'listPasskeys', 'getTwoStep'] as const;
    const harness = await page({}, new MemoryAdapter({ reverify: [], unsupported }));
    await harness.allReady();
    await waitUntil(() => harness.section('devices').hidden, 'the devices section did not hide');
    await waitUntil(() => harness.navGroups.length === 0, 'the Security group stayed');
    expect(harness.navLinks.map((link) => link.href)).not.to.include('#devices');
  });

  it('opens at the signed-in devices when a deep link names them', async () => {
    history.replaceState(null, '', '#devices');
    const harness = await page();
    const heading = () => harness.section('devices').shadowRoot?.querySelector('h3');
    await waitUntil(() => heading() && deepActiveElement() === heading(), 'the deep link was not followed');
    await waitUntil(
      () => harness.navLinks.find((link) => link.href === '#devices')?.current,
      'not marked current',
    );
  });

  it('makes one request per resource for the whole page', async () => {
    const adapter = backend();
    const harness = await page({}, adapter);
    await harness.allReady();
    expect(reads(adapter)).to.deep.equal({
      getAccount: 1,
      getPlan: 1,
      getNotificationSettings: 1,
      getVoiceSettings: 1,
      getMessageSettings: 1,
      getApiKey: 1,
      listPasskeys: 1,
      getTwoStep: 1,
      listSessions: 1,
    });
  });

  it('gives its own adapter and locale to its sections, as a provider would', async () => {
    const adapter = backend();
    const el = await fixture<AccountSettings>(
      html`<account-settings
        .adapter=${adapter}
        locale="es"
        sections="profile cell plan"
      ></account-settings>`,
    );
    const harness = new AccountSettingsHarness(el);
    await harness.allReady();
    expect(reads(adapter)).to.deep.equal({ getAccount: 1, getPlan: 1 });
    const heading = (id: string) => cardHeading(harness.section(id))?.textContent?.trim();
    // Spanish loads on first use: English until it is in.
    await waitUntil(() => heading('profile') === es.profile.heading, 'the profile is not in Spanish');
    expect(heading('cell')).to.equal(es.phone.heading);
    expect(harness.section('profile').getAttribute('lang')).to.equal('es');

    // A change of the page's locale reaches them too; its own locale on a section still wins.
    harness.section('plan').setAttribute('locale', 'en');
    el.locale = 'de';
    await waitUntil(() => heading('profile') === de.profile.heading, 'the profile did not follow to German');
    expect(heading('plan')).to.equal(en.plan.heading);
  });

  it('leaves out and reorders sections by attribute, and follows changes', async () => {
    const harness = await page({ sections: 'plan profile api-key', hide: 'api-key' });
    expect(harness.sectionIds).to.deep.equal(['plan', 'profile']);
    harness.element.hide = undefined;
    harness.element.sections = 'api-key plan';
    await harness.element.updateComplete;
    expect(harness.sectionIds).to.deep.equal(['api-key', 'plan']);
    await waitUntil(() => harness.navLinks.length === 2);
    expect(harness.navLinks.map((link) => link.href)).to.deep.equal(['#api-key', '#plan']);
  });

  it('takes the host’s own sections, placed by the sections attribute, in the navigation too', async () => {
    const harness = await page(
      { sections: 'profile team plan' },
      undefined,
      html`<section data-section="team" data-label="Team">
        <h3>Team</h3>
        <p>Host content</p>
      </section>`,
    );
    expect(harness.sectionIds).to.deep.equal(['profile', 'team', 'plan']);
    await waitUntil(() => harness.navLinks.some((link) => link.label === 'Team'));
    expect(harness.navLinks.map((link) => link.label)).to.deep.equal([
      en.profile.heading,
      'Team',
      en.plan.heading,
    ]);
  });

  it('leaves out sections the backend does not offer, navigation included', async () => {
    const adapter = new MemoryAdapter({
      reverify: [],
      unsupported: ['getVoiceSettings', 'getMessageSettings'],
    } satisfies MemoryAdapterOptions);
    const harness = await page({}, adapter);
    await harness.allReady();
    await waitUntil(() => !harness.navLinks.some((link) => link.href === '#calls'), 'calls still offered');
    expect(harness.section('calls').hidden).to.equal(true);
    expect(harness.section('texts').hidden).to.equal(true);
    expect(harness.navLinks.map((link) => link.href)).to.not.include('#texts');
  });

  it('goes to a section when chosen: scrolled to, its heading focused, the address’s hash set', async () => {
    const harness = await page();
    await harness.allReady();
    harness.link(en.apiKey.heading).click();
    const heading = () => cardHeading(harness.section('api-key'));
    await waitUntil(() => deepActiveElement() === heading(), 'focus is not on the heading');
    expect(location.hash).to.equal('#api-key');
    await waitUntil(
      () => harness.navLinks.find((link) => link.href === '#api-key')?.current,
      'not marked current',
    );
  });

  it('opens at the section a deep link names', async () => {
    history.replaceState(null, '', '#plan');
    const harness = await page();
    const heading = () => cardHeading(harness.section('plan'));
    await waitUntil(() => heading() && deepActiveElement() === heading(), 'the deep link was not followed');
  });

  it('marks the section in view as the page scrolls', async () => {
    const harness = await page();
    await harness.allReady();
    harness.section('email').scrollIntoView({ block: 'start' });
    await waitUntil(
      () => harness.navLinks.find((link) => link.current)?.href === '#email',
      'the section in view is not marked',
      { timeout: 3000 },
    );
    scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(
      () => harness.navLinks.find((link) => link.current)?.href === '#delete',
      'the last section is not marked at the foot of the page',
      { timeout: 3000 },
    );
  });

  it('works from the keyboard: a link, Enter, and focus is on the section', async () => {
    const harness = await pageAt(1100);
    expect(getComputedStyle(harness.find('#nav-toggle')).display, 'wide: no menu button').to.equal('none');
    harness.link(en.email.heading).focus();
    expect(deepActiveElement() === harness.link(en.email.heading), 'the link takes focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const heading = () => cardHeading(harness.section('email'));
    await waitUntil(() => deepActiveElement() === heading(), 'Enter did not move focus to the section');
  });

  it('is a menu on a narrow page, closed until asked', async () => {
    const harness = await pageAt(360);
    const toggle = harness.find<HTMLButtonElement>('#nav-toggle');
    const list = harness.find('#nav-list');
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle(list).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await harness.element.updateComplete;
    expect(getComputedStyle(list).display).to.not.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    harness.link(en.plan.heading).click();
    await waitUntil(() => getComputedStyle(list).display === 'none', 'the menu stayed open');
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(innerWidth + 1);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible as a whole page, ${theme}`, async () => {
      const root = await fixture<HTMLElement>(html`
        <account-provider .adapter=${new MemoryAdapter({ reverify: [] })} theme=${theme}>
          <account-settings></account-settings>
        </account-provider>
      `);
      const harness = new AccountSettingsHarness(root.querySelector<AccountSettings>('account-settings')!);
      await harness.allReady();
      await expect(root).to.be.accessible();
      await expectPartsDocumented(harness);
    });
  }
});

describe('<account-settings> on a server-rendered page', () => {
  /** The page's markup as a server sends it, its sections rendered by the host (as the React wrapper does). */
  function serverMarkup(sections?: string, hide?: string): string {
    const { made, order } = arrangement(sections, hide, []);
    const level = sectionHeadingLevel(2);
    const attributes = [sections && `sections="${sections}"`, hide && `hide="${hide}"`, 'heading-level="2"']
      .filter(Boolean)
      .join(' ');
    const children = order
      .map((id) => made.find((section) => section.id === id)!)
      .map(({ id, tag }) => `<${tag} data-section="${id}" heading-level="${level}"></${tag}>`)
      .join('');
    return `<account-settings ${attributes}>${children}</account-settings>`;
  }

  for (const [sections, hide] of [
    [undefined, undefined],
    ['plan profile password', 'plan'],
  ] as const) {
    it(`changes nothing the server sent as it upgrades and loads (sections ${sections ?? 'all'})`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      try {
        const adapter = new MemoryAdapter({ reverify: [] });
        // Parsed as a server's HTML is, then upgraded: the tags are defined already.
        const template = document.createElement('template');
        template.innerHTML = serverMarkup(sections, hide);
        const page = template.content.firstElementChild as AccountSettings;
        observer.observe(page, { childList: true, subtree: true, attributes: true });
        page.adapter = adapter;
        host.append(page);
        const harness = new AccountSettingsHarness(page);
        await harness.allShowData();
        // What the elements change on themselves once loaded (a section the backend does not offer
        // hides; a foreign language is marked) is theirs; no child is added, moved or removed.
        const foreign = changes.filter(
          (record) =>
            record.type === 'childList' ||
            (record.type === 'attributes' && !['hidden', 'lang', 'dir'].includes(record.attributeName!)),
        );
        expect(
          foreign.map(
            (record) =>
              `${record.type} ${record.attributeName ?? ''} on <${(record.target as Element).localName}>`,
          ),
        ).to.deep.equal([]);
      } finally {
        observer.disconnect();
        host.remove();
      }
    });
  }
});
