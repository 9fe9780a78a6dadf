import { css } from 'lit';

/**
 * A short label beside a name or a state ("This device", "On"), `class="badge"`: a module of its own,
 * so only the sections that show one carry it.
 */
export const badgeStyles = css`
  .badge {
    padding-inline: var(--_ae-space-2);
    font-size: var(--_ae-font-size-sm);
    font-weight: var(--_ae-font-weight-medium);
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface-raised);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-sm);
  }
`;
