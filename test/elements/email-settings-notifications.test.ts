import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../src/i18n/index.js';
import { EmailSettingsHarness } from '../harness/email-settings.js';
import { SKELETON, text } from '../harness/element-harness.js';
import { SPACE } from '../support/browser.js';
import { recordEvents } from '../support/events.js';
import { mount } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

const { notifyAll, missedCalls, voicemails } = en.email;

describe('<email-settings> email notifications', () => {
  it('shows the stored settings: the master switch is on while any kind is', async () => {
    const harness = await (await mount(EmailSettingsHarness, backend())).notificationsReady();
    // The demo backend: missed calls on, voicemails off.
    expect(harness.isOn(missedCalls)).to.equal(true);
    expect(harness.isOn(voicemails)).to.equal(false);
    expect(harness.isOn(notifyAll)).to.equal(true);
    expect(harness.switchOf(notifyAll).getAttribute('role')).to.equal('switch');
    await expectPartsDocumented(harness);
  });

  it('saves a switch at once, busy with the wanted value meanwhile, then says so and fires the event', async () => {
    const adapter = backend();
    const harness = await (await mount(EmailSettingsHarness, adapter)).notificationsReady();
    const saved = recordEvents(harness.element, 'account-notifications-updated');
    const release = adapter.hold('updateNotificationSettings');

    await harness.toggle(voicemails);
    expect(harness.isOn(voicemails), 'shows what was asked for while saving').to.equal(true);
    expect(harness.isBusy(voicemails)).to.equal(true);
    expect(harness.switchOf(missedCalls).getAttribute('aria-disabled'), 'one save at a time').to.equal(
      'true',
    );
    await expectPartsDocumented(harness);

    await harness.toggle(missedCalls);
    expect(adapter.sent('updateNotificationSettings'), 'a flip while another saves is ignored').to.deep.equal(
      [{ voicemails: true }],
    );

    release();
    await waitUntil(() => !harness.isBusy(voicemails), 'the save did not finish');
    expect(harness.isOn(voicemails)).to.equal(true);
    expect(harness.status).to.equal(en.email.notificationsSaved);
    expect(saved.map((event) => event.settings)).to.deep.equal([{ missedCalls: true, voicemails: true }]);
    expect(await adapter.getNotificationSettings()).to.deep.equal({ missedCalls: true, voicemails: true });
    expect(harness.switchOf(missedCalls).hasAttribute('aria-disabled')).to.equal(false);
  });

  it('a failed save puts the switch back and says why', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'updateNotificationSettings' });
    const harness = await (await mount(EmailSettingsHarness, adapter)).notificationsReady();
    const saved = recordEvents(harness.element, 'account-notifications-updated');

    await harness.toggle(missedCalls);
    await waitUntil(() => harness.alert !== '', 'the failure was not said');
    expect(harness.alert).to.equal(`${en.errors.saveFailed} ${en.errors.network}`);
    expect(harness.isOn(missedCalls), 'back to the stored value').to.equal(true);
    expect(harness.isBusy(missedCalls)).to.equal(false);
    expect(saved).to.have.length(0);
    await expectPartsDocumented(harness);

    // It works again the next time.
    await harness.toggle(missedCalls);
    await waitUntil(() => harness.status === en.email.notificationsSaved, 'the second save was not said');
    expect(harness.isOn(missedCalls)).to.equal(false);
    expect(harness.alert).to.equal('');
  });

  it('a conflict shows the latest settings and asks to try again', async () => {
    const adapter = backend();
    const harness = await (await mount(EmailSettingsHarness, adapter)).notificationsReady();
    // Someone else turns voicemails on meanwhile; the next update is against an old version.
    await adapter.updateNotificationSettings({ voicemails: true });
    adapter.failNext('conflict', { method: 'updateNotificationSettings' });
    await harness.toggle(missedCalls);
    await waitUntil(() => harness.alert === en.email.notificationsConflict, 'the conflict was not said');
    await waitUntil(() => harness.isOn(voicemails), 'the latest settings did not show');
    expect(harness.isOn(missedCalls)).to.equal(true);
  });

  it('the master switch off turns every kind off; on turns every kind on', async () => {
    const adapter = backend();
    const harness = await (await mount(EmailSettingsHarness, adapter)).notificationsReady();
    const saved = recordEvents(harness.element, 'account-notifications-updated');

    const release = adapter.hold('updateNotificationSettings');
    await harness.toggle(notifyAll);
    expect(harness.isOn(notifyAll)).to.equal(false);
    expect(harness.isOn(missedCalls)).to.equal(false);
    expect(harness.isOn(voicemails)).to.equal(false);
    for (const label of [notifyAll, missedCalls, voicemails])
      expect(harness.isBusy(label), label).to.equal(true);
    release();
    await waitUntil(() => !harness.isBusy(notifyAll), 'the save did not finish');
    expect(await adapter.getNotificationSettings()).to.deep.equal({ missedCalls: false, voicemails: false });

    await harness.toggle(notifyAll);
    await waitUntil(() => harness.isOn(voicemails) && !harness.isBusy(notifyAll), 'not all turned on');
    expect(harness.isOn(missedCalls)).to.equal(true);
    expect(await adapter.getNotificationSettings()).to.deep.equal({ missedCalls: true, voicemails: true });
    expect(adapter.sent('updateNotificationSettings')).to.deep.equal([
      { missedCalls: false, voicemails: false },
      { missedCalls: true, voicemails: true },
    ]);
    expect(saved.map((event) => event.settings)).to.deep.equal([
      { missedCalls: false, voicemails: false },
      { missedCalls: true, voicemails: true },
    ]);
  });

  it('the master switch goes off when the last kind is turned off, and on with the first', async () => {
    const adapter = backend();
    const harness = await (await mount(EmailSettingsHarness, adapter)).notificationsReady();
    await harness.toggle(missedCalls);
    await waitUntil(() => !harness.isBusy(missedCalls));
    expect(harness.isOn(notifyAll)).to.equal(false);
    await harness.toggle(voicemails);
    await waitUntil(() => !harness.isBusy(voicemails));
    expect(harness.isOn(notifyAll)).to.equal(true);
    expect(await adapter.getNotificationSettings()).to.deep.equal({ missedCalls: false, voicemails: true });
  });

  it('a member changes their own notifications too', async () => {
    const adapter = backend({ user: 'member' });
    const harness = await (await mount(EmailSettingsHarness, adapter)).notificationsReady();
    await harness.toggle(voicemails);
    await waitUntil(() => harness.status === en.email.notificationsSaved);
    expect((await adapter.getNotificationSettings()).voicemails).to.equal(true);
  });

  it('keyboard only: Space and Enter flip a switch, Tab goes to the next', async () => {
    const adapter = backend();
    const harness = await (await mount(EmailSettingsHarness, adapter)).notificationsReady();
    harness.switchOf(missedCalls).focus();
    await sendKeys({ press: SPACE });
    await waitUntil(() => harness.status === en.email.notificationsSaved, 'Space did not save');
    expect(harness.isOn(missedCalls)).to.equal(false);
    expect(harness.root.activeElement, 'focus stays on the switch').to.equal(harness.switchOf(missedCalls));
    await sendKeys({ press: 'Tab' });
    expect(harness.root.activeElement).to.equal(harness.switchOf(voicemails));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.isOn(voicemails) && !harness.isBusy(voicemails), 'Enter did not save');
    expect(await adapter.getNotificationSettings()).to.deep.equal({ missedCalls: false, voicemails: true });
  });

  it('the address does not wait for the notifications, which show their own skeleton', async () => {
    const adapter = backend();
    const release = adapter.hold('getNotificationSettings');
    const harness = await mount(EmailSettingsHarness, adapter);
    expect(harness.hasButton(en.email.change)).to.equal(true);
    const skeleton = harness.find(`#notifications ${SKELETON}`);
    expect(text(skeleton)).to.equal(en.common.loading);
    expect(skeleton.querySelectorAll('.skeleton-line'), 'smaller than the card’s').to.have.length(2);
    expect(harness.find('section').hasAttribute('aria-busy'), 'the card is ready').to.equal(false);
    await expectPartsDocumented(harness);
    release();
    await harness.notificationsReady();
  });

  it('notifications failing to load say so with a retry; the address still works', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'getNotificationSettings' });
    const harness = await mount(EmailSettingsHarness, adapter);
    const notice = await harness.waitFor('#notifications .notice--error');
    expect(text(notice.querySelector('p'))).to.equal(en.errors.network);
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
    harness.button(en.common.retry, notice).click();
    await harness.notificationsReady();
  });

  it('a backend without notifications: the part is left out, the address stays', async () => {
    const adapter = backend({ unsupported: ['getNotificationSettings'] });
    const harness = await mount(EmailSettingsHarness, adapter);
    await waitUntil(() => !harness.skeleton, 'the notifications kept loading');
    expect(harness.maybe('#notifications')).to.equal(null);
    expect(harness.maybe('.notice')).to.equal(null);
    await harness.requestChange('new@example.com');
    await harness.waitForPending();
  });
});
