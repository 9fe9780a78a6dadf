import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { AccountSalesChatRequestedEvent, AccountUpgradeRequestedEvent } from '../src/events/index.js';
import { en } from '../src/i18n/index.js';
import { PlanUsageHarness } from '../test/harness/plan-usage.js';
import { NEVER, withMockApi, withoutAdapter } from './support.js';

/** The story's element, once the plan has loaded. */
async function planUsage(canvasElement: HTMLElement): Promise<PlanUsageHarness> {
  const harness = new PlanUsageHarness(canvasElement.querySelector('plan-usage')!);
  return harness.ready(PlanUsageHarness.readySelector);
}

/** Opens the plan comparison. */
async function comparing(canvasElement: HTMLElement): Promise<PlanUsageHarness> {
  const harness = await planUsage(canvasElement);
  await harness.openUpgrade();
  return harness;
}

/** A line under the element: what the host did, or where the page would go (as text, never markup). */
function sayUnder(element: Element, message: string): void {
  const output = element.parentElement?.querySelector('output');
  if (output) output.textContent = message;
}

/**
 * Keeps the story on its page: where the element would leave for (the checkout) or what it would
 * open (the sales chat) is said under it instead, through its protected `navigate` and `openWindow`.
 */
function stayInStory(element: Element | undefined): void {
  if (!element) return;
  Object.defineProperty(element, 'navigate', {
    configurable: true,
    value: (url: string) => sayUnder(element, `The page would now go to ${url}`),
  });
  Object.defineProperty(element, 'openWindow', {
    configurable: true,
    value: (url: string) => sayUnder(element, `A new tab would open ${url}`),
  });
}

const meta: Meta = {
  title: 'Elements/plan-usage',
  component: 'plan-usage',
  render: () => html`<plan-usage ${ref(stayInStory)}></plan-usage><output></output>`,
  parameters: withMockApi(),
};
export default meta;

type Story = StoryObj;

/** The Team plan part-way through its cycle: every meter within its limit, API requests unlimited. */
export const Default: Story = {};

/** Minutes and messages past 80% of their limits: "Near the limit", and when they run out at this pace. */
export const NearLimit: Story = {
  parameters: withMockApi({ seed: { used: { minutes: 2650, messages: 8400 } } }),
};

/** Limits reached and passed: "Limit reached" in words, the bars full. */
export const OverLimit: Story = {
  parameters: withMockApi({ seed: { used: { minutes: 3000, messages: 11_250, groups: 25 } } }),
};

/** The Enterprise plan: no limits, so every kind reads "unlimited", with no bar to fill. */
export const Unlimited: Story = {
  parameters: withMockApi({ seed: { planId: 'enterprise' } }),
};

/** The usage is read again every 15 seconds while the page is visible (`refresh-interval="15"`). */
export const Refreshing: Story = {
  render: () => html`<plan-usage refresh-interval="15" ${ref(stayInStory)}></plan-usage><output></output>`,
};

/** The plans side by side, the current one marked; focus starts on the first plan's button. */
export const UpgradeDialog: Story = {
  play: async ({ canvasElement }) => {
    await comparing(canvasElement);
  },
};

/** A plan chosen: the adapter gives the checkout, and the element leaves for it (said under it here). */
export const UpgradeToCheckout: Story = {
  play: async ({ canvasElement }) => {
    const harness = await comparing(canvasElement);
    await harness.choose('Business');
  },
};

/** The host runs its own billing: its listener cancels `account-upgrade-requested`, the dialog closes. */
export const UpgradeHandledByHost: Story = {
  render: () => html`
    <plan-usage
      ${ref(stayInStory)}
      @account-upgrade-requested=${(event: AccountUpgradeRequestedEvent) => {
        event.preventDefault();
        sayUnder(
          event.currentTarget as Element,
          `The host's own billing opens for the ${event.plan.name} plan.`,
        );
      }}
    ></plan-usage>
    <output></output>
  `,
  play: async ({ canvasElement }) => {
    const harness = await comparing(canvasElement);
    await harness.choose('Business');
  },
};

/** The checkout could not be started: said in the dialog, which stays open to try again. */
export const UpgradeFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'startCheckout' } }),
  play: async ({ canvasElement }) => {
    const harness = await comparing(canvasElement);
    await harness.choose('Business');
  },
};

/** On Business, the only way up is Enterprise, which sales sells: it says so and leads to the chat. */
export const SalesOnly: Story = {
  parameters: withMockApi({ seed: { planId: 'business' } }),
  play: async ({ canvasElement }) => {
    await comparing(canvasElement);
  },
};

/** A host with its own chat widget cancels `account-sales-chat-requested` and opens it. */
export const SalesChatHandledByHost: Story = {
  render: () => html`
    <plan-usage
      ${ref(stayInStory)}
      @account-sales-chat-requested=${(event: AccountSalesChatRequestedEvent) => {
        event.preventDefault();
        sayUnder(
          event.currentTarget as Element,
          `The host's chat widget opens${event.plan ? ` about ${event.plan}` : ''}.`,
        );
      }}
    ></plan-usage>
    <output></output>
  `,
  play: async ({ canvasElement }) => {
    const harness = await planUsage(canvasElement);
    await harness.click(en.plan.salesChat);
  },
};

/** No sales chat address and no host taking the request: the element says how to reach sales. */
export const SalesChatUnavailable: Story = {
  parameters: withMockApi({ seed: { salesChatUrl: null } }),
  play: async ({ canvasElement }) => {
    const harness = await planUsage(canvasElement);
    await harness.click(en.plan.salesChat);
  },
};

/** A member sees the comparison; instead of Choose, each plan says to ask an admin. */
export const Member: Story = {
  parameters: withMockApi({ user: 'member' }),
  play: async ({ canvasElement }) => {
    await comparing(canvasElement);
  },
};

/** The plan has not arrived: a skeleton in the card. */
export const Loading: Story = { parameters: withMockApi({ latency: NEVER }) };

/** The plan could not be loaded: the message and a retry. */
export const LoadFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'getPlan' } }),
};

/** The comparison could not be loaded: said in the dialog, with a retry. */
export const ComparisonFailing: Story = {
  parameters: withMockApi({ failNext: { code: 'network', method: 'listPlans' } }),
  play: async ({ canvasElement }) => {
    await comparing(canvasElement);
  },
};

/** No adapter anywhere: the element says what the integrator must do. */
export const NoAdapter: Story = { parameters: withoutAdapter() };
