import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEMO_PLANS } from '../../src/adapters/memory/index.js';
import { PlanUsage } from '../../src/elements/plan-usage/plan-usage.component.js';
import { USAGE_KINDS } from '../../src/api/index.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import { text } from '../harness/element-harness.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en, formatDate } from '../../src/i18n/index.js';
import { atNow, CYCLE_END, CYCLE_START, NOW } from '../support/billing.js';
import { DAY, realTime, TestClock } from '../support/clock.js';
import { mount, mountIn } from '../support/mount.js';
import { hidePage, showPage } from '../support/page.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';

/** A periodic read waiting to happen, as the element asked for it. */
interface Scheduled {
  delay: number;
  run: () => void;
  cancelled: boolean;
}

/** `<plan-usage>` whose periodic reads wait for the test instead of a timer. */
class TimedPlanUsage extends PlanUsage {
  readonly scheduled: Scheduled[] = [];

  protected override scheduleRefresh(callback: () => void, delay: number): () => void {
    const entry: Scheduled = { delay, run: callback, cancelled: false };
    this.scheduled.push(entry);
    return () => (entry.cancelled = true);
  }

  /** The read planned now, if any. */
  get pending(): Scheduled | undefined {
    return this.scheduled.filter((entry) => !entry.cancelled).at(-1);
  }
}
customElements.define('timed-plan-usage', TimedPlanUsage);

/** A date as the element says it, in US English. */
function date(value: number | string): string {
  return formatDate('en-US', value);
}

/** The backend says `minutes` more were used than it holds, to see a read again change what is shown. */
function useMoreMinutes(adapter: RecordingAdapter, minutes: number): void {
  adapter.answer('getPlan', async (args, read) => {
    const plan = await read(...args);
    plan.usage.minutes.used += minutes;
    return plan;
  });
}

describe('<plan-usage>', () => {
  afterEach(realTime);

  describe('the plan and its cycle', () => {
    it('shows the plan’s name, when the cycle started and when it resets, in the person’s locale', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      expect(text(harness.find('#current-plan'))).to.equal('Team');
      expect(text(harness.find('#plan-cycle'))).to.equal(en.plan.cycle(date(CYCLE_START), date(CYCLE_END)));
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('says the dates in another locale’s format', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      harness.element.locale = 'de-DE';
      await harness.element.updateComplete;
      const german = (value: number) =>
        new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(value);
      expect(text(harness.find('#plan-cycle'))).to.include(german(CYCLE_START));
      // The count in words, once the German catalog is in: its numbers written the German way.
      await waitUntil(
        () => harness.reading('minutes') === '1.284 von 3.000 Minuten',
        'the usage is not in German',
      );
    });
  });

  describe('the meters', () => {
    it('has a meter per kind: used of the limit, in words, with its values', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      const minutes = harness.find('#minutes-meter');
      expect(minutes.getAttribute('role')).to.equal('meter');
      expect(minutes.getAttribute('aria-valuenow')).to.equal('1284');
      expect(minutes.getAttribute('aria-valuemax')).to.equal('3000');
      expect(harness.reading('minutes')).to.equal('1,284 of 3,000 minutes');
      expect(harness.reading('messages')).to.equal('7,412 of 10,000 messages');
      expect(harness.reading('groups')).to.equal('9 of 25 groups');
      expect(harness.note('groups')).to.equal(en.plan.withinLimit);
    });

    it('says "unlimited" where there is no limit, and no meter role', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      expect(harness.reading('apiRequests')).to.equal('48,213 API requests, unlimited');
      expect(harness.find('#api-requests-meter').hasAttribute('role')).to.equal(false);
      expect(harness.meterBox('apiRequests').getAttribute('part')).to.contain('meter-unlimited');
    });

    it('says near the limit in words from 80%, not by colour alone', async () => {
      const harness = await mount(
        PlanUsageHarness,
        atNow({ seed: { used: { minutes: 2400, messages: 7999 } } }),
      );
      expect(harness.note('minutes').startsWith(en.plan.nearLimit)).to.equal(true);
      expect(harness.note('messages').startsWith(en.plan.withinLimit)).to.equal(true);
      expect(harness.meterBox('minutes').getAttribute('part')).to.contain('meter-warning');
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('says the limit is reached at 100% and over, and foretells nothing more', async () => {
      const harness = await mount(
        PlanUsageHarness,
        atNow({ seed: { used: { minutes: 3000, messages: 12_500, groups: 25 } } }),
      );
      expect(harness.note('minutes')).to.equal(en.plan.limitReached);
      expect(harness.note('messages')).to.equal(en.plan.limitReached);
      expect(harness.note('groups')).to.equal(en.plan.limitReached);
      expect(harness.reading('messages')).to.equal('12,500 of 10,000 messages');
      // The bar stays inside its range: a meter's value cannot pass its maximum.
      expect(harness.find('#messages-meter').getAttribute('aria-valuenow')).to.equal('10000');
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('on a plan with no limits, every kind says unlimited and no state', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ seed: { planId: 'enterprise' } }));
      expect(harness.root.querySelectorAll('[role="meter"]').length).to.equal(0);
      expect(harness.reading('minutes')).to.equal('1,284 minutes, unlimited');
      expect(harness.usagePieces('state').length).to.equal(0);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('says one in the singular, by the locale’s plural rules', async () => {
      const plans = DEMO_PLANS.map((plan) =>
        plan.id === 'team' ? { ...plan, limits: { ...plan.limits, groups: 1 } } : plan,
      );
      const harness = await mount(
        PlanUsageHarness,
        atNow({ seed: { plans, used: { groups: 0, messages: 1 }, planId: 'team' } }),
      );
      expect(harness.reading('groups')).to.equal('0 of 1 group');
      const enterprise = await mount(
        PlanUsageHarness,
        atNow({ seed: { planId: 'enterprise', used: { messages: 1 } } }),
      );
      expect(enterprise.reading('messages')).to.equal('1 message, unlimited');
    });
  });

  describe('where the cycle ends at this pace', () => {
    it('says about how much by the reset, when it stays within the limit', async () => {
      // 600 minutes in 12 days of 30: about 1,500 by the end.
      const harness = await mount(PlanUsageHarness, atNow({ seed: { used: { minutes: 600 } } }));
      expect(harness.note('minutes')).to.equal(
        `${en.plan.withinLimit} ${en.plan.projection('minutes', 1500, date(CYCLE_END))}`,
      );
    });

    it('says when it runs out, when the pace passes the limit first', async () => {
      // 1,284 minutes in 12 days: 3,000 are used up after 3,000 / 107 a day = 28 days.
      const harness = await mount(PlanUsageHarness, atNow());
      const runsOutAt = CYCLE_START + 3000 / (1284 / (12 * DAY));
      expect(harness.note('minutes')).to.equal(`${en.plan.withinLimit} ${en.plan.runsOut(date(runsOutAt))}`);
      const near = await mount(PlanUsageHarness, atNow({ seed: { used: { minutes: 2700 } } }));
      expect(near.note('minutes')).to.include(en.plan.nearLimit);
      expect(near.note('minutes')).to.include(
        en.plan.runsOut(date(CYCLE_START + 3000 / (2700 / (12 * DAY)))),
      );
      await expectPartsDocumented(near);
    });

    it('rounds an estimate, for unlimited usage too', async () => {
      // 48,213 in 12 days of 30: 120,533, said as about 120,000.
      const harness = await mount(PlanUsageHarness, atNow());
      expect(harness.note('apiRequests')).to.equal(
        en.plan.projection('apiRequests', 120_000, date(CYCLE_END)),
      );
    });

    it('foretells nothing of groups, which are not used up over a cycle', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      expect(harness.usagePiece('groups', 'projection') === null).to.equal(true);
    });

    it('waits for a whole day of the cycle before it foretells anything', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      // The same usage, seen on the cycle's first day by the page's clock.
      new TestClock(CYCLE_START + DAY / 2).onPage();
      harness.element.requestUpdate();
      await harness.element.updateComplete;
      expect(harness.usagePieces('projection').length).to.equal(0);
      expect(harness.note('minutes')).to.equal(en.plan.withinLimit);
    });
  });

  describe('reading the usage again', () => {
    it('refresh() reads it again and shows the new numbers, with no skeleton meanwhile', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      useMoreMinutes(adapter, 100);
      const refreshed = harness.element.refresh();
      await harness.element.updateComplete;
      expect(harness.skeleton === null).to.equal(true);
      await refreshed;
      await waitUntil(
        () => harness.reading('minutes') === '1,384 of 3,000 minutes',
        'the new usage is not shown',
      );
      expect(adapter.count('getPlan')).to.equal(2);
    });

    it('keeps the usage shown when a read again fails', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      adapter.failNext('network', { method: 'getPlan' });
      await harness.element.refresh();
      await harness.element.updateComplete;
      expect(harness.reading('minutes')).to.equal('1,284 of 3,000 minutes');
    });

    async function mountTimed(interval: string | undefined) {
      // The page's clock moves on; the backend's stays at NOW.
      const page = new TestClock(NOW).onPage();
      const adapter = backend({ now: () => NOW });
      const el = await fixture<TimedPlanUsage>(
        html`<timed-plan-usage .adapter=${adapter} refresh-interval=${interval ?? ''}></timed-plan-usage>`,
      );
      if (interval === undefined) el.removeAttribute('refresh-interval');
      await new PlanUsageHarness(el).ready(PlanUsageHarness.readySelector);
      return { el, adapter, advance: (ms: number) => page.advance(ms) };
    }

    afterEach(showPage);

    it('with refresh-interval, reads it again every so often', async () => {
      const { el, adapter, advance } = await mountTimed('60');
      expect(el.pending?.delay).to.equal(60_000);
      useMoreMinutes(adapter, 16);
      advance(60_000);
      el.pending!.run();
      await waitUntil(() => adapter.count('getPlan') === 2, 'no second read');
      const harness = new PlanUsageHarness(el);
      await waitUntil(
        () => harness.reading('minutes') === '1,300 of 3,000 minutes',
        'the new usage is not shown',
      );
      expect(el.pending?.delay, 'the next read is planned').to.equal(60_000);
    });

    it('reads no more often than every 15 seconds', async () => {
      const { el } = await mountTimed('1');
      expect(el.pending?.delay).to.equal(15_000);
      el.refreshInterval = 15;
      await el.updateComplete;
      expect(el.pending?.delay).to.equal(15_000);
    });

    it('without the attribute, or with 0, reads only when asked', async () => {
      const { el } = await mountTimed(undefined);
      expect(el.scheduled.length).to.equal(0);
      el.refreshInterval = 0;
      await el.updateComplete;
      expect(el.scheduled.length).to.equal(0);
      el.refreshInterval = 30;
      await el.updateComplete;
      expect(el.pending?.delay).to.equal(30_000);
      el.refreshInterval = undefined;
      await el.updateComplete;
      expect(el.pending === undefined).to.equal(true);
    });

    it('pauses while the page is hidden, and reads at once when shown after the interval', async () => {
      const { el, adapter, advance } = await mountTimed('30');
      hidePage();
      expect(el.pending === undefined, 'nothing planned while hidden').to.equal(true);
      advance(45_000);
      showPage();
      await waitUntil(() => adapter.count('getPlan') === 2, 'no read on coming back');
      expect(el.pending?.delay).to.equal(30_000);
    });

    it('shown again before the interval, waits for the rest of it', async () => {
      const { el, adapter, advance } = await mountTimed('30');
      hidePage();
      advance(10_000);
      showPage();
      expect(el.pending?.delay).to.equal(20_000);
      expect(adapter.count('getPlan')).to.equal(1);
    });

    it('stops when the element leaves the page, and starts again when it comes back', async () => {
      const { el, adapter } = await mountTimed('30');
      const planned = el.pending!;
      const parent = el.parentElement!;
      el.remove();
      expect(planned.cancelled).to.equal(true);
      expect(el.pending === undefined).to.equal(true);
      showPage();
      expect(el.pending === undefined, 'nothing planned while away').to.equal(true);
      parent.append(el);
      await el.updateComplete;
      expect(el.pending?.delay).to.equal(30_000);
      expect(adapter.count('getPlan')).to.equal(1);
    });
  });

  describe('narrow screens', () => {
    it('keeps the meters inside 360 px, in both directions', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const adapter = atNow({
          seed: { used: { minutes: 2_999_999, messages: 12_345_678, apiRequests: 98_765_432 } },
        });
        const { harness } = await mountIn(
          PlanUsageHarness,
          html`<div dir=${dir} style="inline-size: 360px">
            <plan-usage .adapter=${adapter}></plan-usage>
          </div>`,
        );
        const card = harness.find('section');
        expect(card.scrollWidth, `the card scrolls sideways (${dir})`).to.be.at.most(card.clientWidth + 1);
        const bounds = card.getBoundingClientRect();
        for (const meter of USAGE_KINDS.map((kind) => harness.meterBox(kind))) {
          const box = meter.getBoundingClientRect();
          expect(box.left >= bounds.left && box.right <= bounds.right, `a meter overflows (${dir})`).to.equal(
            true,
          );
        }
        await expect(harness.element).to.be.accessible();
      }
    });
  });
});
