import { html, nothing, type TemplateResult } from 'lit';
import { USAGE_KINDS, type Plan, type UsageKind } from '../../api/index.js';
import { now } from '../../core/index.js';
import { formatDate, type Catalog } from '../../i18n/index.js';
import { button, meter } from '../../ui/index.js';
import { readUsage, type UsageReading } from './usage-reading.js';

/** The part names of each kind's meter (parts are written in kebab case). */
const METER_PARTS: Record<UsageKind, string> = {
  minutes: 'minutes',
  messages: 'messages',
  groups: 'groups',
  apiRequests: 'api-requests',
};

export interface PlanSummaryOptions {
  t: Catalog;
  locale: string;
  plan: Plan;
  /** The element's live region, after the meters. */
  status: TemplateResult;
  onSalesChat: () => void;
  onUpgrade: () => void;
}

/** The plan's name and cycle with its two buttons, then a meter for each kind of usage. */
export function planSummary(options: PlanSummaryOptions): TemplateResult {
  const { t, locale, plan } = options;
  const at = now();
  return html`
    <div class="plan-summary" part="plan-summary">
      <div class="summary-value">
        <span class="summary-label" part="plan-label">${t.plan.planLabel}</span>
        <span class="plan-title" part="current-plan">${plan.name}</span>
        <span class="note" part="cycle">
          ${t.plan.cycle(formatDate(locale, plan.cycleStart), formatDate(locale, plan.cycleEnd))}
        </span>
      </div>
      <div class="plan-buttons">
        ${button({ label: t.plan.salesChat, onClick: options.onSalesChat, part: 'sales-button' })}
        ${button({
          label: t.plan.upgrade,
          variant: 'primary',
          onClick: options.onUpgrade,
          part: 'upgrade-button',
        })}
      </div>
    </div>
    <ul class="usage-list" part="usage-list" aria-label=${t.plan.usageLabel}>
      ${USAGE_KINDS.map((kind) => usageItem(readUsage(t, locale, plan, kind, at)))}
    </ul>
    ${options.status}
  `;
}

function usageItem(reading: UsageReading): TemplateResult {
  const name = METER_PARTS[reading.kind];
  const note = reading.state || reading.projection;
  return html`<li class="usage" part="usage">
    ${meter({
      id: `${name}-meter`,
      label: reading.label,
      value: reading.used,
      max: reading.limit,
      valueText: reading.valueText,
      part: name,
    })}
    ${
      note
        ? html`<p class="note" part="usage-note">
            ${
              reading.state
                ? html`<span
                    class="usage-state usage-state--${reading.tone}"
                    part="usage-state usage-state-${reading.tone}"
                    >${reading.state}</span
                  >`
                : nothing
            }
            ${reading.projection ? html`<span part="projection">${reading.projection}</span>` : nothing}
          </p>`
        : nothing
    }
  </li>`;
}
