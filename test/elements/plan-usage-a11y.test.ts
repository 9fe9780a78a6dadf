import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure } from '../../src/core/configure.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import { CountingAdapter, en, mount, NOW, restoreClock, type MountOptions } from './plan-usage-helpers.js';

/** Each state the element can show, reached as a person would. */
const STATES: {
  name: string;
  options: MountOptions;
  reach?: (harness: PlanUsageHarness) => Promise<void>;
}[] = [
  { name: 'near the limit', options: { seed: { used: { minutes: 2600, messages: 8500 } } } },
  { name: 'over the limit', options: { seed: { used: { minutes: 3100, messages: 10_000, groups: 25 } } } },
  { name: 'unlimited', options: { seed: { planId: 'enterprise' } } },
  {
    name: 'saying how to reach sales',
    options: { seed: { salesChatUrl: null } },
    reach: async (harness) => {
      await harness.click(en.plan.salesChat);
    },
  },
  {
    name: 'comparing plans, as a member',
    options: { user: 'member' },
    reach: (harness) => harness.openUpgrade(),
  },
  {
    name: 'with a failed checkout',
    options: {},
    reach: async (harness) => {
      (harness.element.adapter as CountingAdapter).failNext('network', { method: 'startCheckout' });
      await harness.openUpgrade();
      await harness.choose('Business');
      await waitUntil(() => harness.upgradeStatus === en.errors.network, 'the failure was not said');
    },
  },
  {
    name: 'leaving for the checkout',
    options: {},
    reach: async (harness) => {
      await harness.openUpgrade();
      await harness.choose('Business');
      await waitUntil(() => harness.upgradeStatus === en.plan.redirecting, 'leaving was not said');
    },
  },
];

describe('<plan-usage>: accessible in every state', () => {
  afterEach(() => restoreClock());

  for (const theme of ['light', 'dark'] as const) {
    for (const { name, options, reach } of STATES) {
      it(`${name}, ${theme}`, async () => {
        const { harness } = await mount({ ...options, theme });
        await reach?.(harness);
        await expect(harness.element).to.be.accessible();
      });
    }
  }

  for (const { name, options, reach } of STATES) {
    it(`${name}, right to left`, async () => {
      configure({ now: () => NOW });
      const adapter = new CountingAdapter({ reverify: [], now: () => NOW, ...options });
      const root = await fixture<HTMLElement>(
        html`<div dir="rtl"><plan-usage .adapter=${adapter} locale="en-US"></plan-usage></div>`,
      );
      const harness = new PlanUsageHarness(root.querySelector('plan-usage')!);
      harness.stayOnPage();
      await harness.ready(PlanUsageHarness.readySelector);
      await reach?.(harness);
      expect(getComputedStyle(harness.find('section')).direction).to.equal('rtl');
      await expect(harness.element).to.be.accessible();
    });
  }
});
