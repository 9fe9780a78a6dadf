/**
 * The script of `strict.html`, a page the test server sends with the Content-Security-Policy its URL
 * names (see `web-test-runner.config.mjs`). It takes every element through its main flow as a person
 * would, with every `securitypolicyviolation` recorded with the step it happened in, then checks that
 * the policy is really enforced, and posts the report to the test that opened it in a frame.
 *
 * The test runner's own page cannot be used: its runner and the assertion library are not written for
 * Trusted Types. This page loads nothing but the library, its test harnesses and this file.
 */
// First, so it listens before anything else loads, and reports even when the library fails to.
import { recorder } from './recorder.js';
import { DEMO_PASSWORD, MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/account-provider/account-provider.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import type { SettingsMenu } from '../../src/elements/settings-menu/settings-menu.component.js';
import { en } from '../../src/i18n/index.js';
import { AccountProfileHarness } from '../harness/account-profile.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { ApiKeyHarness } from '../harness/api-key.js';
import { DeleteAccountHarness } from '../harness/delete-account.js';
import { until } from '../harness/element-harness.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { PasswordSettingsHarness } from '../harness/password-settings.js';
import { PersonalPhoneHarness } from '../harness/personal-phone.js';
import { SettingsMenuHarness } from '../harness/settings-menu.js';
import { appCode, TwoStepSettingsHarness } from '../harness/two-step-settings.js';

const adapter = new MemoryAdapter({ reverify: [] });
const provider = document.createElement('account-provider');
provider.adapter = adapter;
const menu = document.createElement('settings-menu') as SettingsMenu;
const settings = document.createElement('account-settings') as AccountSettings;
// Not a section of the page yet: beside it, as a host puts it.
const twoStep = new TwoStepSettingsHarness(document.createElement('two-step-settings'));
provider.append(menu, settings, twoStep.element);
const page = new AccountSettingsHarness(settings);

const NEW_NUMBER = '+1 415 555 0199';
const NEW_PASSWORD = 'violet tractor 42 umbrella';

/** The flow, one named step after another; each waits for what a person would see next. */
const flow: [string, () => Promise<void>][] = [
  [
    'mount <account-settings>',
    async () => {
      document.body.append(provider);
      await settings.updateComplete;
      await until(() => page.sections().length > 0, 'no section was made');
      await page.allReady();
    },
  ],
  [
    'save the profile name',
    async () => {
      const profile = new AccountProfileHarness(page.section('profile') as AccountProfileHarness['element']);
      await profile.rename('Ada King');
      await until(() => profile.status === en.profile.saved, 'the profile was not saved');
    },
  ],
  [
    'change the cell number with the code',
    async () => {
      const phone = new PersonalPhoneHarness(page.section('cell') as PersonalPhoneHarness['element']);
      await phone.startChange(NEW_NUMBER);
      await phone.waitForCodeStep();
      const code = adapter.lastMessage('phone_change')?.secret ?? '';
      await phone.enterCode(code);
      await until(
        () => phone.status === en.phone.verified || phone.alert === en.phone.verified,
        'the number was not changed',
      );
    },
  ],
  [
    'change the password with the current one',
    async () => {
      const password = new PasswordSettingsHarness(
        page.section('password') as PasswordSettingsHarness['element'],
      );
      await password.openChange();
      await password.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
      await until(() => password.status === en.password.changed, 'the password was not changed');
    },
  ],
  [
    'toggle a notification',
    async () => {
      const email = new EmailSettingsHarness(page.section('email') as EmailSettingsHarness['element']);
      await email.notificationsReady();
      const before = email.isOn(en.email.voicemails);
      await email.toggle(en.email.voicemails);
      await until(
        () => !email.isBusy(en.email.voicemails) && email.isOn(en.email.voicemails) !== before,
        'the switch was not saved',
      );
    },
  ],
  [
    'reveal the API key',
    async () => {
      const key = new ApiKeyHarness(page.section('api-key') as ApiKeyHarness['element']);
      await key.reveal();
      await key.keyShown();
    },
  ],
  [
    'open and cancel the delete dialog',
    async () => {
      const deletion = new DeleteAccountHarness(page.section('delete') as DeleteAccountHarness['element']);
      await deletion.open();
      await deletion.click(en.common.cancel);
      await until(() => !deletion.dialog.open, 'the dialog did not close');
    },
  ],
  [
    'turn on the authenticator app: its QR code drawn, its first code',
    async () => {
      await twoStep.ready(TwoStepSettingsHarness.readySelector);
      await twoStep.startSetup();
      await twoStep.waitForSetup();
      await twoStep.qrDrawn();
      await twoStep.confirmCode(appCode(twoStep.key, Date.now()));
      await twoStep.waitForBackupCodes();
    },
  ],
  [
    'open the settings menu',
    async () => {
      const harness = new SettingsMenuHarness(menu);
      await harness.ready(SettingsMenuHarness.readySelector);
      await harness.open();
    },
  ],
];

/** Things the policy forbids, done on purpose: each must be refused, or the page was never strict. */
async function probe(): Promise<void> {
  recorder.step = 'probes';
  const styled = document.createElement('div');
  styled.setAttribute('style', 'inline-size: 10px');
  document.body.append(styled);
  try {
    // A string into a script sink: Trusted Types refuse it.
    document.createElement('script').text = 'void 0';
  } catch {
    // Refused, as it should be; the violation event says by what.
  }
  await until(() => recorder.probes().length >= 2, 'the probes were not refused', 2000).catch(() => {});
  styled.remove();
}

async function run(): Promise<void> {
  for (const [name, action] of flow) {
    recorder.step = name;
    try {
      await action();
      recorder.done.push(name);
    } catch (error) {
      recorder.fail(error);
      break;
    }
  }
  // Violation events are queued: let the last step's arrive before the probes start.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await probe();
  recorder.send();
}

void run();
