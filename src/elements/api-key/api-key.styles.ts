import { css } from 'lit';

/** The key itself: a monospace line that wraps anywhere rather than push the card sideways. */
export const apiKeyStyles = css`
  .key-block {
    display: grid;
    gap: var(--_ae-space-1);
    justify-items: start;
    min-inline-size: 0;
  }

  .key {
    max-inline-size: 100%;
    padding-block: var(--_ae-space-1);
    padding-inline: var(--_ae-space-2);
    font-family: var(--_ae-font-family-mono);
    font-size: var(--_ae-font-size-md);
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface-raised);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-sm);
    overflow-wrap: anywhere;
    /* One click selects the whole key, for those who copy by hand. */
    user-select: all;
  }

  .new-key {
    justify-items: stretch;
  }

  .new-key-heading {
    font-weight: var(--_ae-font-weight-semibold);
  }
`;
