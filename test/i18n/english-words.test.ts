/**
 * English comes with the code, and each element brings its own words: a page that shows one
 * element has the words every element uses (buttons, errors, the identity check, codes) and that
 * element's, and not another section's; the settings page has its first view's words and every
 * section's name, and a section's other words come with its code. Each element is loaded alone, from
 * its own entry, in a fresh frame (`pages/one-element.html`), and must show its ready view in
 * English with every word it reads there.
 */
import { expect } from '@open-wc/testing';
import { en, type Catalog } from '../../src/i18n/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { ApiKeyHarness } from '../harness/api-key.js';
import { DeleteAccountHarness } from '../harness/delete-account.js';
import { ElementHarness } from '../harness/element-harness.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { MessageSettingsHarness } from '../harness/message-settings.js';
import { PasskeySettingsHarness } from '../harness/passkey-settings.js';
import { PasswordSettingsHarness } from '../harness/password-settings.js';
import { PersonalPhoneHarness } from '../harness/personal-phone.js';
import { PhoneSettingsHarness } from '../harness/phone-settings.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';
import { SignedInDevicesHarness } from '../harness/signed-in-devices.js';
import { TwoStepSettingsHarness } from '../harness/two-step-settings.js';
import { frameDocument, inFrame, openInFrame } from '../support/frame.js';

type Group = keyof Catalog;
type Mounted = HTMLElement & { updateComplete: Promise<unknown> };

/** The words every element uses: on any page that shows one. */
const SHARED: Group[] = ['common', 'errors', 'fields', 'reverify', 'verification'];

interface Alone {
  tag: string;
  ready: string;
  /** The groups the element brings, its own first. */
  brings: Group[];
}

const ALONE: Alone[] = [
  { tag: 'account-profile', ready: AccountProfileHarness.readySelector, brings: ['profile'] },
  { tag: 'personal-phone', ready: PersonalPhoneHarness.readySelector, brings: ['phone'] },
  { tag: 'password-settings', ready: PasswordSettingsHarness.readySelector, brings: ['password'] },
  { tag: 'email-settings', ready: EmailSettingsHarness.readySelector, brings: ['email'] },
  { tag: 'plan-usage', ready: PlanUsageHarness.readySelector, brings: ['plan'] },
  { tag: 'phone-settings', ready: PhoneSettingsHarness.readySelector, brings: ['voice', 'settingsSection'] },
  {
    tag: 'message-settings',
    ready: MessageSettingsHarness.readySelector,
    brings: ['messages', 'settingsSection'],
  },
  { tag: 'api-key', ready: ApiKeyHarness.readySelector, brings: ['apiKey'] },
  { tag: 'passkey-settings', ready: PasskeySettingsHarness.readySelector, brings: ['passkeys'] },
  { tag: 'two-step-settings', ready: TwoStepSettingsHarness.readySelector, brings: ['twoStep'] },
  { tag: 'signed-in-devices', ready: SignedInDevicesHarness.readySelector, brings: ['devices'] },
  { tag: 'delete-account', ready: DeleteAccountHarness.readySelector, brings: ['deleteAccount'] },
  // The menu shows the person as the profile does.
  { tag: 'settings-menu', ready: SettingsMenuHarness.readySelector, brings: ['menu', 'profile'] },
];

/** The settings page's sections that load after its first view. */
const LATE = [
  'plan',
  'email',
  'voice',
  'messages',
  'apiKey',
  'passkeys',
  'twoStep',
  'devices',
  'deleteAccount',
] as const satisfies Group[];

/** The English the frame's page has now. */
function englishOf(frame: HTMLIFrameElement): Catalog {
  return (frameDocument(frame).defaultView as unknown as { english: Catalog }).english;
}

function expectWhole(english: Catalog, group: Group): void {
  expect(Object.keys(english[group]).sort(), `every word of ${group}`).to.deep.equal(
    Object.keys(en[group]).sort(),
  );
}

/** Everything the element shows as text: its shadow root's and its light DOM's. */
function shownText(element: Element): string {
  return `${element.shadowRoot?.textContent ?? ''} ${element.textContent ?? ''}`.replace(/\s+/g, ' ');
}

describe('English, brought by each element', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const alone of ALONE) {
    it(`<${alone.tag}>, alone on a page, has its words and no other section's`, async () => {
      frame = await openInFrame(`/test/i18n/pages/one-element.html?tag=${alone.tag}`);
      const element = await inFrame<Mounted>(frame, `${alone.tag}:defined`);
      await new ElementHarness(element).ready(alone.ready);

      const english = englishOf(frame);
      expect(Object.keys(english).sort(), 'the groups of English on the page').to.deep.equal(
        [...SHARED, ...alone.brings].sort(),
      );
      for (const group of [...SHARED, ...alone.brings]) expectWhole(english, group);
      const shown = shownText(element);
      expect(shown, 'no word missing').to.not.match(/undefined|\[object /);
      const own = en[alone.brings[0]!] as { heading?: string };
      if (own.heading) expect(shown, 'its heading').to.include(own.heading);
    });
  }

  it("the settings page has its first view's words and every section's name; a late section's words come with it", async () => {
    frame = await openInFrame('/test/i18n/pages/one-element.html?tag=account-settings&never-idle');
    const element = await inFrame<Mounted>(frame, 'account-settings:defined');
    await new ElementHarness(element).ready('nav a[href="#delete"]');

    const english = englishOf(frame);
    for (const group of [...SHARED, 'settings', 'profile', 'phone', 'password'] as const) {
      expectWhole(english, group);
    }
    // The last section is far below the first view: only its name is here, in the navigation.
    expect(Object.keys(english.deleteAccount), 'the last section, not fetched').to.deep.equal(['heading']);
    const shown = shownText(element);
    expect(shown, 'no word missing').to.not.match(/undefined|\[object /);
    for (const group of LATE) expect(english[group].heading, `${group}'s name`).to.equal(en[group].heading);
    expect(shown).to.include(en.devices.navLabel);

    const section = frameDocument(frame).querySelector<HTMLElement>('delete-account')!;
    section.scrollIntoView({ block: 'start' });
    await new ElementHarness(await inFrame<Mounted>(frame, 'delete-account:defined')).ready(
      DeleteAccountHarness.readySelector,
    );
    expectWhole(englishOf(frame), 'deleteAccount');
  });
});
