/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide, what 1280 px at 400% zoom gives, the whole settings page
 * reads without scrolling sideways, ready and in every state a person opens: the forms, the code
 * step, the dialogs, the narrow navigation, the gear menu. Nothing is drawn past the viewport's edge
 * and no card or page scrolls sideways.
 */
import { expect } from '@open-wc/testing';
import { backend } from '../support/recording-adapter.js';
import { en } from '../../src/i18n/index.js';
import type { AccountSettingsHarness } from '../harness/account-settings.js';
import { ApiKeyHarness } from '../harness/api-key.js';
import { DeleteAccountHarness } from '../harness/delete-account.js';
import { until } from '../harness/element-harness.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { PasswordSettingsHarness } from '../harness/password-settings.js';
import { PersonalPhoneHarness } from '../harness/personal-phone.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';
import { setViewport } from '../support/browser.js';
import { deepElements, describeElement } from '../support/deep.js';
import { mountSettingsPage, type SettingsPage } from '../support/settings-page.js';

const NARROW = { width: 320, height: 640 };
/** The test page's size before (the launcher's default). */
const DEFAULT = { width: 800, height: 600 };

async function page(): Promise<SettingsPage> {
  const page = await mountSettingsPage(backend());
  await page.menu.ready(SettingsMenuHarness.readySelector);
  return page;
}

/**
 * What would make a person scroll sideways: the page or a card wider than its box, or anything
 * drawn past the viewport's edges. Elements not rendered (no box) are skipped.
 */
function overflow(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    found.push(`the page scrolls: ${document.documentElement.scrollWidth} > ${width}`);
  }
  for (const entry of deepElements(document.body)) {
    const element = entry[1];
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < -1 || box.right > width + 1) {
      found.push(`${describeElement(entry)} is drawn at ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
    const scrolls = getComputedStyle(element).overflowX;
    if ((scrolls === 'auto' || scrolls === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${describeElement(entry)} scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
    }
  }
  return found;
}

function section<T extends HTMLElement>(settings: AccountSettingsHarness, id: string): T {
  return settings.section(id) as T;
}

describe('at 320 px wide (reflow)', () => {
  before(() => setViewport(NARROW));
  after(() => setViewport(DEFAULT));
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo({ top: 0, behavior: 'instant' });
  });

  it('the ready page: every card, the page and its navigation', async () => {
    const { settings } = await page();
    expect(innerWidth).to.equal(NARROW.width);
    expect(overflow()).to.deep.equal([]);
    settings.find<HTMLButtonElement>('#nav-toggle').click();
    await until(() => settings.maybe('.nav-list[data-open]'), 'the narrow navigation did not open');
    expect(overflow()).to.deep.equal([]);
  });

  it('the open forms: name and username, cell number and its code step, password, email', async () => {
    const { settings } = await page();
    const phone = new PersonalPhoneHarness(section<PersonalPhoneHarness['element']>(settings, 'cell'));
    await phone.openChange();
    expect(overflow(), 'the new number').to.deep.equal([]);
    await phone.typeNumber('+1 415 555 0199');
    await phone.click(en.phone.sendCode);
    await phone.waitForCodeStep();
    expect(overflow(), 'the code step').to.deep.equal([]);

    const password = new PasswordSettingsHarness(
      section<PasswordSettingsHarness['element']>(settings, 'password'),
    );
    await password.openChange();
    expect(overflow(), 'the password change').to.deep.equal([]);

    const email = new EmailSettingsHarness(section<EmailSettingsHarness['element']>(settings, 'email'));
    await email.openChange();
    expect(overflow(), 'the email change').to.deep.equal([]);
  });

  it('the dialogs: delete the account, regenerate the key', async () => {
    const { settings } = await page();
    const deletion = new DeleteAccountHarness(section<DeleteAccountHarness['element']>(settings, 'delete'));
    await deletion.open();
    await deletion.animationsDone();
    expect(overflow(), 'the delete dialog').to.deep.equal([]);
    await deletion.click(en.common.cancel);

    const key = new ApiKeyHarness(section<ApiKeyHarness['element']>(settings, 'api-key'));
    await key.openRegenerate();
    await key.animationsDone();
    expect(overflow(), 'the regenerate dialog').to.deep.equal([]);
  });

  it('the gear menu, open', async () => {
    const { menu } = await page();
    await menu.open();
    expect(overflow()).to.deep.equal([]);
  });
});
