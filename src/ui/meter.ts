import { css, html, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssVars } from './css-vars.js';

export type MeterTone = 'normal' | 'warning' | 'danger' | 'unlimited';

export interface MeterOptions {
  /** The meter's id; its label gets `${id}-label`. */
  id: string;
  label: string;
  value: number;
  /** The limit; `null` means unlimited. */
  max: number | null;
  /** The reading in words, shown and announced, e.g. "1,200 of 2,000 minutes" or "1,200 minutes". */
  valueText: string;
}

/** At or past 80% of the limit it warns; at the limit it is used up. */
export function meterTone(value: number, max: number | null): MeterTone {
  if (max === null) return 'unlimited';
  const ratio = fillRatio(value, max);
  return ratio >= 1 ? 'danger' : ratio >= 0.8 ? 'warning' : 'normal';
}

/*
 * 0..1. A limit of 0 with nothing used reads as empty, not full: it is a feature the plan lacks,
 * which is not an alarm.
 */
function fillRatio(value: number, max: number): number {
  if (max <= 0) return value > 0 ? 1 : 0;
  return Math.min(Math.max(value / max, 0), 1);
}

/**
 * Usage against a limit: `role="meter"` with its values, a bar and the reading in words. Unlimited
 * usage has no range to measure, so it is plain text with an empty track, not a meter.
 */
export function meter(options: MeterOptions): TemplateResult {
  const { id, label, value, max, valueText } = options;
  const tone = meterTone(value, max);
  const labelId = `${id}-label`;
  const parts = `meter meter-${tone}`;
  const classes = classMap({ meter: true, [`meter--${tone}`]: true });

  if (max === null) {
    return html`
      <div id=${id} class=${classes} part=${parts}>
        <div class="meter-header">
          <span id=${labelId} class="meter-label">${label}</span>
          <span class="meter-value">${valueText}</span>
        </div>
        <div class="meter-track" part="meter-track" aria-hidden="true"></div>
      </div>
    `;
  }

  const fill = `${fillRatio(value, max) * 100}%`;
  // The reading is announced through aria-valuetext, so its visible copy is hidden from it.
  return html`
    <div class=${classes} part=${parts}>
      <div class="meter-header">
        <span id=${labelId} class="meter-label">${label}</span>
        <span class="meter-value" aria-hidden="true">${valueText}</span>
      </div>
      <div
        id=${id}
        class="meter-track"
        part="meter-track"
        role="meter"
        aria-labelledby=${labelId}
        aria-valuemin="0"
        aria-valuemax=${Math.max(max, 0)}
        aria-valuenow=${Math.min(Math.max(value, 0), Math.max(max, 0))}
        aria-valuetext=${valueText}
      >
        <div class="meter-fill" part="meter-fill" ${cssVars({ '--_meter-fill': fill })}></div>
      </div>
    </div>
  `;
}

export const meterStyles = css`
  .meter {
    display: grid;
    gap: var(--_ae-space-2);
  }

  .meter-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_ae-space-1) var(--_ae-space-3);
  }

  .meter-label {
    font-weight: var(--_ae-font-weight-medium);
  }

  .meter-value {
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  .meter--warning .meter-value {
    color: var(--_ae-color-warning);
  }

  .meter--danger .meter-value {
    color: var(--_ae-color-danger);
  }

  .meter-track {
    block-size: 0.375rem;
    overflow: hidden;
    background: var(--_ae-color-border);
    border-radius: var(--_ae-radius-pill);
  }

  .meter--unlimited .meter-track {
    background: repeating-linear-gradient(-45deg, var(--_ae-color-border) 0 6px, transparent 6px 12px);
  }

  .meter-fill {
    inline-size: var(--_meter-fill, 0%);
    block-size: 100%;
    background: var(--_ae-color-primary);
    border-radius: inherit;
    transition: inline-size calc(var(--_ae-duration) * 2) var(--_ae-easing);
  }

  .meter--warning .meter-fill {
    background: var(--_ae-color-warning);
  }

  .meter--danger .meter-fill {
    background: var(--_ae-color-danger);
  }

  /*
   * Windows high contrast: the track gets an outline and every fill a system colour. The tone rules
   * above are more specific, so the fill is named with them here: a fill in a brand colour is
   * repainted as the background, and the warning and danger bars, the ones that matter, would vanish.
   * The tone itself is said in words next to the bar.
   */
  @media (forced-colors: active) {
    .meter-track {
      border: 1px solid CanvasText;
    }
    .meter-fill,
    .meter--warning .meter-fill,
    .meter--danger .meter-fill {
      background: Highlight;
    }
  }
`;
