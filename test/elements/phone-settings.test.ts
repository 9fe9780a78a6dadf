import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountError, VOICEMAIL_GREETING_MAX } from '../../src/api/index.js';
import { text } from '../harness/element-harness.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { PhoneSettingsHarness } from '../harness/phone-settings.js';
import { recordEvents } from '../support/events.js';
import { mount } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';

const voice = en.voice;

describe('<phone-settings>', () => {
  it('shows the stored settings; fields of a switch that is off stay out of the way', async () => {
    const harness = await mount(PhoneSettingsHarness, backend());
    expect(harness.isOn(voice.doNotDisturb)).to.equal(false);
    expect(harness.isOn(voice.forwarding)).to.equal(false);
    expect(harness.isOn(voice.voicemail)).to.equal(true);
    expect(harness.isOn(voice.hours)).to.equal(true);
    expect(harness.shows(voice.forwardingNumber), 'no number while forwarding is off').to.equal(false);
    expect(harness.shows(voice.until)).to.equal(false);
    expect(harness.field(voice.ringSeconds).value).to.equal('20');
    expect(harness.field(voice.ringSeconds).min).to.equal('5');
    expect(harness.field(voice.ringSeconds).max).to.equal('60');
    expect(harness.field<HTMLTextAreaElement>(voice.greetingText).maxLength).to.equal(VOICEMAIL_GREETING_MAX);
    expect(harness.field<HTMLSelectElement>(voice.callerId).value).to.equal('business');
    const zones = harness.field<HTMLSelectElement>(voice.timezone);
    expect(zones.value).to.equal('America/Los_Angeles');
    expect(harness.canSave, 'nothing to save yet').to.equal(false);
    await expectPartsDocumented(harness);
  });

  describe('the time zone list, put in when a person reaches for it', () => {
    const zoneCount = Intl.supportedValuesOf('timeZone').length;

    it('holds only the current zone until the select is focused, then every zone, the current one picked', async () => {
      const harness = await mount(PhoneSettingsHarness, backend());
      const zones = harness.field<HTMLSelectElement>(voice.timezone);
      expect([...zones.options].map((option) => option.value)).to.deep.equal(['America/Los_Angeles']);
      expect(zones.value).to.equal('America/Los_Angeles');
      expect(zones.selectedOptions[0]!.text).to.equal('America/Los Angeles');
      // Named by its label as before: a screen reader announces the same field and value.
      expect(zones.labels[0]!.textContent!.trim()).to.equal(voice.timezone);

      zones.focus();
      expect(zones.options.length, 'the whole list, at once on focus').to.equal(zoneCount);
      expect(zones.value).to.equal('America/Los_Angeles');
      await harness.element.updateComplete;
      expect(zones.options.length, 'a render keeps the list').to.equal(zoneCount);
      expect(harness.canSave, 'opening the list changes nothing').to.equal(false);
    });

    it('is there before the browser opens the list on a press', async () => {
      const harness = await mount(PhoneSettingsHarness, backend());
      const zones = harness.field<HTMLSelectElement>(voice.timezone);
      zones.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      expect(zones.options.length).to.equal(zoneCount);
    });

    it('takes the keyboard as a full select does: the next zone with the arrow key, then Save', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      const zones = harness.field<HTMLSelectElement>(voice.timezone);
      zones.focus();
      const next = zones.options[zones.selectedIndex + 1]!.value;
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => zones.value === next, `the arrow key did not move to ${next}`);
      await harness.element.updateComplete;
      expect(harness.canSave).to.equal(true);
      await harness.save();
      await waitUntil(() => harness.status === voice.saved);
      expect((await adapter.getVoiceSettings()).hours.timezone).to.equal(next);
    });
  });

  describe('switches', () => {
    it('saves a switch at once, busy with the wanted value, then says so and fires the event', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      const saved = recordEvents(harness.element, 'account-voice-settings-updated');
      const release = adapter.hold('updateVoiceSettings');

      await harness.toggle(voice.voicemail);
      expect(harness.isOn(voice.voicemail), 'shows what was asked for').to.equal(false);
      expect(harness.isBusy(voice.voicemail)).to.equal(true);
      expect(harness.switchOf(voice.hours).getAttribute('aria-disabled'), 'one save at a time').to.equal(
        'true',
      );
      await expectPartsDocumented(harness);

      release();
      await harness.settled();
      expect(harness.status).to.equal(en.settingsSection.switchSaved(voice.voicemail, false));
      expect(harness.isOn(voice.voicemail)).to.equal(false);
      expect(saved.map((event) => event.settings.voicemail.enabled)).to.deep.equal([false]);
      expect((await adapter.getVoiceSettings()).voicemail.enabled).to.equal(false);
      expect(harness.shows(voice.ringSeconds), 'voicemail’s fields leave with it').to.equal(false);
    });

    it('a switch saved while a field is being edited keeps the edit, and Save does not undo the switch', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      await harness.fill(voice.greetingText, 'Closed for the holidays.');
      await harness.toggle(voice.doNotDisturb);
      await harness.settled();
      expect(harness.field<HTMLTextAreaElement>(voice.greetingText).value).to.equal(
        'Closed for the holidays.',
      );
      expect(harness.canSave, 'the edit is still unsaved').to.equal(true);
      await harness.save();
      await waitUntil(() => harness.status === voice.saved);
      const stored = await adapter.getVoiceSettings();
      expect(stored.doNotDisturb.enabled).to.equal(true);
      expect(stored.voicemail.greeting.text).to.equal('Closed for the holidays.');
    });

    it('a failed switch save puts the switch back and says why', async () => {
      const adapter = backend();
      adapter.failNext('network', { method: 'updateVoiceSettings' });
      const harness = await mount(PhoneSettingsHarness, adapter);
      const saved = recordEvents(harness.element, 'account-voice-settings-updated');

      await harness.toggle(voice.doNotDisturb);
      await waitUntil(() => harness.alert !== '', 'the failure was not said');
      expect(harness.alert).to.equal(`${en.errors.saveFailed} ${en.errors.network}`);
      expect(harness.isOn(voice.doNotDisturb), 'back to what is stored').to.equal(false);
      expect(saved).to.have.length(0);
      await expectPartsDocumented(harness);

      await harness.toggle(voice.doNotDisturb);
      await waitUntil(() => harness.status !== '', 'the second save was not said');
      expect(harness.isOn(voice.doNotDisturb)).to.equal(true);
      expect(harness.alert).to.equal('');
    });

    it('a switch changed elsewhere meanwhile: the latest settings show, and it says so', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      const stored = await adapter.getVoiceSettings();
      await adapter.updateVoiceSettings({ ...stored, callerId: { mode: 'private' } });
      adapter.failNext('conflict', { method: 'updateVoiceSettings' });

      await harness.toggle(voice.doNotDisturb);
      await waitUntil(() => harness.alert === en.settingsSection.switchConflict, 'the conflict was not said');
      await waitUntil(() => harness.field<HTMLSelectElement>(voice.callerId).value === 'private');
      expect(harness.isOn(voice.doNotDisturb)).to.equal(false);
    });
  });

  describe('forwarding', () => {
    it('on needs a number: the switch waits in the form, the number is asked for, Save sends both', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      const saved = recordEvents(harness.element, 'account-voice-settings-updated');

      await harness.toggle(voice.forwarding);
      expect(adapter.sent('updateVoiceSettings'), 'refused before sending').to.have.length(0);
      expect(harness.isOn(voice.forwarding), 'on, not saved yet').to.equal(true);
      expect(harness.isBusy(voice.forwarding)).to.equal(false);
      expect(harness.errorOf(voice.forwardingNumber)).to.equal(en.fields.required);
      await waitUntil(
        () => harness.focusedId === 'field-forwarding-number',
        'focus did not go to the number',
      );
      expect(harness.status).to.equal(en.settingsSection.switchNeedsFields(voice.forwarding));
      expect(text(harness.switchOf(voice.forwarding).closest('.switch-row'))).to.contain(
        en.settingsSection.unsaved,
      );
      await expectPartsDocumented(harness);

      await harness.fill(voice.forwardingNumber, 'call me');
      expect(harness.errorOf(voice.forwardingNumber), 'said as typed').to.equal(en.fields.invalid_phone);
      await harness.fill(voice.forwardingNumber, '+1 (415) 555-0111');
      expect(harness.errorOf(voice.forwardingNumber)).to.equal('');
      await harness.save();
      await waitUntil(() => harness.status === voice.saved, 'the save was not said');

      expect((await adapter.getVoiceSettings()).forwarding).to.deep.equal({
        enabled: true,
        number: '+14155550111',
      });
      expect(saved.map((event) => event.settings.forwarding.number)).to.deep.equal(['+14155550111']);
      expect(harness.isOn(voice.forwarding)).to.equal(true);
      expect(harness.canSave).to.equal(false);
    });

    it('Cancel puts a switch that waits for its number back', async () => {
      const harness = await mount(PhoneSettingsHarness, backend());
      await harness.toggle(voice.forwarding);
      await harness.click(en.common.cancel);
      expect(harness.isOn(voice.forwarding)).to.equal(false);
      expect(harness.shows(voice.forwardingNumber)).to.equal(false);
      expect(harness.canSave).to.equal(false);
    });

    it('Cancel puts every field back, a select’s choice too', async () => {
      const harness = await mount(PhoneSettingsHarness, backend());
      // Picked by keyboard, as a person picks: the browser then treats the choice as the person's own.
      harness.field(voice.greetingMode).focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(
        () =>
          harness.shows(voice.greetingAudio) ||
          harness.recordingError !== '' ||
          harness.hasButton(en.settingsSection.audio.upload),
      );
      await harness.choose(voice.callerId, 'private');
      await harness.fill(voice.ringSeconds, '45');
      await harness.click(en.common.cancel);
      expect(harness.field<HTMLSelectElement>(voice.greetingMode).value).to.equal('text');
      expect(harness.field<HTMLSelectElement>(voice.callerId).value).to.equal('business');
      expect(harness.field(voice.ringSeconds).value).to.equal('20');
      expect(harness.canSave).to.equal(false);
    });

    it('turning it off while it waits drops the number’s problem with it', async () => {
      const harness = await mount(PhoneSettingsHarness, backend());
      await harness.toggle(voice.forwarding);
      await harness.toggle(voice.forwarding);
      expect(harness.isOn(voice.forwarding)).to.equal(false);
      expect(harness.shows(voice.forwardingNumber)).to.equal(false);
      expect(harness.canSave).to.equal(false);
    });
  });

  describe('voicemail', () => {
    it('a ring time out of range names both limits, from the schema; Save goes to the field', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      for (const typed of ['3', '61', '12.5']) {
        await harness.fill(voice.ringSeconds, typed);
        expect(harness.errorOf(voice.ringSeconds), typed).to.equal(en.settingsSection.outOfRange(5, 60));
      }
      await harness.fill(voice.ringSeconds, '');
      expect(harness.errorOf(voice.ringSeconds)).to.equal(en.fields.required);
      await harness.save();
      await waitUntil(
        () => harness.focusedId === 'field-voicemail-ringSeconds',
        'focus did not go to the field',
      );
      expect(adapter.sent('updateVoiceSettings')).to.have.length(0);
      await harness.fill(voice.ringSeconds, '30');
      await harness.save();
      await waitUntil(() => harness.status === voice.saved);
      expect((await adapter.getVoiceSettings()).voicemail.ringSeconds).to.equal(30);
    });

    it('a greeting over its limit is too long, with the limit', async () => {
      const harness = await mount(PhoneSettingsHarness, backend());
      await harness.fill(voice.greetingText, 'x'.repeat(VOICEMAIL_GREETING_MAX + 1));
      expect(harness.errorOf(voice.greetingText)).to.equal(en.fields.too_long(VOICEMAIL_GREETING_MAX));
      await expectPartsDocumented(harness);
    });

    it('a greeting played from a recording needs one first', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      await harness.choose(voice.greetingMode, 'audio');
      expect(harness.shows(voice.greetingText)).to.equal(false);
      expect(harness.recordingUrl).to.equal(null);
      await harness.save();
      expect(harness.recordingError).to.equal(en.settingsSection.audio.required);
      await waitUntil(
        () => harness.root.activeElement?.classList.contains('audio'),
        'focus did not go to it',
      );
      expect(adapter.sent('updateVoiceSettings')).to.have.length(0);
      await expectPartsDocumented(harness);
    });
  });

  describe('a failed save of the form', () => {
    it('keeps what was typed and says why; Save again sends it', async () => {
      const adapter = backend();
      adapter.failNext('network', { method: 'updateVoiceSettings' });
      const harness = await mount(PhoneSettingsHarness, adapter);
      const saved = recordEvents(harness.element, 'account-voice-settings-updated');
      await harness.fill(voice.greetingText, 'Hi, you reached Acme Plumbing.');
      await harness.save();
      await waitUntil(() => harness.alert === en.errors.network, 'the failure was not said');
      expect(harness.field<HTMLTextAreaElement>(voice.greetingText).value).to.equal(
        'Hi, you reached Acme Plumbing.',
      );
      expect(saved).to.have.length(0);
      await expectPartsDocumented(harness);

      await harness.save();
      await waitUntil(() => harness.status === voice.saved, 'the second save was not said');
      expect((await adapter.getVoiceSettings()).voicemail.greeting.text).to.equal(
        'Hi, you reached Acme Plumbing.',
      );
      expect(saved).to.have.length(1);
    });

    it('changed elsewhere: loads the latest and keeps what was typed', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      await harness.fill(voice.greetingText, 'Mine');
      const stored = await adapter.getVoiceSettings();
      await adapter.updateVoiceSettings({ ...stored, callerId: { mode: 'private' } });
      adapter.failNext('conflict', { method: 'updateVoiceSettings' });

      await harness.save();
      await waitUntil(() => harness.hasButton(en.common.reload), 'no way to load the latest');
      expect(harness.alert).to.equal(en.errors.conflict);
      await expectPartsDocumented(harness);
      await harness.click(en.common.reload);
      await waitUntil(
        () => harness.field<HTMLSelectElement>(voice.callerId).value === 'private',
        'not reloaded',
      );
      expect(harness.field<HTMLTextAreaElement>(voice.greetingText).value).to.equal('Mine');

      await harness.save();
      await waitUntil(() => harness.status === voice.saved);
      const now = await adapter.getVoiceSettings();
      expect(now.voicemail.greeting.text).to.equal('Mine');
      expect(now.callerId.mode, 'the other change stays').to.equal('private');
    });

    it('a problem the backend finds lands at the field its path names', async () => {
      const adapter = backend();
      // The first save is refused, as by a backend finding what the element could not; the next goes through.
      adapter.answer('updateVoiceSettings', async (args, save) => {
        if (adapter.count('updateVoiceSettings') === 1) {
          const fields = { 'hours.days.2.open': { code: 'invalid_time', message: 'invalid_time' } };
          throw new AccountError('validation', 'The input is not valid', { fields });
        }
        return save(...args);
      });
      const harness = await mount(PhoneSettingsHarness, adapter);
      await harness.choose(voice.callerId, 'personal');
      await harness.save();
      // Days are stored from Monday: the third open day is Wednesday.
      await waitUntil(() => harness.dayError('Wednesday') !== '', 'the error did not land');
      expect(harness.dayError('Wednesday')).to.equal(en.fields.invalid_time);
      expect(harness.field('Wednesday: opens').getAttribute('aria-invalid')).to.equal('true');
      expect(harness.dayError('Tuesday')).to.equal('');
      await expectPartsDocumented(harness);
    });
  });

  describe('business hours', () => {
    it('opens a day with a night shift past midnight, closes another, and saves the week', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      await harness.setDayOpen('Saturday', true);
      await harness.fill('Saturday: opens', '22:00');
      await harness.fill('Saturday: closes', '06:00');
      expect(text(harness.field('Saturday').closest('.hours-row'))).to.contain(
        en.settingsSection.hours.overnight,
      );
      await harness.setDayOpen('Monday', false);
      await harness.choose(voice.timezone, 'Europe/Paris');
      await harness.save();
      await waitUntil(() => harness.status === voice.saved);
      const { hours } = await adapter.getVoiceSettings();
      expect(hours.timezone).to.equal('Europe/Paris');
      expect(hours.days.map((day) => day.day)).to.deep.equal([2, 3, 4, 5, 6]);
      expect(hours.days.at(-1)).to.deep.equal({ day: 6, open: '22:00', close: '06:00' });
    });
  });

  describe('do not disturb', () => {
    it('on at once; an end time is saved with Save; emptied, it lasts until turned off', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      await harness.toggle(voice.doNotDisturb);
      await harness.settled();
      expect((await adapter.getVoiceSettings()).doNotDisturb).to.deep.equal({ enabled: true, until: null });

      await harness.fill(voice.until, '2030-01-01T08:30');
      await harness.save();
      await waitUntil(() => harness.status === voice.saved);
      const until = (await adapter.getVoiceSettings()).doNotDisturb.until;
      expect(Date.parse(until ?? '')).to.equal(new Date('2030-01-01T08:30').getTime());
      expect(harness.field(voice.until).value).to.equal('2030-01-01T08:30');

      await harness.fill(voice.until, '');
      await harness.save();
      await waitUntil(() => !harness.canSave);
      expect((await adapter.getVoiceSettings()).doNotDisturb.until).to.equal(null);
    });

    it('an end already past is said at its field before anything is sent, and kept to fix', async () => {
      const adapter = backend();
      const harness = await mount(PhoneSettingsHarness, adapter);
      await harness.toggle(voice.doNotDisturb);
      await harness.settled();
      let sent = 0;
      const update = adapter.updateVoiceSettings.bind(adapter);
      adapter.updateVoiceSettings = (...args) => {
        sent++;
        return update(...args);
      };
      await harness.fill(voice.until, '2020-01-01T08:30');
      await harness.save();
      await waitUntil(
        () => harness.errorOf(voice.until) === en.fields.not_in_future,
        'no message at the end',
      );
      expect(harness.field(voice.until).value).to.equal('2020-01-01T08:30');
      expect(sent, 'sent').to.equal(0);
      expect((await adapter.getVoiceSettings()).doNotDisturb.until).to.equal(null);
    });
  });

  it('a backend without voice settings: the element leaves itself out of the page', async () => {
    const adapter = backend({ unsupported: ['getVoiceSettings'] });
    const el = await fixture<HTMLElement>(html`<phone-settings .adapter=${adapter}></phone-settings>`);
    await waitUntil(() => el.hasAttribute('hidden'), 'not hidden');
    expect(Boolean(el.shadowRoot?.querySelector('section')), 'no card').to.equal(false);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
