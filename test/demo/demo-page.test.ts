/**
 * The demo page (`npm start`), opened fresh as a person opens it: the whole settings page on a
 * `RestAdapter`, its requests answered by MSW's service worker from a `MemoryAdapter` kept in
 * `localStorage`, the outbox beside it.
 */
import { expect } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { text, until } from '../harness/element-harness.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { PasskeySettingsHarness } from '../harness/passkey-settings.js';
import { SignedInDevicesHarness } from '../harness/signed-in-devices.js';
import { appCode, TwoStepSettingsHarness } from '../harness/two-step-settings.js';
import { itWithDevtools } from '../support/browser.js';
import { expectArrivedAt } from '../support/deep-link.js';
import {
  addVirtualAuthenticator,
  recordRequests,
  removeVirtualAuthenticator,
  settledRequests,
  SETTINGS_PAGE_READS,
} from '../support/devtools.js';
import { frameDocument, inFrame, openInFrame } from '../support/frame.js';

const DEMO = '/demo/index.html';
/** Wide enough for the demo's side panels and the page's two columns between them. */
const DEMO_SIZE = { width: 1400, height: 800 };

/** The demo in a frame, ready: every section shows its data. */
async function openDemo(hash = ''): Promise<{ frame: HTMLIFrameElement; page: AccountSettingsHarness }> {
  const frame = await openInFrame(`${DEMO}${hash}`, DEMO_SIZE);
  const page = new AccountSettingsHarness(await inFrame<AccountSettings>(frame, 'account-settings'));
  await page.allShowData();
  return { frame, page };
}

function emailCard(page: AccountSettingsHarness): EmailSettingsHarness {
  return new EmailSettingsHarness(page.section('email') as EmailSettingsHarness['element']);
}

/** The outbox's "Follow link" on the newest email link: what the person's mail client would open. */
async function followNewestLink(frame: HTMLIFrameElement): Promise<void> {
  const followButton = () =>
    [...frameDocument(frame).querySelectorAll<HTMLButtonElement>('#outbox button')].find(
      (candidate) => text(candidate) === 'Follow link',
    );
  await until(followButton, 'the outbox has no link to follow');
  followButton()!.click();
}

describe('the demo page, opened fresh', function () {
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];

  // Each test starts on the demo's seeded data and default choices, as a first visit does.
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  it('asks for each resource once at load, none aborted', async () => {
    await recordRequests();
    const { frame } = await openDemo();
    frames.push(frame);
    const requests = await settledRequests(frame);
    expect(requests.map(({ method, url }) => `${method} ${new URL(url).pathname}`).sort()).to.deep.equal(
      SETTINGS_PAGE_READS,
    );
    expect(requests.filter((request) => request.outcome !== 'answered')).to.deep.equal([]);
  });

  it('shows a sign-in on another device, which can then be signed out on the page', async () => {
    const { frame, page } = await openDemo();
    frames.push(frame);
    const devices = new SignedInDevicesHarness(page.section('devices') as SignedInDevicesHarness['element']);
    const before = devices.rows.map((row) => row.id);
    frameDocument(frame).querySelector<HTMLButtonElement>('#sign-in-elsewhere')!.click();
    await until(() => devices.rows.length === before.length + 1, 'the new device did not show');
    const added = devices.rows.find((row) => !before.includes(row.id))!;
    expect(added.name).to.equal('Phone, Android 16');
    await devices.openSignOut(added.id);
    await devices.confirm();
    // The demo's backend asks who it is first.
    await devices.confirmIdentity(DEMO_PASSWORD);
    await devices.rowGone(added.id);
    await devices.announced(en.devices.signedOut('Phone, Android 16'));
  });

  itWithDevtools(
    'adds a passkey made by this browser (a virtual authenticator), after the identity check',
    async () => {
      const held = await addVirtualAuthenticator();
      try {
        const { frame, page } = await openDemo('#passkeys');
        frames.push(frame);
        const passkeys = new PasskeySettingsHarness(
          page.section('passkeys') as PasskeySettingsHarness['element'],
        );
        const before = passkeys.names;
        await passkeys.add();
        await passkeys.confirmIdentity(DEMO_PASSWORD);
        await until(
          () => passkeys.rows.length === before.length + 1,
          'the new passkey was not listed',
          15_000,
        );
        const made = passkeys.names.find((name) => !before.includes(name))!;
        await passkeys.announced(en.passkeys.added(made));
        // The authenticator holds one more passkey, for the demo's own host.
        const now = await addVirtualAuthenticator();
        expect(now.length).to.equal(held.length + 1);
        expect(now.at(-1)!.rpId).to.equal(location.hostname);
      } finally {
        await removeVirtualAuthenticator();
      }
    },
  );

  it('turns two-step verification on with a code from the QR code’s key, then shows the backup codes', async () => {
    const { frame, page } = await openDemo('#two-step');
    frames.push(frame);
    const twoStep = new TwoStepSettingsHarness(page.section('two-step') as TwoStepSettingsHarness['element']);
    await twoStep.startSetup();
    await twoStep.proveIdentity(DEMO_PASSWORD);
    await twoStep.waitForSetup();
    await twoStep.qrDrawn();
    // What a phone's authenticator app would show for the key the QR code holds, now.
    await twoStep.confirmCode(appCode(twoStep.key, Date.now()));
    const codes = await twoStep.waitForBackupCodes();
    expect(codes).to.have.length(10);
    expect(twoStep.hasButton(en.twoStep.download)).to.equal(true);
    await until(() => twoStep.state === 'on', 'two-step verification is not said to be on');
  });

  it('lands on the section a deep link names (#api-key)', async () => {
    const frame = await openInFrame(`${DEMO}#api-key`, DEMO_SIZE);
    frames.push(frame);
    await expectArrivedAt(frame, 'api-key');
  });

  it('the email card takes the new address once the link is followed from the outbox, here', async () => {
    const { frame, page } = await openDemo();
    frames.push(frame);
    const email = emailCard(page);
    const before = email.currentEmail;
    await email.requestChange('ada.new@example.com');
    await email.confirmIdentity(DEMO_PASSWORD);
    const pending = await email.waitForPending();
    expect(text(pending)).to.contain(before);

    await followNewestLink(frame);
    await until(() => email.pending === null, 'the card still says the change waits for its link', 10_000);
    expect(email.currentEmail).to.equal('ada.new@example.com');
    expect(email.hasButton('Change email')).to.equal(true);
  });

  it('the email card takes the new address once the link is followed in another tab', async function () {
    // While the first tab runs the mock, MSW's worker hands each request of the second tab's loading
    // (every module of the page, in this unbundled test build) to the first tab to answer: in
    // WebKit that took 15-40 s on this machine, so this test gets more time than the others.
    this.timeout(150_000);
    const { frame: first, page } = await openDemo();
    frames.push(first);
    const email = emailCard(page);
    await email.requestChange('ada.new@example.com');
    await email.confirmIdentity(DEMO_PASSWORD);
    await email.waitForPending();

    // A second tab of the demo, on the same saved backend: the link is followed there.
    const { frame: second } = await openDemo();
    frames.push(second);
    await followNewestLink(second);
    await until(
      () => frameDocument(second).querySelector('#outbox .success-text') !== null,
      'the other tab did not confirm the address',
      10_000,
    );

    // The person comes back to the first tab.
    frameDocument(first).dispatchEvent(new Event('visibilitychange'));
    await until(() => email.pending === null, 'the card still says the change waits for its link', 10_000);
    expect(email.currentEmail).to.equal('ada.new@example.com');
  });
});
