import { expect } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { isAccountError } from '../../src/api/index.js';
import { en } from '../../src/i18n/index.js';
import { until } from '../harness/element-harness.js';
import { appCode, TwoStepSettingsHarness } from '../harness/two-step-settings.js';
import { realTime, SECOND, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { captureDownloads, stubClipboard } from '../support/page.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';

/** Turns the app on through the card, as a person does, and answers the codes it showed. */
async function turnOn(harness: TwoStepSettingsHarness, clock: TestClock): Promise<string[]> {
  await harness.startSetup();
  await harness.waitForSetup();
  await harness.confirmCode(appCode(harness.key, clock.now()));
  return harness.waitForBackupCodes();
}

/** Whether the backend takes `code` as a backup code now (which uses it up). */
async function takesBackupCode(adapter: RecordingAdapter, code: string): Promise<boolean> {
  try {
    await adapter.completeReverification({ method: 'backup_code', code, operation: 'disableTotp' });
    return true;
  } catch (error) {
    if (isAccountError(error, 'verification_failed')) return false;
    throw error;
  }
}

describe('<two-step-settings>: backup codes', () => {
  let clock: TestClock;
  let clipboard: ReturnType<typeof stubClipboard> | undefined;
  let downloads: ReturnType<typeof captureDownloads> | undefined;

  beforeEach(() => {
    clock = new TestClock().onPage();
  });

  afterEach(() => {
    realTime();
    clipboard?.restore();
    downloads?.restore();
    clipboard = downloads = undefined;
  });

  it('shows ten codes once after turning on, with the warning; gone for good once saved', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    const codes = await turnOn(harness, clock);
    expect(codes).to.have.length(10);
    for (const code of codes) expect(code).to.match(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(new Set(codes).size, 'all different').to.equal(10);
    expect(harness.backupCodesNote).to.contain(en.twoStep.shownOnce);
    expect(harness.focusedId, 'focus on the codes').to.equal('backup-codes-heading');

    await harness.codesSaved();
    expect(harness.backupCodes).to.deep.equal([]);
    expect(harness.root.textContent).not.to.contain(codes[0]);
    expect(harness.remaining).to.equal(en.twoStep.remaining(10));
    expect(harness.focusedId).to.equal('two-step-new-codes');
    expect(await takesBackupCode(adapter, codes[0]!), 'a code shown works').to.equal(true);
  });

  it('turning two-step off while they show takes them off the screen: they no longer work', async () => {
    const adapter = backend({ now: clock.now });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    const codes = await turnOn(harness, clock);
    await harness.openTurnOff();
    await harness.confirmTurnOff();
    await until(() => harness.state === 'off', 'it did not turn off');
    expect(harness.backupCodes).to.deep.equal([]);
    expect(await takesBackupCode(adapter, codes[0]!)).to.equal(false);
  });

  it('copies the codes, one a line, and says so', async () => {
    clipboard = stubClipboard();
    const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }));
    const codes = await turnOn(harness, clock);
    await harness.copyCodes();
    await harness.announced(en.twoStep.codesCopied);
    expect(clipboard.written).to.deep.equal([codes.join('\n')]);
  });

  it('says when the clipboard refuses, leaving the codes on screen', async () => {
    clipboard = stubClipboard(true);
    const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }));
    const codes = await turnOn(harness, clock);
    await harness.copyCodes();
    await harness.alerted(en.twoStep.copyFailed);
    expect(harness.backupCodes).to.deep.equal(codes);
  });

  it('downloads the codes as a text file: what they are, when made, one code a line', async () => {
    downloads = captureDownloads();
    const harness = await mount(TwoStepSettingsHarness, backend({ now: clock.now }));
    const codes = await turnOn(harness, clock);
    await harness.downloadCodes();
    const [file, ...more] = await downloads.files();
    expect(more).to.deep.equal([]);
    expect(file!.name).to.equal(en.twoStep.fileName);
    expect(file!.type).to.contain('text/plain');
    const lines = file!.text.split('\r\n');
    expect(lines[0]).to.match(/^Backup codes for two-step verification, made /);
    expect(lines[1]).to.equal(en.twoStep.fileNote);
    expect(lines.slice(3, 13)).to.deep.equal(codes);
    expect(lines[13], 'ends with a line break').to.equal('');
    expect(harness.root.querySelector('a[download]'), 'no link left behind').to.equal(null);
  });

  it('makes new codes after the identity check: shown once, the old ones refused, the count back to ten', async () => {
    const adapter = backend({ now: clock.now, reverify: ['regenerateBackupCodes'] });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    const first = await turnOn(harness, clock);
    await harness.codesSaved();
    expect(harness.remaining).to.equal(en.twoStep.remaining(10));
    expect(await takesBackupCode(adapter, first[0]!)).to.equal(true);

    await harness.newBackupCodes();
    await harness.proveIdentity(DEMO_PASSWORD);
    const second = await harness.waitForBackupCodes();
    expect(second).to.have.length(10);
    expect(
      second.some((code) => first.includes(code)),
      'all new',
    ).to.equal(false);
    expect(harness.backupCodesNote).to.contain(en.twoStep.oldCodesGone);
    expect(harness.status).to.equal(en.twoStep.codesMade);
    expect(await takesBackupCode(adapter, first[1]!), 'an old code').to.equal(false);
    await harness.codesSaved();
    expect(harness.remaining).to.equal(en.twoStep.remaining(10));

    // And again: a token buys one operation, so the check is asked each time.
    const checks = adapter.count('completeReverification');
    await harness.newBackupCodes();
    await harness.waitForIdentityCheck();
    await harness.proveIdentity(DEMO_PASSWORD);
    await harness.waitForBackupCodes();
    expect(adapter.count('completeReverification')).to.equal(checks + 1);
  });

  it('takes a backup code as the identity check, once', async () => {
    const adapter = backend({ now: clock.now, reverify: ['regenerateBackupCodes', 'disableTotp'] });
    const harness = await mount(TwoStepSettingsHarness, adapter);
    const codes = await turnOn(harness, clock);
    await harness.codesSaved();

    await harness.newBackupCodes();
    // Typed as a person copies it from paper: capitals, no dash.
    await harness.confirmIdentityWithCode('backup_code', codes[0]!.replace('-', '').toUpperCase());
    await until(() => !harness.identityCheck?.open, 'the backup code was not taken');
    await harness.waitForBackupCodes();
    await harness.codesSaved();

    clock.advance(SECOND);
    await harness.openTurnOff();
    await harness.confirmTurnOff();
    await harness.confirmIdentityWithCode('backup_code', codes[1]!);
    await until(() => harness.identityProblem !== '', 'an old code was taken');
    expect(harness.identityProblem).to.equal(en.reverify.wrongBackupCode);
    expect(harness.find<HTMLInputElement>('#identity-check-backup-code').value).to.equal(codes[1]);
  });
});
