import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { AccountUpgradeRequestedEvent } from '../../src/events/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import { SKELETON, text, until } from '../harness/element-harness.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { atNow } from '../support/billing.js';
import { realTime } from '../support/clock.js';
import { mount, mountIn } from '../support/mount.js';
import type { RecordingAdapter } from '../support/recording-adapter.js';

const CHECKOUT = 'https://billing.example.com/checkout/';

/** The element's focus, as a person sees it: which button has it, by its label. */
function focusedLabel(): string {
  const active = deepActiveElement();
  return active ? (active.getAttribute('aria-label') ?? text(active)) : '';
}

/** The backend answers a checkout with this address instead of its own. */
function checkoutAt(adapter: RecordingAdapter, url: string): void {
  adapter.answer('startCheckout', async (args, start) => {
    await start(...args);
    return { url };
  });
}

describe('<plan-usage>: upgrade', () => {
  afterEach(realTime);

  describe('the comparison', () => {
    it('is read when the dialog first opens, not with the page, and once', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      harness.element.requestUpdate();
      await harness.element.updateComplete;
      expect(adapter.count('listPlans'), 'plans read with the page').to.equal(0);
      await harness.openUpgrade();
      expect(adapter.count('listPlans')).to.equal(1);
      await harness.closeUpgrade();
      await harness.openUpgrade();
      expect(adapter.count('listPlans'), 'plans read again').to.equal(1);
    });

    it('shows a skeleton while the plans load, then the plans', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ latency: 200 }));
      harness.button(en.plan.upgrade).click();
      await until(
        () => harness.maybe<HTMLDialogElement>('#upgrade-dialog')?.open,
        'the comparison did not open',
      );
      expect(harness.maybe(`#upgrade-dialog ${SKELETON}`) !== null, 'no skeleton').to.equal(true);
      await expectPartsDocumented(harness);
      await harness.waitFor('#upgrade-dialog #plans');
    });

    it('lists the plans with their prices and limits side by side, the current one marked in words', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      await harness.openUpgrade();
      const names = harness.planNames();
      expect(names).to.deep.equal(['Starter', 'Team', 'Business', 'Enterprise']);
      const starter = harness.planCard('Starter');
      expect(text(harness.planPiece(starter, 'price'))).to.equal(en.plan.price('$15.00', 'month'));
      const limits = harness.planLimits(starter);
      expect(limits).to.deep.equal(['500 minutes', '2,000 messages', '5 groups', '10,000 API requests']);
      const team = harness.planCard('Team');
      expect(text(harness.planPiece(team, 'badge'))).to.equal(en.plan.current);
      expect(team.querySelectorAll('button').length, 'the current plan has no button').to.equal(0);
      expect(harness.planCards().filter((card) => harness.planPiece(card, 'badge')).length).to.equal(1);
      const enterprise = harness.planCard('Enterprise');
      expect(text(harness.planPiece(enterprise, 'price'))).to.equal(en.plan.customPrice);
      expect(text(harness.planPiece(enterprise, 'limits'))).to.include(en.plan.unlimited('minutes'));
      // Side by side when there is room.
      const tops = ['Starter', 'Team', 'Business'].map((name) =>
        Math.round(harness.planCard(name).getBoundingClientRect().top),
      );
      expect(new Set(tops).size, 'the plans are stacked on a wide screen').to.equal(1);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('says the prices of yearly plans per year, in their currency', async () => {
      const plans = [
        {
          id: 'team',
          name: 'Team',
          price: { amount: 42000, currency: 'EUR', interval: 'year' as const },
          limits: { minutes: 3000, messages: 10_000, groups: 25, apiRequests: null },
          contactSales: false,
        },
        {
          id: 'solo',
          name: 'Solo',
          price: { amount: 900, currency: 'JPY', interval: 'month' as const },
          limits: { minutes: 100, messages: 1, groups: 1, apiRequests: 1 },
          contactSales: false,
        },
      ];
      const harness = await mount(PlanUsageHarness, atNow({ seed: { plans, planId: 'team' } }));
      await harness.openUpgrade();
      expect(text(harness.planPiece(harness.planCard('Team'), 'price'))).to.equal(
        en.plan.price('€420.00', 'year'),
      );
      expect(text(harness.planPiece(harness.planCard('Solo'), 'price'))).to.equal(
        en.plan.price('¥900', 'month'),
      );
      const limits = harness.planLimits(harness.planCard('Solo'));
      expect(limits).to.deep.equal(['100 minutes', '1 message', '1 group', '1 API request']);
    });

    it('says a failed read in the dialog and reads again on retry', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      adapter.failNext('network', { method: 'listPlans' });
      await harness.openUpgrade();
      expect(text(harness.find('#upgrade-dialog .notice--error p'))).to.equal(en.errors.network);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
      await harness.click(en.common.retry, harness.dialog);
      await harness.waitFor('#upgrade-dialog #plans');
      expect(adapter.count('listPlans')).to.equal(2);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible open, ${theme}`, async () => {
        const harness = await mount(PlanUsageHarness, atNow(), { theme });
        await harness.openUpgrade();
        await expect(harness.element).to.be.accessible();
      });
    }

    it('is accessible and fits a 360 px screen right to left', async () => {
      const { harness } = await mountIn(
        PlanUsageHarness,
        html`<div dir="rtl" style="inline-size: 360px"><plan-usage .adapter=${atNow()}></plan-usage></div>`,
      );
      await harness.openUpgrade();
      const plans = harness.find('#plans');
      expect(plans.scrollWidth, 'the plans scroll sideways').to.be.at.most(plans.clientWidth + 1);
      expect(getComputedStyle(harness.dialog).direction).to.equal('rtl');
      await expect(harness.element).to.be.accessible();
    });
  });

  describe('choosing a plan', () => {
    it('fires account-upgrade-requested with the plan, then goes to the checkout the adapter gives', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      await harness.openUpgrade();
      const requested = oneEvent<AccountUpgradeRequestedEvent>(
        harness.element,
        AccountUpgradeRequestedEvent.eventName,
      );
      await harness.choose('Business');
      const event = await requested;
      expect(event instanceof AccountUpgradeRequestedEvent).to.equal(true);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.plan.id).to.equal('business');
      expect(event.plan.name).to.equal('Business');
      expect(event.plan.price?.amount).to.equal(7500);
      await waitUntil(() => harness.departures.navigated.length === 1, 'did not go to the checkout');
      expect(harness.departures.navigated[0]).to.equal(`${CHECKOUT}business`);
      expect(adapter.sent('startCheckout')).to.deep.equal(['business']);
      // Leaving: the chosen button stays busy, the others wait, and it is said.
      await harness.element.updateComplete;
      expect(harness.upgradeStatus).to.equal(en.plan.redirecting);
      expect(harness.button(en.plan.choose('Business')).getAttribute('aria-busy')).to.equal('true');
      expect(harness.button(en.plan.choose('Starter')).getAttribute('aria-disabled')).to.equal('true');
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('is busy while the adapter answers, and a second click sends nothing more', async () => {
      const adapter = atNow({ latency: 100 });
      const harness = await mount(PlanUsageHarness, adapter);
      await harness.openUpgrade();
      await harness.choose('Business');
      const busy = harness.button(en.plan.choose('Business'));
      expect(busy.getAttribute('aria-busy')).to.equal('true');
      busy.click();
      harness.button(en.plan.choose('Starter')).click();
      await waitUntil(() => harness.departures.navigated.length === 1, 'did not go to the checkout');
      expect(adapter.sent('startCheckout')).to.deep.equal(['business']);
    });

    it('lets the host run its own billing: cancelled, the dialog closes and nothing else happens', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      const onUpgrade = (event: AccountUpgradeRequestedEvent) => event.preventDefault();
      document.addEventListener(AccountUpgradeRequestedEvent.eventName, onUpgrade);
      try {
        await harness.openUpgrade();
        await harness.choose('Business');
        await until(() => !harness.dialog.open, 'the dialog stayed open');
        await harness.element.updateComplete;
        expect(adapter.sent('startCheckout').length, 'the adapter was asked').to.equal(0);
        expect(harness.departures.navigated.length).to.equal(0);
        expect(focusedLabel()).to.equal(en.plan.upgrade);
      } finally {
        document.removeEventListener(AccountUpgradeRequestedEvent.eventName, onUpgrade);
      }
    });

    it('says a failure in the dialog, keeps it open, and goes nowhere', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      adapter.failNext('network', { method: 'startCheckout' });
      await harness.openUpgrade();
      await harness.choose('Business');
      await waitUntil(() => harness.upgradeStatus === en.errors.network, 'the failure was not said');
      expect(harness.upgradeStatusRegion.querySelector('[role="alert"]')!.textContent).to.equal(
        en.errors.network,
      );
      expect(harness.dialog.open).to.equal(true);
      expect(harness.departures.navigated.length).to.equal(0);
      expect(harness.button(en.plan.choose('Business')).hasAttribute('aria-disabled')).to.equal(false);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
      // Trying again works, and the failure goes.
      await harness.choose('Business');
      await waitUntil(() => harness.departures.navigated.length === 1, 'did not go to the checkout');
      expect(harness.upgradeStatus).to.equal(en.plan.redirecting);
    });

    it('when the backend refuses (a member), says only an admin can change the plan', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      adapter.failNext('forbidden', { method: 'startCheckout' });
      await harness.openUpgrade();
      await harness.choose('Starter');
      await waitUntil(() => harness.upgradeStatus === en.plan.adminOnly, 'the refusal was not said');
    });

    it('counts a rate-limit wait down on the chosen plan', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      adapter.failNext('rate_limited', { method: 'startCheckout', retryAfter: 20 });
      await harness.openUpgrade();
      await harness.choose('Business');
      await waitUntil(() => harness.hasButton(en.common.tryAgainIn(20)), 'no wait on the button');
      expect(harness.button(en.plan.choose('Starter')).getAttribute('aria-disabled')).to.equal('true');
    });

    it('goes nowhere unsafe: a checkout that is not https is refused and said', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      checkoutAt(adapter, 'javascript:alert(1)');
      await harness.openUpgrade();
      await harness.choose('Business');
      await waitUntil(() => harness.upgradeStatus === en.plan.checkoutUnsafe, 'the refusal was not said');
      checkoutAt(adapter, 'http://billing.example.com/pay');
      await harness.choose('Business');
      expect(harness.upgradeStatus, 'the last refusal is still said').to.equal('');
      await waitUntil(
        () => harness.upgradeStatus === en.plan.checkoutUnsafe,
        'the second refusal was not said',
      );
      expect(adapter.sent('startCheckout').length).to.equal(2);
      expect(harness.departures.navigated.length).to.equal(0);
    });

    it('goes to a checkout on the local machine (a demo backend)', async () => {
      const adapter = atNow();
      const harness = await mount(PlanUsageHarness, adapter);
      checkoutAt(adapter, 'http://localhost:8787/pay?plan=business');
      await harness.openUpgrade();
      await harness.choose('Business');
      await waitUntil(() => harness.departures.navigated.length === 1, 'did not go to the checkout');
      expect(harness.departures.navigated[0]).to.equal('http://localhost:8787/pay?plan=business');
    });

    it('asks for the identity check when the backend wants one, then goes to the checkout', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ reverify: ['startCheckout'] }));
      await harness.openUpgrade();
      await harness.choose('Business');
      await harness.waitForIdentityCheck();
      await expectPartsDocumented(harness);
      await harness.confirmIdentity(DEMO_PASSWORD);
      await waitUntil(() => harness.departures.navigated.length === 1, 'did not go to the checkout');
    });
  });

  describe('a member', () => {
    it('sees the comparison, and is told to ask an admin instead of Choose', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ user: 'member' }));
      await harness.openUpgrade();
      expect(
        harness.planNames().filter((name) => harness.hasButton(en.plan.choose(name))),
        'no plan can be chosen',
      ).to.deep.equal([]);
      expect(text(harness.planPiece(harness.planCard('Business'), 'note'))).to.equal(
        en.plan.askAdmin('Business'),
      );
      // Sales can still be asked.
      expect(harness.planButtons().map((button) => text(button))).to.deep.equal([
        en.plan.talkToSales('Enterprise'),
      ]);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });
  });

  describe('from the keyboard', () => {
    it('opens on the first plan’s button; Escape closes and focus goes back to Upgrade', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      harness.button(en.plan.upgrade).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => harness.dialog.open, 'Enter did not open the dialog');
      await waitUntil(() => focusedLabel() === en.plan.choose('Starter'), 'focus is not on the first plan');
      await sendKeys({ press: 'Escape' });
      await until(() => !harness.dialog.open, 'Escape did not close the dialog');
      await waitUntil(() => focusedLabel() === en.plan.upgrade, 'focus did not go back to Upgrade');
    });

    it('chooses a plan with Tab and Enter', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      harness.button(en.plan.upgrade).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focusedLabel() === en.plan.choose('Starter'), 'focus is not on the first plan');
      await sendKeys({ press: 'Tab' });
      expect(focusedLabel()).to.equal(en.plan.choose('Business'));
      const requested = oneEvent<AccountUpgradeRequestedEvent>(
        harness.element,
        AccountUpgradeRequestedEvent.eventName,
      );
      await sendKeys({ press: 'Enter' });
      expect((await requested).plan.id).to.equal('business');
      await waitUntil(() => harness.departures.navigated.length === 1, 'did not go to the checkout');
    });

    it('focuses the first plan once the plans arrive, when they are slow', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ latency: 150 }));
      harness.button(en.plan.upgrade).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focusedLabel() === en.plan.choose('Starter'), 'focus is not on the first plan', {
        timeout: 3000,
      });
    });
  });
});
