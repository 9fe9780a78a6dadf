import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { GREETING_AUDIO_MAX_BYTES, GREETING_AUDIO_MAX_SECONDS } from '../../src/api/index.js';
import { audioFile, mp3Bytes, oggBytes, textNamedMp3, wavBytes } from '../support/audio.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { SPACE } from '../support/browser.js';
import { en } from '../../src/i18n/index.js';
import { PhoneSettingsHarness } from '../harness/phone-settings.js';
import { recordEvents } from '../support/events.js';
import { mount } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';

const voice = en.voice;
const audio = en.settingsSection.audio;

describe('<phone-settings> recorded greeting', () => {
  it('uploads a chosen recording at once; it plays from then on; Remove reads the text again', async () => {
    const adapter = backend();
    const harness = await mount(PhoneSettingsHarness, adapter);
    const saved = recordEvents(harness.element, 'account-voice-settings-updated');
    await harness.choose(voice.greetingMode, 'audio');

    await harness.pickRecording(audioFile(mp3Bytes(40, { id3: true }), 'greeting.mp3', 'audio/mpeg'));
    await waitUntil(() => harness.status === audio.uploaded, 'the upload was not said');
    expect(adapter.sent('uploadVoicemailGreeting')).to.have.length(1);
    expect(harness.recordingUrl).to.match(/^blob:/);
    expect(harness.field<HTMLSelectElement>(voice.greetingMode).value).to.equal('audio');
    expect(harness.canSave, 'the recording is in force: nothing left to save').to.equal(false);
    expect(saved.map((event) => event.settings.voicemail.greeting.mode)).to.deep.equal(['audio']);
    expect(harness.hasButton(audio.replace)).to.equal(true);
    await expectPartsDocumented(harness);

    await harness.click(audio.remove);
    await waitUntil(() => harness.status === audio.removed, 'the removal was not said');
    expect(harness.field<HTMLSelectElement>(voice.greetingMode).value).to.equal('text');
    expect(harness.shows(voice.greetingText)).to.equal(true);
    expect((await adapter.getVoiceSettings()).voicemail.greeting.audioUrl).to.equal(null);
    expect(saved).to.have.length(2);
  });

  it('refuses text named .mp3 before sending it, and says why', async () => {
    const adapter = backend();
    const harness = await mount(PhoneSettingsHarness, adapter);
    await harness.choose(voice.greetingMode, 'audio');
    await harness.pickRecording(textNamedMp3());
    await waitUntil(() => harness.recordingError !== '', 'no error');
    expect(harness.recordingError).to.equal(audio.fileNotAudio);
    expect(harness.find('.audio .field-error').getAttribute('role'), 'said at once').to.equal('alert');
    expect(adapter.sent('uploadVoicemailGreeting')).to.have.length(0);
    await expectPartsDocumented(harness);
  });

  it('refuses a file over the size limit, and a recording over the length limit', async () => {
    const adapter = backend();
    const harness = await mount(PhoneSettingsHarness, adapter);
    await harness.choose(voice.greetingMode, 'audio');
    await harness.pickRecording(audioFile(wavBytes(GREETING_AUDIO_MAX_BYTES / 8000 + 1), 'long.wav'));
    await waitUntil(() => harness.recordingError !== '', 'no size error');
    expect(harness.recordingError).to.equal(audio.fileTooLarge(5));

    await harness.pickRecording(audioFile(oggBytes(GREETING_AUDIO_MAX_SECONDS + 30), 'long.ogg'));
    await waitUntil(() => harness.recordingError === en.settingsSection.fieldErrors.too_long_duration(180));
    expect(harness.recordingError).to.contain('3 minutes');
    expect(adapter.sent('uploadVoicemailGreeting')).to.have.length(0);
  });

  it('a failed upload keeps the greeting as it was and says why at the recording', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'uploadVoicemailGreeting' });
    const harness = await mount(PhoneSettingsHarness, adapter);
    await harness.choose(voice.greetingMode, 'audio');
    await harness.pickRecording(audioFile(wavBytes(1), 'hello.wav'));
    await waitUntil(() => harness.recordingError === en.errors.network, 'the failure was not said');
    expect(harness.recordingUrl).to.equal(null);
    expect((await adapter.getVoiceSettings()).voicemail.greeting.mode).to.equal('text');
  });
});

describe('<phone-settings> keyboard only', () => {
  it('Space turns forwarding on, focus goes to the number, Enter saves both', async () => {
    const adapter = backend();
    const harness = await mount(PhoneSettingsHarness, adapter);
    harness.switchOf(voice.forwarding).focus();
    await sendKeys({ press: SPACE });
    await waitUntil(() => harness.focusedId === 'field-forwarding-number', 'focus did not go to the number');
    await sendKeys({ type: '+14155550111' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.status === voice.saved, 'Enter did not save');
    expect((await adapter.getVoiceSettings()).forwarding).to.deep.equal({
      enabled: true,
      number: '+14155550111',
    });
  });

  it('Tab reaches every switch and field in order; Space flips a switch where it is', async () => {
    const adapter = backend();
    const harness = await mount(PhoneSettingsHarness, adapter);
    harness.switchOf(voice.doNotDisturb).focus();
    await sendKeys({ press: SPACE });
    await waitUntil(() => harness.isOn(voice.doNotDisturb) && !harness.isBusy(voice.doNotDisturb));
    expect(harness.focusedId, 'focus stays on the switch').to.equal('field-doNotDisturb-enabled');
    // A date and time input takes several Tabs of its own (day, month, ...): start after it.
    harness.switchOf(voice.forwarding).focus();
    const order: string[] = [];
    for (let step = 0; step < 4; step++) {
      await sendKeys({ press: 'Tab' });
      order.push(harness.focusedId);
    }
    expect(order).to.deep.equal([
      'field-voicemail-enabled',
      'field-voicemail-ringSeconds',
      'field-voicemail-greeting-mode',
      'field-voicemail-greeting-text',
    ]);
  });
});
