import { css } from 'lit';

export const emailStyles = css`
  .address {
    display: grid;
    gap: var(--_ae-space-4);
  }

  .pending {
    gap: var(--_ae-space-1);
  }

  .pending-heading {
    font-weight: var(--_ae-font-weight-semibold);
  }

  .pending .code-links {
    margin-block-start: var(--_ae-space-2);
  }

  .notifications {
    display: grid;
    gap: var(--_ae-space-4);
    padding-block-start: var(--_ae-space-5);
    border-block-start: 1px solid var(--_ae-color-border);
  }

  .subheading {
    font-size: var(--_ae-font-size-md);
    font-weight: var(--_ae-font-weight-semibold);
    line-height: var(--_ae-line-height-tight);
  }

  .switches {
    display: grid;
    gap: var(--_ae-space-4);
    max-inline-size: 32rem;
  }

  /* The kinds sit under the master switch, indented, so they read as its parts. */
  .switch-kinds {
    display: grid;
    gap: var(--_ae-space-3);
    padding-inline-start: var(--_ae-space-5);
    border-inline-start: 2px solid var(--_ae-color-border);
  }

  /* Out of the card's grid while silent (no empty gap under the last part), yet still in the page,
     so its next words are announced. */
  .section-body > .status:not(:has(.status-message:not(:empty))) {
    position: absolute;
  }
`;
