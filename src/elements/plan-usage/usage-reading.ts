import type { Plan, Usage, UsageKind } from '../../api/index.js';
import { formatDate, type Catalog } from '../../i18n/index.js';
import { meterTone, type MeterTone } from '../../ui/index.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * What a cycle uses up, so its end can be foreseen from the pace so far. Groups are not: a group
 * made stays made, and their number does not grow with the days of the cycle.
 */
const USED_UP_OVER_THE_CYCLE: ReadonlySet<UsageKind> = new Set(['minutes', 'messages', 'apiRequests']);

/** One kind of usage, in words: what the meter shows and says, and what the pace foretells. */
export interface UsageReading {
  kind: UsageKind;
  label: string;
  used: number;
  limit: number | null;
  tone: MeterTone;
  /** "1,284 of 3,000 minutes", or "48,213 API requests, unlimited". */
  valueText: string;
  /** The tone in words ("Near the limit."), so it is not said by colour alone; empty when unlimited. */
  state: string;
  /** Where the cycle ends at this pace; empty when it cannot be told yet or no longer matters. */
  projection: string;
}

/** A reading of each kind of usage of the plan, at `now` (epoch ms). */
export function readUsage(
  t: Catalog,
  locale: string,
  plan: Plan,
  kind: UsageKind,
  now: number,
): UsageReading {
  const usage = plan.usage[kind];
  const tone = meterTone(usage.used, usage.limit);
  const valueText =
    usage.limit === null
      ? t.plan.usedUnlimited(kind, usage.used)
      : t.plan.usedOf(kind, usage.used, usage.limit);
  return {
    kind,
    label: t.plan.kinds[kind],
    used: usage.used,
    limit: usage.limit,
    tone,
    valueText,
    state: stateText(t, tone),
    projection: USED_UP_OVER_THE_CYCLE.has(kind) ? projection(t, locale, plan, kind, usage, now) : '',
  };
}

function stateText(t: Catalog, tone: MeterTone): string {
  switch (tone) {
    case 'normal':
      return t.plan.withinLimit;
    case 'warning':
      return t.plan.nearLimit;
    case 'danger':
      return t.plan.limitReached;
    case 'unlimited':
      return '';
  }
}

/**
 * The pace so far (used / time elapsed) carried to the end of the cycle: when it runs out, if it
 * will, else about how much will be used. Said only after a whole day, when the pace means something,
 * and not once the limit is reached (the state says so).
 */
function projection(
  t: Catalog,
  locale: string,
  plan: Plan,
  kind: UsageKind,
  usage: Usage,
  now: number,
): string {
  const start = Date.parse(plan.cycleStart);
  const end = Date.parse(plan.cycleEnd);
  const length = end - start;
  const elapsed = Math.min(now - start, length);
  if (!(length > 0) || !(elapsed >= DAY) || usage.used <= 0) return '';
  if (usage.limit !== null && usage.used >= usage.limit) return '';
  const perMs = usage.used / elapsed;
  const expected = perMs * length;
  if (usage.limit !== null && expected > usage.limit) {
    return t.plan.runsOut(formatDate(locale, start + usage.limit / perMs));
  }
  return t.plan.projection(kind, roughly(expected), formatDate(locale, end));
}

/** An estimate reads as one: 3,210 becomes 3,200; small numbers stay whole. */
function roughly(value: number): number {
  const whole = Math.round(value);
  return whole < 100 ? whole : Number(whole.toPrecision(2));
}
