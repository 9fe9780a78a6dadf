import * as z from 'zod/mini';
import { emailAddress, phoneNumber } from './contact.js';
import { timestamp } from './timestamp.js';

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time'));
export const businessDay = z.object({
  /** 0 is Sunday. */
  day: z.number().check(z.int(), z.gte(0), z.lte(6)),
  open: clockTime,
  /** Before `open` for a night shift: the day's hours run past midnight. */
  close: clockTime,
});
export type BusinessDay = z.infer<typeof businessDay>;

/** How long a call rings before voicemail answers, in seconds. */
export const RING_SECONDS_MIN = 5;
export const RING_SECONDS_MAX = 60;
/** The greeting read aloud (text to speech), in characters. */
export const VOICEMAIL_GREETING_MAX = 500;

/** A recorded greeting: its formats (judged by the file's bytes), its size and its length. */
export const GREETING_AUDIO_TYPES = ['audio/mpeg', 'audio/wav', 'audio/ogg', 'audio/mp4'] as const;
export type GreetingAudioType = (typeof GREETING_AUDIO_TYPES)[number];
export const GREETING_AUDIO_MAX_BYTES = 5 * 1024 * 1024;
export const GREETING_AUDIO_MAX_SECONDS = 180;

export const greetingMode = z.enum(['text', 'audio']);
export type GreetingMode = z.infer<typeof greetingMode>;
export const callerIdMode = z.enum(['business', 'personal', 'private']);
export type CallerIdMode = z.infer<typeof callerIdMode>;

/*
 * The rules across fields are part of the schemas (`refine` on the whole object, the issue on the
 * field to fix), so an element says them before sending and a backend refuses the same: a switch
 * that is on needs what it switches on. Opening hours are left alone: a night shift closes before it
 * opens. Zod runs them once every field has the right type.
 */

export const voiceSettings = z
  .object({
    forwarding: z.object({ enabled: z.boolean(), number: z.nullable(phoneNumber) }),
    voicemail: z.object({
      enabled: z.boolean(),
      greeting: z.object({
        /** Read `text` aloud, or play the uploaded recording. */
        mode: greetingMode,
        text: z.string().check(z.trim(), z.maxLength(VOICEMAIL_GREETING_MAX, 'too_long')),
        /**
         * The backend's: set by `uploadVoicemailGreeting`, cleared by `removeVoicemailGreeting`. An
         * update cannot point it elsewhere; the value sent is replaced by the one stored.
         */
        audioUrl: z.nullable(z.string()),
      }),
      ringSeconds: z
        .number('required')
        .check(
          z.int('out_of_range'),
          z.gte(RING_SECONDS_MIN, 'out_of_range'),
          z.lte(RING_SECONDS_MAX, 'out_of_range'),
        ),
    }),
    callerId: z.object({ mode: callerIdMode }),
    hours: z.object({
      enabled: z.boolean(),
      timezone: z.string().check(z.minLength(1, 'required')),
      days: z.array(businessDay),
    }),
    /** Calls go straight to voicemail; until a time, or (`null`) until turned off. */
    doNotDisturb: z.object({ enabled: z.boolean(), until: z.nullable(timestamp) }),
  })
  .check(
    z.refine((settings) => !settings.forwarding.enabled || settings.forwarding.number !== null, {
      path: ['forwarding', 'number'],
      message: 'required',
    }),
    z.refine(({ voicemail: { greeting } }) => greeting.mode !== 'audio' || greeting.audioUrl !== null, {
      path: ['voicemail', 'greeting', 'audioUrl'],
      message: 'required',
    }),
  );
export type VoiceSettings = z.infer<typeof voiceSettings>;

/**
 * Voice settings as an update sends them: do not disturb may not be set to end at a time already
 * past, which would turn it off the moment it is saved. Only updates are held to it: a time still
 * ahead when an answer left the server may have passed when it arrives, and a backend reports a
 * do not disturb that has ended as off.
 */
export const voiceSettingsUpdate = voiceSettings.check(
  z.refine(
    ({ doNotDisturb: { enabled, until } }) => !enabled || until === null || Date.parse(until) > Date.now(),
    { path: ['doNotDisturb', 'until'], message: 'not_in_future' },
  ),
);

export const SIGNATURE_MAX = 160;
export const AUTO_REPLY_MAX = 320;

/**
 * What carriers honour whatever the sender configures (CTIA; 10DLC): a text that is one of these
 * words opts the sender out. Shown as always on; a custom keyword may not repeat one.
 */
export const STANDARD_OPT_OUT_KEYWORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'] as const;
/** A keyword is one word: letters and digits, at most this many. */
export const OPT_OUT_KEYWORD_MAX = 20;
/** Custom keywords, on top of the standard ones. */
export const OPT_OUT_KEYWORDS_MAX = 10;

/** Carriers match keywords without case; stored upper-case, so `halt` and `HALT` are one keyword. */
export const optOutKeyword = z
  .string('required')
  .check(
    z.trim(),
    z.toUpperCase(),
    z.minLength(1, 'required'),
    z.maxLength(OPT_OUT_KEYWORD_MAX, 'too_long'),
    z.regex(/^[\p{L}\p{N}]+$/u, 'invalid_keyword'),
  );

const optOutKeywords = z.array(optOutKeyword).check(
  z.maxLength(OPT_OUT_KEYWORDS_MAX, 'too_many'),
  z.check<string[]>((payload) => {
    const seen = new Set<string>(STANDARD_OPT_OUT_KEYWORDS);
    payload.value.forEach((keyword, index) => {
      if (seen.has(keyword)) {
        const standard = (STANDARD_OPT_OUT_KEYWORDS as readonly string[]).includes(keyword);
        const message = standard ? 'keyword_standard' : 'duplicate';
        payload.issues.push({ code: 'custom', message, input: keyword, path: [index], continue: true });
      }
      seen.add(keyword);
    });
  }),
);

export const messageSettings = z
  .object({
    signature: z.string().check(z.trim(), z.maxLength(SIGNATURE_MAX, 'too_long')),
    autoReply: z.object({
      enabled: z.boolean(),
      text: z.string().check(z.trim(), z.maxLength(AUTO_REPLY_MAX, 'too_long')),
    }),
    forwardToEmail: z.object({ enabled: z.boolean(), email: z.nullable(emailAddress) }),
    /** Keywords that opt a sender out, besides the standard ones (always honoured). */
    optOut: z.object({ keywords: optOutKeywords }),
  })
  .check(
    z.refine((settings) => !settings.autoReply.enabled || settings.autoReply.text !== '', {
      path: ['autoReply', 'text'],
      message: 'required',
    }),
    z.refine((settings) => !settings.forwardToEmail.enabled || settings.forwardToEmail.email !== null, {
      path: ['forwardToEmail', 'email'],
      message: 'required',
    }),
  );
/** The messaging settings (`MessageSettings` is the element that edits them). */
export type MessageSettingsData = z.infer<typeof messageSettings>;
/** @deprecated The former name of `MessageSettingsData`, which the element's class shares. */
export type MessageSettings = MessageSettingsData;
