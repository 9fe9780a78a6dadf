/**
 * Every phrase of a catalog that says a count, as a function of the count alone (the other
 * arguments fixed): what `count-phrases.test.ts` renders at 0, 1, 2, 3, 11 and 100 in every
 * language. The plan's sentences are there for each kind of usage, as a language may word a count
 * by its kind and by the sentence around it.
 */
import type { Catalog, UsageUnit } from '../../src/i18n/index.js';

export const COUNTS = [0, 1, 2, 3, 11, 100] as const;

const KINDS: readonly UsageUnit[] = ['minutes', 'messages', 'groups', 'apiRequests'];

/** A date as the element would pass it in; any text does, it is not counted. */
const DATE = '30/04/2025';

export const COUNT_PHRASES: Record<string, (t: Catalog, count: number) => string> = {
  'common.tryAgainIn': (t, count) => t.common.tryAgainIn(count),
  'errors.rate_limited': (t, count) => t.errors.rate_limited(count),
  'fields.too_short': (t, count) => t.fields.too_short(count),
  'fields.too_long': (t, count) => t.fields.too_long(count),
  'fields.email_local_too_long': (t, count) => t.fields.email_local_too_long(count),
  'verification.codeHint': (t, count) => t.verification.codeHint(count),
  'verification.resendIn': (t, count) => t.verification.resendIn(count),
  'verification.attemptsLeft': (t, count) => t.verification.attemptsLeft(count),
  'verification.expiresIn': (t, count) => t.verification.expiresIn(count),
  'verification.wrongCode': (t, count) => t.verification.wrongCode(count),
  'profile.pictureHint': (t, count) => t.profile.pictureHint(count),
  'profile.fileTooLarge': (t, count) => t.profile.fileTooLarge(count),
  'profile.pictureTooLarge': (t, count) => t.profile.pictureTooLarge(count),
  'email.resendIn': (t, count) => t.email.resendIn(count),
  'password.wrongPassword': (t, count) => t.password.wrongPassword(count),
  'apiKey.hidesIn': (t, count) => t.apiKey.hidesIn(count),
  'settingsSection.fieldErrors.too_many': (t, count) => t.settingsSection.fieldErrors.too_many(count),
  // Said in seconds, or in minutes when the limit is a whole number of them.
  'settingsSection.fieldErrors.too_long_duration, seconds': (t, count) =>
    t.settingsSection.fieldErrors.too_long_duration(count),
  'settingsSection.fieldErrors.too_long_duration, minutes': (t, count) =>
    t.settingsSection.fieldErrors.too_long_duration(count * 60),
  'settingsSection.audio.hint': (t, count) => t.settingsSection.audio.hint(count, count),
  'settingsSection.audio.fileTooLarge': (t, count) => t.settingsSection.audio.fileTooLarge(count),
  'messages.optOutHint': (t, count) => t.messages.optOutHint(count),
  ...Object.fromEntries(
    KINDS.flatMap((kind): [string, (t: Catalog, count: number) => string][] => [
      [`plan.usedOf, ${kind}`, (t, count) => t.plan.usedOf(kind, 0, count)],
      [`plan.usedUnlimited, ${kind}`, (t, count) => t.plan.usedUnlimited(kind, count)],
      [`plan.projection, ${kind}`, (t, count) => t.plan.projection(kind, count, DATE)],
      [`plan.limit, ${kind}`, (t, count) => t.plan.limit(kind, count)],
    ]),
  ),
};
