import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PlanOption } from '../../api/index.js';
import { ActionController, LazyModule, ResourceController, safeUrl, shownInPlace } from '../../core/index.js';
import { AccountSalesChatRequestedEvent, AccountUpgradeRequestedEvent } from '../../events/index.js';
import { elementStyles, SectionElement, type SectionCard } from '../../kit/index.js';
import { meterStyles, skeleton } from '../../ui/index.js';
import type { planComparison as PlanComparisonView } from './plan-comparison.js';
import { planSummary } from './plan-summary.js';
import { focusFirstPlan, upgradeDialog, upgradeStatus, type UpgradeNote } from './upgrade-dialog.js';
import { planUsageStyles } from './plan-usage.styles.js';
import { UsageRefresh } from './usage-refresh.js';
import { addEnglish } from '../../i18n/index.js';
import { plan } from '../../i18n/en/plan.js';

addEnglish({ plan });

/**
 * The plan in force: its name, the billing cycle (when it started, when it resets), and a meter for
 * each of minutes, messages, groups and API requests against the plan's limits, with near the limit
 * and limit reached said in words and where the cycle ends at this pace. "Upgrade" compares the
 * plans (read when the dialog first opens) and, unless the host takes over, leaves for the
 * checkout; "Chat with Sales" lets the host open its chat, else opens the backend's.
 *
 * Leaving the page goes through `navigate(url)` and opening the chat through `openWindow(url)`,
 * both protected, so a subclass (or a test) can do either differently.
 *
 * @tagname plan-usage
 * @summary The plan, the billing cycle and its usage against the limits; upgrade; chat with sales.
 *
 * @fires {AccountUpgradeRequestedEvent} account-upgrade-requested - A plan was chosen to move to; `event.plan` is it. Cancelable: `preventDefault()` to run the host's own billing (the dialog closes, nothing else happens); otherwise the element asks the adapter for a checkout and goes there.
 * @fires {AccountSalesChatRequestedEvent} account-sales-chat-requested - The person asked to talk to sales; `event.url` is the backend's chat (`https:` only, or null), `event.plan` the id of the plan asked about, if any. Cancelable: `preventDefault()` to open the host's own chat; otherwise the URL opens in a new tab, or, with none, the element says how to reach sales.
 *
 * @csspart meter - A usage meter: its label, reading and bar.
 * @csspart meter-normal - A meter under 80% of its limit.
 * @csspart meter-warning - A meter at 80% of its limit or more.
 * @csspart meter-danger - A meter at its limit.
 * @csspart meter-unlimited - A usage the plan does not limit (no bar to fill).
 * @csspart meter-track - A meter's bar.
 * @csspart meter-fill - How much of the bar is used.
 * @csspart plan - A plan's card in the comparison.
 *
 * @cssprop --ae-color-primary - The meters' bars, the main buttons and the current plan's outline.
 * @cssprop --ae-color-warning - A meter near its limit.
 * @cssprop --ae-color-danger - A meter at its limit, and failures.
 * @cssprop --ae-color-border - The meters' tracks and the plans' outlines.
 * @cssprop --ae-color-surface - The card's background.
 */
export class PlanUsage extends SectionElement {
  static override styles = [...elementStyles, meterStyles, planUsageStyles];

  /**
   * Seconds between reads of the usage while the element is on the page and the page is visible.
   * At least 15: a smaller number counts as 15, so a page left open does not hammer the backend.
   * Unset or 0: the usage is read when the element loads and on `refresh()` only.
   */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval?: number;

  @state() private upgrading = false;
  /** The plan last chosen in the comparison. */
  @state() private chosenPlan: string | undefined;
  /** Its checkout was found and the page is leaving for it. */
  @state() private leaving = false;
  /** What the comparison says in its live region, besides the checkout's failure. */
  @state() private upgradeNote: UpgradeNote | undefined;
  /** Focus goes to the first plan's button once the comparison shows, unless the person moved on. */
  private firstPlanAwaitsFocus = false;

  private readonly plan = new ResourceController(this, 'plan');
  /** Read when the comparison first opens: most visits to the page never open it. */
  private readonly plans = new ResourceController(this, 'plans', { lazy: true });
  /** The comparison's view, fetched with the plans: a page pays for it only when it opens. */
  private readonly comparison = new LazyModule(this, () => import('./plan-comparison.js'));
  /** For the role alone (a member cannot buy), needed by the comparison only. */
  private readonly account = new ResourceController(this, 'account', { lazy: true });
  private readonly checkout = new ActionController(this, {
    call: (adapter, [planId]: [string], options) => adapter.startCheckout(planId, options),
    // Said in the comparison, where the person is.
    onFailure: shownInPlace,
    onSuccess: (answer) => this.leaveForCheckout(answer.url),
  });

  constructor() {
    super();
    this.controlDialog('upgrade-dialog');
    new UsageRefresh(this, {
      seconds: () => this.refreshInterval,
      read: () => this.refresh(),
      schedule: (callback, delay) => this.scheduleRefresh(callback, delay),
    });
  }

  protected get card(): SectionCard {
    return { id: 'plan-usage', texts: (t) => t.plan, waitsFor: [this.plan], skeleton: { lines: 4 } };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A dialog cannot stay open off the page; the element comes back with its card only.
    this.closeUpgrade();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.firstPlanAwaitsFocus && this.upgrading && focusFirstPlan(this.renderRoot)) {
      this.firstPlanAwaitsFocus = false;
    }
  }

  /** Reads the usage again; what is on screen stays until the answer comes. */
  refresh(): Promise<void> {
    return this.plan.retry();
  }

  /** Leaves the page for the checkout (an `https:` address, or `http:` on the local machine). */
  protected navigate(url: string): void {
    location.assign(url);
  }

  /** Opens the sales chat (an `https:` address) in a new tab, with no way back to this page. */
  protected openWindow(url: string): void {
    window.open(url, '_blank', 'noopener');
  }

  /** Calls back once after `delay` ms, for the periodic reads; answers a way to cancel. */
  protected scheduleRefresh(callback: () => void, delay: number): () => void {
    const timer = setTimeout(callback, delay);
    return () => clearTimeout(timer);
  }

  private openUpgrade(): void {
    this.announcer.clear();
    this.checkout.reset();
    this.chosenPlan = undefined;
    this.leaving = false;
    this.upgradeNote = undefined;
    this.firstPlanAwaitsFocus = true;
    this.upgrading = true;
    void this.plans.load();
    this.comparison.load().catch(() => {});
    void this.account.load();
  }

  private closeUpgrade(): void {
    this.checkout.reset();
    this.firstPlanAwaitsFocus = false;
    this.upgrading = false;
  }

  private choose(option: PlanOption): void {
    if (this.checkout.pending || this.leaving) return;
    this.upgradeNote = undefined;
    this.chosenPlan = option.id;
    const request = new AccountUpgradeRequestedEvent(structuredClone(option));
    this.dispatchEvent(request);
    // The host runs its own billing: it has everything it needs, and the comparison is in its way.
    if (request.defaultPrevented) {
      this.closeUpgrade();
      return;
    }
    void this.checkout.run(option.id);
  }

  private leaveForCheckout(url: string): void {
    const checkoutUrl = safeUrl(url);
    // `safeUrl` also lets local `blob:` previews through; a checkout is never one.
    if (!checkoutUrl || checkoutUrl.startsWith('blob:')) {
      this.upgradeNote = { message: this.t.plan.checkoutUnsafe, tone: 'error' };
      return;
    }
    this.leaving = true;
    this.upgradeNote = { message: this.t.plan.redirecting, tone: 'info' };
    this.navigate(checkoutUrl);
  }

  /** From the card (no plan) or from a plan only sales sells. */
  private chatWithSales(plan: PlanOption | undefined): void {
    const safe = safeUrl(this.plan.value?.salesChatUrl);
    const url = safe?.startsWith('https:') ? safe : null;
    const request = new AccountSalesChatRequestedEvent(url, plan?.id ?? null);
    this.dispatchEvent(request);
    if (request.defaultPrevented) {
      // The host's chat opens on the page, which the modal comparison would keep out of reach.
      this.closeUpgrade();
      return;
    }
    if (url) {
      this.openWindow(url);
      return;
    }
    if (plan) this.upgradeNote = { message: this.t.plan.salesUnreachable, tone: 'info' };
    else this.announcer.say(this.t.plan.salesUnreachable);
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.plan, (plan) =>
      planSummary({
        t: this.t,
        locale: this.resolvedLocale,
        plan,
        status: this.announcer.render(),
        onSalesChat: () => this.chatWithSales(undefined),
        onUpgrade: () => this.openUpgrade(),
      }),
    );
  }

  protected override renderDialogs(): TemplateResult {
    const comparison = (): TemplateResult =>
      this.whenLoaded(
        this.comparison,
        ({ planComparison }) =>
          this.whenLoaded(this.plans, (plans) => this.renderComparison(planComparison, plans), { lines: 5 }),
        { lines: 5 },
      );
    return upgradeDialog({
      t: this.t,
      open: this.upgrading,
      comparison,
      status: () => upgradeStatus(this.t, this.checkout.error, this.upgradeNote),
      onClose: () => this.closeUpgrade(),
    });
  }

  private renderComparison(
    planComparison: typeof PlanComparisonView,
    plans: readonly PlanOption[],
  ): TemplateResult {
    const t = this.t;
    // The role decides what the buttons say; without it, the backend decides (and says forbidden).
    const account = this.account.status;
    if (account === 'idle' || account === 'loading') return skeleton({ label: t.common.loading, lines: 5 });
    const stillChosen = this.checkout.pending || this.leaving || this.checkout.waitSeconds > 0;
    return planComparison({
      t,
      locale: this.resolvedLocale,
      plans,
      canBuy: this.account.value?.role !== 'member',
      busyPlan: stillChosen ? this.chosenPlan : undefined,
      leaving: this.leaving,
      waitSeconds: this.checkout.waitSeconds,
      onChoose: (plan) => this.choose(plan),
      onTalkToSales: (plan) => this.chatWithSales(plan),
    });
  }
}
