import { css, html, nothing, type TemplateResult } from 'lit';

export type StatusTone = 'info' | 'success' | 'error';

export interface StatusOptions {
  /** What to announce; empty for nothing. */
  message: string;
  tone: StatusTone;
}

/**
 * Messages about the element as a whole ("Saved", "The server could not be reached"). Render it on
 * every render, even with no message: a screen reader only announces changes to a live region that
 * was already in the page, so one created together with its message is often read out by none.
 * Errors go to a second, assertive region (`role="alert"`), which is always there for the same reason.
 * The same message twice in a row is not announced again; clear it first (an empty message) to repeat.
 */
export function status({ message, tone }: StatusOptions): TemplateResult {
  const polite = message && tone !== 'error' ? message : nothing;
  const assertive = message && tone === 'error' ? message : nothing;
  const politeClass = `status-message status-message--${tone === 'success' ? 'success' : 'info'}`;
  // No whitespace inside the regions: an empty one must match :empty to take no room.
  // prettier-ignore
  return html`
    <div class="status" part="status">
      <div class=${politeClass} role="status" aria-live="polite" aria-atomic="true">${polite}</div>
      <div class="status-message status-message--error" role="alert" aria-atomic="true">${assertive}</div>
    </div>
  `;
}

export const statusStyles = css`
  .status {
    display: block;
  }

  /* Empty regions stay in the accessibility tree (no display: none) but take no room. */
  .status-message:empty {
    padding: 0;
    border: 0;
    margin: 0;
  }

  .status-message:not(:empty) {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-2);
    font-size: var(--_ae-font-size-sm);
    font-weight: var(--_ae-font-weight-medium);
  }

  .status-message--info {
    color: var(--_ae-color-text-muted);
  }

  .status-message--success {
    color: var(--_ae-color-success);
  }

  .status-message--success:not(:empty)::before {
    content: '';
    inline-size: 0.5rem;
    block-size: 0.5rem;
    flex: none;
    border-radius: var(--_ae-radius-pill);
    background: currentColor;
  }

  .status-message--error:not(:empty) {
    padding-block: var(--_ae-space-2);
    padding-inline: var(--_ae-space-3);
    color: var(--_ae-color-danger);
    background: var(--_ae-color-danger-surface);
    border: 1px solid color-mix(in srgb, var(--_ae-color-danger) 30%, transparent);
    border-radius: var(--_ae-radius-sm);
  }
`;
