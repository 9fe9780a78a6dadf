import { html, nothing, type TemplateResult } from 'lit';
import { USAGE_KINDS, type Plan, type UsageKind } from '../../api/index.js';
import { now } from '../../core/index.js';
import { formatDate, type Catalog } from '../../i18n/index.js';
import { button, meter } from '../../ui/index.js';
import { readUsage, type UsageReading } from './usage-reading.js';

/** Each kind's name in its row's ids (ids are written in kebab case). */
const KIND_IDS: Record<UsageKind, string> = {
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
    <div class="plan-summary">
      <div class="summary-value">
        <span class="summary-label">${t.plan.planLabel}</span>
        <span id="current-plan" class="plan-title">${plan.name}</span>
        <span id="plan-cycle" class="note">
          ${t.plan.cycle(formatDate(locale, plan.cycleStart), formatDate(locale, plan.cycleEnd))}
        </span>
      </div>
      <div class="plan-buttons">
        ${button({ label: t.plan.salesChat, onClick: options.onSalesChat })}
        ${button({
          label: t.plan.upgrade,
          variant: 'primary',
          onClick: options.onUpgrade,
          id: 'upgrade-button',
        })}
      </div>
    </div>
    <ul id="usage-list" class="usage-list" aria-label=${t.plan.usageLabel}>
      ${USAGE_KINDS.map((kind) => usageItem(readUsage(t, locale, plan, kind, at)))}
    </ul>
    ${options.status}
  `;
}

function usageItem(reading: UsageReading): TemplateResult {
  const name = KIND_IDS[reading.kind];
  const note = reading.state || reading.projection;
  return html`<li class="usage" data-usage=${reading.kind}>
    ${meter({
      id: `${name}-meter`,
      label: reading.label,
      value: reading.used,
      max: reading.limit,
      valueText: reading.valueText,
    })}
    ${
      note
        ? html`<p id=${`${name}-note`} class="note">
            ${
              reading.state
                ? html`<span id=${`${name}-state`} class="usage-state usage-state--${reading.tone}"
                    >${reading.state}</span
                  >`
                : nothing
            }
            ${reading.projection ? html`<span id=${`${name}-projection`}>${reading.projection}</span>` : nothing}
          </p>`
        : nothing
    }
  </li>`;
}
