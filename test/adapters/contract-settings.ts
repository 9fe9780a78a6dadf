/**
 * The contract for voice and message settings, run against every adapter: the rules across fields
 * (now in the schemas, so element and backend say the same), do not disturb, the opt-out keywords,
 * and the recorded greeting, judged by its bytes like a picture.
 */
import { expect } from '@open-wc/testing';
import {
  AUTO_REPLY_MAX,
  GREETING_AUDIO_MAX_BYTES,
  GREETING_AUDIO_MAX_SECONDS,
  OPT_OUT_KEYWORD_MAX,
  OPT_OUT_KEYWORDS_MAX,
  RING_SECONDS_MAX,
  RING_SECONDS_MIN,
  VOICEMAIL_GREETING_MAX,
  messageSettings,
  validate,
  voiceSettings,
  type AccountAdapter,
  type MessageSettings,
  type VoiceSettings,
} from '../../src/api/index.js';
import { audioFile, m4aBytes, mp3Bytes, oggBytes, textNamedMp3, wavBytes } from '../support/audio.js';
import { expectCode, type MakeSubject } from './contract.js';

/** The recordings each format gives, all within the limits. */
const RECORDINGS: readonly { name: string; file: () => File; type: string }[] = [
  { name: 'a WAV', file: () => audioFile(wavBytes(2), 'hello.wav', 'audio/wav'), type: 'audio/wav' },
  { name: 'an MP3', file: () => audioFile(mp3Bytes(40), 'hello.mp3'), type: 'audio/mpeg' },
  {
    name: 'an MP3 with an ID3 tag, labelled as text',
    file: () => audioFile(mp3Bytes(40, { id3: true }), 'hello.txt', 'text/plain'),
    type: 'audio/mpeg',
  },
  { name: 'an Ogg Vorbis', file: () => audioFile(oggBytes(3), 'hello.ogg'), type: 'audio/ogg' },
  { name: 'an M4A', file: () => audioFile(m4aBytes(3), 'hello.m4a', 'audio/x-m4a'), type: 'audio/mp4' },
];

/** Files a person might pick by mistake, and the code each gets on `audio`. */
const REFUSED: readonly { name: string; code: string; max?: number; file: () => Blob }[] = [
  { name: 'text named .mp3', code: 'invalid_format', file: textNamedMp3 },
  { name: 'an empty file', code: 'required', file: () => new File([], 'empty.wav', { type: 'audio/wav' }) },
  {
    name: 'a WAV header in front of HTML',
    code: 'invalid_format',
    file: () => new Blob(['RIFF\u0010\u0000\u0000\u0000WAVE<html></html>'], { type: 'audio/wav' }),
  },
  {
    name: 'a file over the size limit',
    code: 'too_long',
    max: GREETING_AUDIO_MAX_BYTES,
    file: () => audioFile(wavBytes(GREETING_AUDIO_MAX_BYTES / 8000 + 1), 'long.wav'),
  },
  {
    name: 'a recording over the length limit',
    code: 'too_long_duration',
    max: GREETING_AUDIO_MAX_SECONDS,
    file: () => audioFile(oggBytes(GREETING_AUDIO_MAX_SECONDS + 1), 'long.ogg'),
  },
];

export function settingsContract(name: string, make: MakeSubject): void {
  describe(`AccountAdapter contract, voice and message settings: ${name}`, () => {
    let adapter: AccountAdapter;
    let voice: VoiceSettings;
    let messages: MessageSettings;
    beforeEach(async () => {
      adapter = (await make({ reverify: [] })).adapter;
      voice = await adapter.getVoiceSettings();
      messages = await adapter.getMessageSettings();
    });

    /** The field errors of a voice update that must be refused. */
    async function voiceRefusal(settings: VoiceSettings) {
      return (await expectCode(adapter.updateVoiceSettings(settings), 'validation')).fields;
    }

    async function messageRefusal(settings: MessageSettings) {
      return (await expectCode(adapter.updateMessageSettings(settings), 'validation')).fields;
    }

    describe('voice', () => {
      it('forwarding on needs a number, said by the schema as by the backend', async () => {
        const settings = { ...voice, forwarding: { enabled: true, number: null } };
        const checked = validate(voiceSettings, settings);
        expect(checked.ok ? '' : checked.fields['forwarding.number']?.code).to.equal('required');
        expect((await voiceRefusal(settings))['forwarding.number']?.code).to.equal('required');
        expect((await adapter.getVoiceSettings()).forwarding.enabled).to.equal(false);
      });

      it('a ring time out of range names its limit', async () => {
        for (const ringSeconds of [RING_SECONDS_MIN - 1, RING_SECONDS_MAX + 1]) {
          const fields = await voiceRefusal({ ...voice, voicemail: { ...voice.voicemail, ringSeconds } });
          const error = fields['voicemail.ringSeconds'];
          expect(error?.code).to.equal('out_of_range');
          expect(error?.min ?? error?.max).to.equal(
            ringSeconds < RING_SECONDS_MIN ? RING_SECONDS_MIN : RING_SECONDS_MAX,
          );
        }
      });

      it('a greeting over its limit is too long, with the limit', async () => {
        const greeting = { ...voice.voicemail.greeting, text: 'x'.repeat(VOICEMAIL_GREETING_MAX + 1) };
        const fields = await voiceRefusal({ ...voice, voicemail: { ...voice.voicemail, greeting } });
        expect(fields['voicemail.greeting.text']?.code).to.equal('too_long');
        expect(fields['voicemail.greeting.text']?.max).to.equal(VOICEMAIL_GREETING_MAX);
      });

      it('a greeting played from a recording needs one uploaded; a URL sent is ignored', async () => {
        const asked = { mode: 'audio' as const, text: '', audioUrl: 'https://evil.example/a.mp3' };
        const fields = await voiceRefusal({ ...voice, voicemail: { ...voice.voicemail, greeting: asked } });
        expect(fields['voicemail.greeting.audioUrl']?.code).to.equal('required');
      });

      it('saves do not disturb until a time, and a night shift that closes after midnight', async () => {
        const until = '2030-01-01T08:00:00.000Z';
        const days = [{ day: 5, open: '22:00', close: '06:00' }];
        const saved = await adapter.updateVoiceSettings({
          ...voice,
          doNotDisturb: { enabled: true, until },
          hours: { ...voice.hours, days },
        });
        expect(saved.doNotDisturb.enabled).to.equal(true);
        expect(Date.parse(saved.doNotDisturb.until ?? '')).to.equal(Date.parse(until));
        expect(saved.hours.days).to.deep.equal(days);
        const fields = await voiceRefusal({ ...saved, doNotDisturb: { enabled: true, until: 'tonight' } });
        expect(fields['doNotDisturb.until']?.code).to.equal('invalid_format');
      });

      it('refuses do not disturb set to end at a time already past, at that field', async () => {
        const voice = await adapter.getVoiceSettings();
        const past = new Date(Date.now() - 60_000).toISOString();
        const fields = await voiceRefusal({ ...voice, doNotDisturb: { enabled: true, until: past } });
        expect(fields['doNotDisturb.until']?.code).to.equal('not_in_future');
        expect((await adapter.getVoiceSettings()).doNotDisturb).to.deep.equal(voice.doNotDisturb);
        // Off, the time it would have ended at does not matter.
        const off = await adapter.updateVoiceSettings({
          ...voice,
          doNotDisturb: { enabled: false, until: past },
        });
        expect(off.doNotDisturb.enabled).to.equal(false);
      });

      for (const recording of RECORDINGS) {
        it(`takes ${recording.name} as the greeting, and plays it from then on`, async () => {
          const saved = await adapter.uploadVoicemailGreeting(recording.file());
          expect(saved.voicemail.greeting.mode).to.equal('audio');
          const url = saved.voicemail.greeting.audioUrl ?? '';
          expect(url).to.not.equal('');
          const stored = await fetch(url).then((response) => response.blob());
          expect(stored.type).to.equal(recording.type);
          // The answer carried the new version: an update right after it goes through.
          const text = { ...saved.voicemail.greeting, text: 'Hello' };
          const updated = await adapter.updateVoiceSettings({
            ...saved,
            voicemail: { ...saved.voicemail, greeting: text },
          });
          expect(updated.voicemail.greeting.audioUrl).to.equal(url);
        });
      }

      for (const refused of REFUSED) {
        it(`refuses ${refused.name} with ${refused.code} on audio, keeping the greeting`, async () => {
          const error = await expectCode(adapter.uploadVoicemailGreeting(refused.file()), 'validation');
          expect(error.fields['audio']?.code).to.equal(refused.code);
          expect(error.fields['audio']?.max).to.equal(refused.max);
          expect((await adapter.getVoiceSettings()).voicemail.greeting).to.deep.equal(
            voice.voicemail.greeting,
          );
        });
      }

      it('removing the recording reads the text aloud again', async () => {
        await adapter.uploadVoicemailGreeting(audioFile(wavBytes(1), 'hello.wav'));
        const removed = await adapter.removeVoicemailGreeting();
        expect(removed.voicemail.greeting.mode).to.equal('text');
        expect(removed.voicemail.greeting.audioUrl).to.equal(null);
        expect(removed.voicemail.greeting.text).to.equal(voice.voicemail.greeting.text);
      });

      it('a backend without recorded greetings says unsupported', async () => {
        const bare = (await make({ unsupported: ['uploadVoicemailGreeting'] })).adapter;
        await expectCode(bare.uploadVoicemailGreeting(audioFile(wavBytes(1), 'hello.wav')), 'unsupported');
      });
    });

    describe('messages', () => {
      it('an auto-reply on needs a text; blanks are no text', async () => {
        for (const text of ['', '   ']) {
          const settings = { ...messages, autoReply: { enabled: true, text } };
          const checked = validate(messageSettings, settings);
          expect(checked.ok ? '' : checked.fields['autoReply.text']?.code).to.equal('required');
          expect((await messageRefusal(settings))['autoReply.text']?.code).to.equal('required');
        }
        const long = { enabled: true, text: 'x'.repeat(AUTO_REPLY_MAX + 1) };
        expect((await messageRefusal({ ...messages, autoReply: long }))['autoReply.text']?.max).to.equal(
          AUTO_REPLY_MAX,
        );
      });

      it('forwarding texts to email on needs a valid address', async () => {
        const none = await messageRefusal({ ...messages, forwardToEmail: { enabled: true, email: null } });
        expect(none['forwardToEmail.email']?.code).to.equal('required');
        const bad = await messageRefusal({ ...messages, forwardToEmail: { enabled: true, email: 'ada@' } });
        expect(bad['forwardToEmail.email']?.code).to.equal('invalid_email');
        const saved = await adapter.updateMessageSettings({
          ...messages,
          forwardToEmail: { enabled: true, email: 'Texts@Example.COM' },
        });
        expect(saved.forwardToEmail.email).to.equal('Texts@example.com');
      });

      it('keeps opt-out keywords upper-case, one word each', async () => {
        const saved = await adapter.updateMessageSettings({
          ...messages,
          optOut: { keywords: [' halt', 'Arrêt'] },
        });
        expect(saved.optOut.keywords).to.deep.equal(['HALT', 'ARRÊT']);
      });

      it('refuses a keyword too long, with spaces, repeated, or a standard one, at its index', async () => {
        const cases: readonly [string[], string, string][] = [
          [['x'.repeat(OPT_OUT_KEYWORD_MAX + 1)], 'optOut.keywords.0', 'too_long'],
          [['NO THANKS'], 'optOut.keywords.0', 'invalid_keyword'],
          [['HALT', 'halt'], 'optOut.keywords.1', 'duplicate'],
          [['REMOVE', 'stop'], 'optOut.keywords.1', 'keyword_standard'],
          [['', 'HALT'], 'optOut.keywords.0', 'required'],
        ];
        for (const [keywords, path, code] of cases) {
          const fields = await messageRefusal({ ...messages, optOut: { keywords } });
          expect(fields[path]?.code, keywords.join(',')).to.equal(code);
        }
      });

      it(`refuses more than ${OPT_OUT_KEYWORDS_MAX} keywords`, async () => {
        const keywords = Array.from({ length: OPT_OUT_KEYWORDS_MAX + 1 }, (_, index) => `K${index}`);
        const fields = await messageRefusal({ ...messages, optOut: { keywords } });
        expect(fields['optOut.keywords']?.code).to.equal('too_many');
        expect(fields['optOut.keywords']?.max).to.equal(OPT_OUT_KEYWORDS_MAX);
      });
    });
  });
}
