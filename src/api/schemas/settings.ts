import * as z from 'zod/mini';
import { emailAddress, phoneNumber } from './contact.js';

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time'));
export const businessDay = z.object({
  /** 0 is Sunday. */
  day: z.number().check(z.int(), z.gte(0), z.lte(6)),
  open: clockTime,
  close: clockTime,
});

export const voiceSettings = z.object({
  forwarding: z.object({ enabled: z.boolean(), number: z.nullable(phoneNumber) }),
  voicemail: z.object({
    enabled: z.boolean(),
    greeting: z.string().check(z.trim(), z.maxLength(500, 'too_long')),
    /** How long a call rings before voicemail answers. */
    ringSeconds: z.number().check(z.int(), z.gte(5, 'out_of_range'), z.lte(60, 'out_of_range')),
  }),
  callerId: z.object({
    mode: z.enum(['business', 'personal', 'private']),
  }),
  hours: z.object({
    enabled: z.boolean(),
    timezone: z.string().check(z.minLength(1, 'required')),
    days: z.array(businessDay),
  }),
});
export type VoiceSettings = z.infer<typeof voiceSettings>;

export const messageSettings = z.object({
  signature: z.string().check(z.trim(), z.maxLength(160, 'too_long')),
  autoReply: z.object({
    enabled: z.boolean(),
    text: z.string().check(z.trim(), z.maxLength(320, 'too_long')),
  }),
  forwardToEmail: z.object({ enabled: z.boolean(), email: z.nullable(emailAddress) }),
});
export type MessageSettings = z.infer<typeof messageSettings>;
