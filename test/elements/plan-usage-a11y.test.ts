import { expect, waitUntil } from '@open-wc/testing';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import type { MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { atNow } from '../support/billing.js';
import { realTime } from '../support/clock.js';
import { mount } from '../support/mount.js';
import type { RecordingAdapter } from '../support/recording-adapter.js';

/** Each state the element can show, reached as a person would. */
const STATES: {
  name: string;
  options: MemoryAdapterOptions;
  reach?: (harness: PlanUsageHarness, adapter: RecordingAdapter) => Promise<void>;
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
    reach: async (harness, adapter) => {
      adapter.failNext('network', { method: 'startCheckout' });
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
  afterEach(realTime);

  for (const theme of ['light', 'dark'] as const) {
    for (const { name, options, reach } of STATES) {
      it(`${name}, ${theme}`, async () => {
        const adapter = atNow(options);
        const harness = await mount(PlanUsageHarness, adapter, { theme });
        await reach?.(harness, adapter);
        await expect(harness.element).to.be.accessible();
      });
    }
  }

  for (const { name, options, reach } of STATES) {
    it(`${name}, right to left`, async () => {
      const adapter = atNow(options);
      const harness = await mount(PlanUsageHarness, adapter, { dir: 'rtl' });
      await reach?.(harness, adapter);
      expect(getComputedStyle(harness.find('section')).direction).to.equal('rtl');
      await expect(harness.element).to.be.accessible();
    });
  }
});
