import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { USAGE_KINDS, type PlanOption, type UsageKind } from '../../api/index.js';
import { formatMoney, type Catalog } from '../../i18n/index.js';
import { button } from '../../ui/index.js';

export interface PlanComparisonOptions {
  t: Catalog;
  locale: string;
  plans: readonly PlanOption[];
  /** An admin may buy; a member is told to ask one. */
  canBuy: boolean;
  /** The plan whose checkout is being asked for, or gone to: its button is busy, the others wait. */
  busyPlan: string | undefined;
  /** The checkout has been found and the page is leaving for it. */
  leaving: boolean;
  /** Seconds before the backend takes another checkout (after `rate_limited`). */
  waitSeconds: number;
  onChoose: (plan: PlanOption) => void;
  onTalkToSales: (plan: PlanOption) => void;
}

/** The plans side by side (stacked when narrow): price, what each includes, and how to move to it. */
export function planComparison(options: PlanComparisonOptions): TemplateResult {
  return html`<ul id="plans" class="plans" aria-label=${options.t.plan.plansLabel}>
    ${options.plans.map((plan) => planCard(options, plan))}
  </ul>`;
}

function planCard(options: PlanComparisonOptions, plan: PlanOption): TemplateResult {
  const { t } = options;
  return html`<li
    class=${classMap({ plan: true, 'plan--current': plan.current })}
    part="plan"
    data-plan=${plan.id}
  >
    <div class="plan-header">
      <h3 id=${`plan-${plan.id}-name`} class="plan-name">${plan.name}</h3>
      ${plan.current ? html`<p id=${`plan-${plan.id}-badge`} class="plan-badge">${t.plan.current}</p>` : nothing}
    </div>
    <p id=${`plan-${plan.id}-price`} class="plan-price">${priceText(options, plan)}</p>
    <ul id=${`plan-${plan.id}-limits`} class="plan-limits">
      ${USAGE_KINDS.map((kind) => html`<li>${limitText(options, kind, plan.limits[kind])}</li>`)}
    </ul>
    ${plan.current ? nothing : html`<div class="plan-action">${planAction(options, plan)}</div>`}
  </li>`;
}

function priceText({ t, locale }: PlanComparisonOptions, plan: PlanOption): string {
  const { price } = plan;
  return price
    ? t.plan.price(formatMoney(locale, price.amount, price.currency), price.interval)
    : t.plan.customPrice;
}

function limitText({ t }: PlanComparisonOptions, kind: UsageKind, limit: number | null): string {
  return limit === null ? t.plan.unlimited(kind) : t.plan.limit(kind, limit);
}

/** Sales sells some plans; a member cannot buy; an admin chooses, and the chosen one is busy. */
function planAction(options: PlanComparisonOptions, plan: PlanOption): TemplateResult {
  const { t } = options;
  if (plan.contactSales) {
    return html`
      <p id=${`plan-${plan.id}-note`} class="note">${t.plan.salesOnly}</p>
      ${button({
        label: t.plan.talkToSales(plan.name),
        onClick: () => options.onTalkToSales(plan),
      })}
    `;
  }
  if (!options.canBuy)
    return html`<p id=${`plan-${plan.id}-note`} class="note">${t.plan.askAdmin(plan.name)}</p>`;
  const busy = options.busyPlan === plan.id;
  const waiting = options.waitSeconds > 0;
  return button({
    label: busy && waiting ? t.common.tryAgainIn(options.waitSeconds) : t.plan.choose(plan.name),
    variant: 'primary',
    busy: busy && !waiting,
    busyLabel: options.leaving ? t.plan.redirecting : t.plan.opening,
    disabled: waiting || (options.busyPlan !== undefined && !busy),
    onClick: () => options.onChoose(plan),
  });
}
