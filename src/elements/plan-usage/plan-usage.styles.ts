import { css } from 'lit';

/** The card (plan, cycle, meters) and the plan comparison. */
export const planUsageStyles = css`
  .plan-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ae-space-3) var(--_ae-space-4);
  }

  .plan-title {
    font-size: var(--_ae-font-size-xl);
    font-weight: var(--_ae-font-weight-semibold);
    line-height: var(--_ae-line-height-tight);
    overflow-wrap: anywhere;
  }

  .plan-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ae-space-2);
  }

  /* Two columns at most, so four meters make a square, not a row of three and one left over; one
     column when there is no room for two of 16rem. */
  .usage-list {
    --_usage-gap: var(--_ae-space-6);
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(max(min(100%, 16rem), calc((100% - var(--_usage-gap)) / 2)), 1fr)
    );
    gap: var(--_ae-space-5) var(--_usage-gap);
    padding: 0;
    margin: 0;
    list-style: none;
  }

  .usage {
    display: grid;
    gap: var(--_ae-space-2);
    align-content: start;
    min-inline-size: 0;
  }

  .usage-state {
    font-weight: var(--_ae-font-weight-medium);
  }

  .usage-state--warning {
    color: var(--_ae-color-warning);
  }

  .usage-state--danger {
    color: var(--_ae-color-danger);
  }

  /* Silent, the card's live region takes no room; it stays in the page so its next words are said. */
  .section-body > .status:not(:has(> :not(:empty))) {
    position: absolute;
  }

  /* The comparison needs room for the plans side by side; narrow screens stack them. */
  #upgrade-dialog {
    inline-size: min(60rem, calc(100vw - 2 * var(--_ae-space-4)));
  }

  .plans {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11.5rem), 1fr));
    gap: var(--_ae-space-3);
    padding: 0;
    margin: 0;
    list-style: none;
  }

  .plan {
    display: flex;
    flex-direction: column;
    gap: var(--_ae-space-2);
    padding: var(--_ae-space-4);
    background: var(--_ae-color-surface);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-md);
  }

  .plan--current {
    border: 2px solid var(--_ae-color-primary);
  }

  .plan-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ae-space-1) var(--_ae-space-2);
  }

  .plan-name {
    font-size: var(--_ae-font-size-lg);
    font-weight: var(--_ae-font-weight-semibold);
    overflow-wrap: anywhere;
  }

  .plan-badge {
    padding-inline: var(--_ae-space-2);
    font-size: var(--_ae-font-size-xs);
    font-weight: var(--_ae-font-weight-semibold);
    color: var(--_ae-color-primary);
    border: 1px solid currentColor;
    border-radius: var(--_ae-radius-pill);
  }

  .plan-price {
    font-weight: var(--_ae-font-weight-medium);
  }

  .plan-limits {
    display: grid;
    gap: var(--_ae-space-1);
    padding: 0;
    margin: 0;
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
    list-style: none;
  }

  /* The plans' buttons line up at the bottom, whatever each lists above them. */
  .plan-action {
    display: grid;
    gap: var(--_ae-space-2);
    margin-block-start: auto;
    padding-block-start: var(--_ae-space-2);
  }

  /* Long plan names wrap inside the button instead of widening the card. */
  .plan-action .button {
    padding-block: var(--_ae-space-2);
    white-space: normal;
    text-align: center;
  }

  @media (forced-colors: active) {
    .plan--current {
      border-color: Highlight;
    }
  }
`;
