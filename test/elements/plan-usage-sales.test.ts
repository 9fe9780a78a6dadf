import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountSalesChatRequestedEvent } from '../../src/events/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { text, until } from '../harness/element-harness.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { PlanUsageHarness } from '../harness/plan-usage.js';
import { atNow } from '../support/billing.js';
import { realTime } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { SPACE } from '../support/browser.js';

const SALES_CHAT = 'https://sales.example.com/chat';

/** Cancels every sales chat request while `run` runs, as a host with its own chat widget does. */
async function withHostChat(
  run: (requests: AccountSalesChatRequestedEvent[]) => Promise<void>,
): Promise<void> {
  const requests: AccountSalesChatRequestedEvent[] = [];
  const onRequest = (event: AccountSalesChatRequestedEvent) => {
    requests.push(event);
    event.preventDefault();
  };
  document.addEventListener(AccountSalesChatRequestedEvent.eventName, onRequest);
  try {
    await run(requests);
  } finally {
    document.removeEventListener(AccountSalesChatRequestedEvent.eventName, onRequest);
  }
}

describe('<plan-usage>: chat with sales', () => {
  afterEach(realTime);

  describe('from the card', () => {
    it('fires account-sales-chat-requested with the backend’s chat address, and opens it in a new tab', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      const requested = oneEvent<AccountSalesChatRequestedEvent>(
        harness.element,
        AccountSalesChatRequestedEvent.eventName,
      );
      await harness.click(en.plan.salesChat);
      const event = await requested;
      expect(event instanceof AccountSalesChatRequestedEvent).to.equal(true);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.url).to.equal(SALES_CHAT);
      expect(event.plan).to.equal(null);
      expect(harness.departures.opened).to.deep.equal([SALES_CHAT]);
      expect(harness.status).to.equal('');
    });

    it('lets the host open its own chat instead: cancelled, nothing opens', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      await withHostChat(async (requests) => {
        await harness.click(en.plan.salesChat);
        expect(requests.length).to.equal(1);
        expect(harness.departures.opened.length).to.equal(0);
        expect(harness.status).to.equal('');
      });
    });

    it('with no chat address and no host taking it, says how to reach sales', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ seed: { salesChatUrl: null } }));
      const requested = oneEvent<AccountSalesChatRequestedEvent>(
        harness.element,
        AccountSalesChatRequestedEvent.eventName,
      );
      await harness.click(en.plan.salesChat);
      expect((await requested).url).to.equal(null);
      await harness.element.updateComplete;
      expect(harness.status).to.equal(en.plan.salesUnreachable);
      expect(harness.departures.opened.length).to.equal(0);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    for (const unsafe of [
      'http://sales.example.com/chat',
      'javascript:alert(1)',
      'http://localhost:3000/chat',
    ]) {
      it(`opens only https: ${unsafe} counts as no address`, async () => {
        const harness = await mount(PlanUsageHarness, atNow({ seed: { salesChatUrl: unsafe } }));
        const requested = oneEvent<AccountSalesChatRequestedEvent>(
          harness.element,
          AccountSalesChatRequestedEvent.eventName,
        );
        await harness.click(en.plan.salesChat);
        expect((await requested).url).to.equal(null);
        expect(harness.departures.opened.length).to.equal(0);
        await harness.element.updateComplete;
        expect(harness.status).to.equal(en.plan.salesUnreachable);
      });
    }

    it('works from the keyboard', async () => {
      const harness = await mount(PlanUsageHarness, atNow());
      harness.button(en.plan.salesChat).focus();
      await sendKeys({ press: 'Enter' });
      expect(harness.departures.opened).to.deep.equal([SALES_CHAT]);
      await sendKeys({ press: SPACE });
      expect(harness.departures.opened.length).to.equal(2);
    });
  });

  describe('a plan only sales sells', () => {
    it('says so, and its button asks for the chat about that plan', async () => {
      const adapter = atNow({ seed: { planId: 'business' } });
      const harness = await mount(PlanUsageHarness, adapter);
      await harness.openUpgrade();
      const enterprise = harness.planCard('Enterprise');
      expect(text(harness.planPiece(enterprise, 'note'))).to.equal(en.plan.salesOnly);
      expect([...enterprise.querySelectorAll('button')].map((button) => text(button))).to.deep.equal([
        en.plan.talkToSales('Enterprise'),
      ]);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
      const requested = oneEvent<AccountSalesChatRequestedEvent>(
        harness.element,
        AccountSalesChatRequestedEvent.eventName,
      );
      await harness.click(en.plan.talkToSales('Enterprise'));
      const event = await requested;
      expect(event.plan).to.equal('enterprise');
      expect(event.url).to.equal(SALES_CHAT);
      expect(harness.departures.opened).to.deep.equal([SALES_CHAT]);
      expect(adapter.sent('startCheckout').length, 'no checkout for a plan sales sells').to.equal(0);
    });

    it('closes the comparison when the host opens its own chat, so the chat can be reached', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ seed: { planId: 'business' } }));
      await withHostChat(async (requests) => {
        await harness.openUpgrade();
        await harness.click(en.plan.talkToSales('Enterprise'));
        await until(() => !harness.dialog.open, 'the comparison stayed open');
        expect(requests.map((request) => request.plan)).to.deep.equal(['enterprise']);
        expect(harness.departures.opened.length).to.equal(0);
      });
    });

    it('with no chat address, says how to reach sales in the comparison', async () => {
      const harness = await mount(
        PlanUsageHarness,
        atNow({ seed: { planId: 'business', salesChatUrl: null } }),
      );
      await harness.openUpgrade();
      await harness.click(en.plan.talkToSales('Enterprise'));
      await waitUntil(() => harness.upgradeStatus === en.plan.salesUnreachable, 'nothing was said');
      expect(harness.dialog.open).to.equal(true);
      expect(text(harness.upgradeStatusRegion.querySelector('[role="status"]'))).to.equal(
        en.plan.salesUnreachable,
      );
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('is the first plan button a member’s keyboard reaches', async () => {
      const harness = await mount(PlanUsageHarness, atNow({ user: 'member' }));
      harness.button(en.plan.upgrade).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => text(deepActiveElement()) === en.plan.talkToSales('Enterprise'),
        'focus is not on the sales button',
      );
    });
  });
});
