import { fixture, html } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { CallOptions, Checkout, Plan, PlanOption } from '../../src/api/index.js';
import { configure } from '../../src/core/configure.js';
import type { PlanUsage } from '../../src/elements/plan-usage/plan-usage.component.js';
import { en, formatDate } from '../../src/i18n/index.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';

export { en };

export const DAY = 24 * 60 * 60 * 1000;

/**
 * Midnight UTC, so the demo cycle (it began 12 days before, at midnight UTC) is exactly 12 days
 * old and 30 long: projections come out round.
 */
export const NOW = Date.UTC(2025, 2, 15);
export const CYCLE_START = NOW - 12 * DAY;
export const CYCLE_END = CYCLE_START + 30 * DAY;

/** A MemoryAdapter that counts the element's reads and can answer a checkout of its choosing. */
export class CountingAdapter extends MemoryAdapter {
  planReads = 0;
  planListReads = 0;
  checkouts: string[] = [];
  /** Added to the minutes used, to see a read again change what is shown. */
  extraMinutes = 0;
  /** Answered by `startCheckout` in place of the backend's own address. */
  checkoutUrl: string | undefined;

  override async getPlan(options?: CallOptions): Promise<Plan> {
    this.planReads++;
    const plan = await super.getPlan(options);
    plan.usage.minutes.used += this.extraMinutes;
    return plan;
  }

  override listPlans(options?: CallOptions): Promise<PlanOption[]> {
    this.planListReads++;
    return super.listPlans(options);
  }

  override async startCheckout(planId: string, options?: CallOptions): Promise<Checkout> {
    this.checkouts.push(planId);
    const answer = await super.startCheckout(planId, options);
    return this.checkoutUrl === undefined ? answer : { url: this.checkoutUrl };
  }
}

export interface MountOptions extends MemoryAdapterOptions {
  theme?: 'light' | 'dark';
}

/**
 * `<plan-usage>` on a backend and a page clock both at `NOW`, in US English, loaded. Its departures
 * (checkout, sales chat) are recorded instead of leaving the test page.
 */
export async function mount(options: MountOptions = {}) {
  const { theme = 'light', ...adapterOptions } = options;
  configure({ now: () => NOW });
  const adapter = new CountingAdapter({ reverify: [], now: () => NOW, ...adapterOptions });
  const el = await fixture<PlanUsage>(
    html`<plan-usage .adapter=${adapter} locale="en-US" theme=${theme}></plan-usage>`,
  );
  const harness = new PlanUsageHarness(el);
  const departures = harness.stayOnPage();
  await harness.ready(PlanUsageHarness.readySelector);
  return { harness, adapter, departures, el };
}

/** Puts the page clock back after a test that set it. */
export function restoreClock(): void {
  configure({ now: undefined });
}

/** A date as the element says it, in US English. */
export function date(value: number | string): string {
  return formatDate('en-US', value);
}

/** The next event of that name on `target`, typed from the global event map. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), {
      once: true,
    }),
  );
}
