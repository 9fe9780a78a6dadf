import { expect, oneEvent } from '@open-wc/testing';
import { DEMO_PASSWORD, MemoryAdapter } from '../../src/adapters/memory/index.js';
import { AccountSessionRevokedEvent } from '../../src/events/index.js';
import { ar } from '../../src/i18n/ar.js';
import { es } from '../../src/i18n/es.js';
import { en } from '../../src/i18n/index.js';
import { SignedInDevicesHarness } from '../harness/signed-in-devices.js';
import { until } from '../harness/element-harness.js';
import { MINUTE, realTime, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { goOffline } from '../support/network.js';
import { backend } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

/** The seeded admin's other devices, as the backend lists them. */
async function othersOf(adapter: MemoryAdapter) {
  return (await adapter.listSessions()).filter((session) => !session.current);
}

describe('<signed-in-devices>', () => {
  it('lists this device first, marked and not to be signed out here, then the others, newest first', async () => {
    const adapter = backend();
    // A device that was active more recently than the seeded ones, added last, must still come first.
    adapter.signInElsewhere({
      device: { kind: 'tablet', os: 'iPadOS 18', browser: null },
      place: { city: null, country: 'JP' },
    });
    const harness = await mount(SignedInDevicesHarness, adapter);
    const rows = harness.rows;
    expect(rows.map((row) => row.current)).to.deep.equal([true, false, false, false]);
    expect(rows[0]!.name).to.equal(`Computer, macOS 15 ${en.devices.thisDevice}`);
    expect(rows[0]!.details).to.equal('Chrome 142 · San Francisco, United States · Active now');
    expect(rows[0]!.canSignOut).to.equal(false);
    expect(rows.slice(1).map((row) => row.name)).to.deep.equal([
      'Tablet, iPadOS 18',
      'Phone, iOS 18',
      'Computer, Windows 11',
    ]);
    expect(rows[1]!.details).to.equal(`${en.devices.unknownBrowser} · Japan · ${en.devices.activeNow}`);
    expect(rows[2]!.details).to.equal('Safari 18 · Lisbon, Portugal · Last active 2 hours ago');
    expect(rows[3]!.details).to.equal('Firefox 145 · Berlin, Germany · Last active 6 days ago');
    expect(rows.slice(1).every((row) => row.canSignOut)).to.equal(true);
    expect(harness.hasSignOutOthers).to.equal(true);
    expect(harness.emptyNote).to.equal('');
    await expectPartsDocumented(harness);
  });

  it('keeps “last active” current on a page left open: the times move on as the person comes back to it', async () => {
    const clock = new TestClock().onPage();
    try {
      const harness = await mount(SignedInDevicesHarness, backend({ now: clock.now }));
      expect(harness.rows[1]!.details).to.equal('Safari 18 · Lisbon, Portugal · Last active 2 hours ago');
      // Three hours in a tab out of sight, whose timers the browser slowed; then the person is back.
      clock.advance(3 * 60 * MINUTE);
      document.dispatchEvent(new Event('visibilitychange'));
      await harness.element.updateComplete;
      expect(harness.rows[1]!.details).to.equal('Safari 18 · Lisbon, Portugal · Last active 5 hours ago');
      expect(harness.rows[0]!.details, 'this device').to.equal(
        'Chrome 142 · San Francisco, United States · Active now',
      );
    } finally {
      realTime();
    }
  });

  it('signs one device out after the confirmation and the identity check: row gone, said, told, focus on the next', async () => {
    const adapter = backend({ reverify: ['revokeSession'] });
    const harness = await mount(SignedInDevicesHarness, adapter);
    const [lisbon, berlin] = await othersOf(adapter);
    await harness.openSignOut(lisbon!.id);
    expect(harness.dialogHeading).to.equal(en.devices.confirmHeading('Phone, iOS 18'));
    const revoked = oneEvent<AccountSessionRevokedEvent>(
      harness.element,
      AccountSessionRevokedEvent.eventName,
    );
    await harness.confirm();
    await harness.confirmIdentity(DEMO_PASSWORD);
    const event = await revoked;
    expect(event instanceof AccountSessionRevokedEvent).to.equal(true);
    expect(event.sessionIds).to.deep.equal([lisbon!.id]);
    expect(event.detail.sessionIds).to.deep.equal([lisbon!.id]);
    expect(event.bubbles && event.composed).to.equal(true);
    await harness.rowGone(lisbon!.id);
    await until(() => !harness.dialog?.open, 'the confirmation stayed open');
    await harness.announced(en.devices.signedOut('Phone, iOS 18'));
    // The backend no longer has it.
    expect((await adapter.listSessions()).map((session) => session.id)).not.to.include(lisbon!.id);
    // The button pressed went with its row: focus is on the next device's Sign out.
    await until(
      () => harness.root.activeElement === harness.signOutButton(berlin!.id),
      'focus is not on the next device',
    );
    await expectPartsDocumented(harness);
    await expect(harness.element).to.be.accessible();
  });

  it('keeps everything when the confirmation is cancelled', async () => {
    const adapter = backend();
    const harness = await mount(SignedInDevicesHarness, adapter);
    const [lisbon] = await othersOf(adapter);
    await harness.openSignOut(lisbon!.id);
    await harness.animationsDone();
    await expect(harness.element).to.be.accessible();
    await harness.cancel();
    expect(adapter.count('revokeSession')).to.equal(0);
    expect(harness.rows).to.have.length(3);
    expect(harness.root.activeElement).to.equal(harness.signOutButton(lisbon!.id));
  });

  it('keeps the identity check’s cancel harmless: nothing signed out, the confirmation still there', async () => {
    const adapter = backend({ reverify: ['revokeSession'] });
    const harness = await mount(SignedInDevicesHarness, adapter);
    const [lisbon] = await othersOf(adapter);
    await harness.openSignOut(lisbon!.id);
    await harness.confirm();
    const check = await harness.waitForIdentityCheck();
    await harness.click(en.common.cancel, check);
    await until(() => !harness.identityCheck?.open, 'the identity check stayed open');
    expect(harness.rows.map((row) => row.id)).to.include(lisbon!.id);
    expect((await adapter.listSessions()).map((session) => session.id)).to.include(lisbon!.id);
  });

  it('says a network failure in the confirmation and keeps the row', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'revokeSession' });
    const harness = await mount(SignedInDevicesHarness, adapter);
    const [lisbon] = await othersOf(adapter);
    await harness.openSignOut(lisbon!.id);
    await harness.confirm();
    await until(() => harness.dialogError === en.errors.network, 'the failure was not said');
    expect(harness.rows.map((row) => row.id)).to.include(lisbon!.id);
    await harness.cancel();
    expect(harness.rows.map((row) => row.id)).to.include(lisbon!.id);
    // A second try goes through.
    await harness.openSignOut(lisbon!.id);
    expect(harness.dialogError).to.equal('');
    await harness.confirm();
    await harness.rowGone(lisbon!.id);
  });

  it('signs every other device out at once, then says only this one is left', async () => {
    const adapter = backend({ reverify: ['revokeOtherSessions'] });
    const harness = await mount(SignedInDevicesHarness, adapter);
    const others = await othersOf(adapter);
    await harness.openSignOutOthers();
    expect(harness.dialogHeading).to.equal(en.devices.confirmOthersHeading);
    const revoked = oneEvent<AccountSessionRevokedEvent>(
      harness.element,
      AccountSessionRevokedEvent.eventName,
    );
    await harness.confirm();
    await harness.confirmIdentity(DEMO_PASSWORD);
    const event = await revoked;
    expect([...event.sessionIds].sort()).to.deep.equal(others.map((session) => session.id).sort());
    await until(() => harness.rows.length === 1, 'the other rows stayed');
    expect(harness.rows[0]!.current).to.equal(true);
    await harness.announced(en.devices.signedOutOthers(2));
    expect(harness.emptyNote).to.equal(en.devices.onlyThisDevice);
    expect(harness.hasSignOutOthers).to.equal(false);
    await until(() => harness.focusedId === 'only-this-device', 'focus is not on what is left');
    expect(await othersOf(adapter)).to.deep.equal([]);
    await expect(harness.element).to.be.accessible();
  });

  it('says only this device is signed in when there is no other', async () => {
    const adapter = backend();
    await adapter.revokeOtherSessions();
    const harness = await mount(SignedInDevicesHarness, adapter);
    expect(harness.rows).to.have.length(1);
    expect(harness.emptyNote).to.equal(en.devices.onlyThisDevice);
    expect(harness.hasSignOutOthers).to.equal(false);
    await expectPartsDocumented(harness);
  });

  it('says a sign-out tried offline could not go, and keeps the row', async () => {
    const adapter = backend();
    const harness = await mount(SignedInDevicesHarness, adapter);
    const [lisbon] = await othersOf(adapter);
    await harness.openSignOut(lisbon!.id);
    adapter.failNext('network', { method: 'revokeSession' });
    const back = goOffline();
    try {
      await harness.confirm();
      await until(() => harness.dialogError === en.errors.offline, 'offline was not said');
      expect(harness.rows.map((row) => row.id)).to.include(lisbon!.id);
    } finally {
      back();
    }
  });

  it('leaves the page when the backend does not offer sessions', async () => {
    const harness = await mount(SignedInDevicesHarness, backend({ unsupported: ['listSessions'] }), {
      ready: false,
    });
    await until(() => harness.element.hidden, 'the card did not hide');
    expect(harness.maybe('section')).to.equal(null);
  });

  it('leaves the page when the adapter has no listSessions at all', async () => {
    const adapter = new MemoryAdapter({ reverify: [] });
    // A host's adapter written before the contract had sessions.
    Reflect.set(adapter, 'listSessions', undefined);
    const harness = await mount(SignedInDevicesHarness, adapter, { ready: false });
    await until(() => harness.element.hidden, 'the card did not hide');
  });

  it('speaks Spanish, dates and countries included', async () => {
    const harness = await mount(SignedInDevicesHarness, backend(), { locale: 'es' });
    await until(() => harness.maybe('h2')?.textContent === es.devices.heading, 'not in Spanish');
    const rows = harness.rows;
    expect(rows[0]!.name).to.equal(`Ordenador, macOS 15 ${es.devices.thisDevice}`);
    expect(rows[1]!.details).to.equal('Safari 18 · Lisbon, Portugal · Última actividad hace 2 horas');
    expect(harness.hasButton(es.devices.signOutOthers)).to.equal(true);
  });

  it('reads right to left in Arabic', async () => {
    const harness = await mount(SignedInDevicesHarness, backend(), { locale: 'ar', dir: 'rtl' });
    await until(() => harness.maybe('h2')?.textContent === ar.devices.heading, 'not in Arabic');
    expect(harness.rows[0]!.name).to.contain(ar.devices.thisDevice);
    expect(harness.rows[2]!.details).to.contain('ألمانيا');
    expect(getComputedStyle(harness.find('section')).direction).to.equal('rtl');
    await expect(harness.element).to.be.accessible();
  });
});
