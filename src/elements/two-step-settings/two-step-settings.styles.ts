import { css } from 'lit';

/** The card's ways of two-step verification, the QR code, the setup key and the backup codes. */
export const twoStepStyles = css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_ae-space-2);
  }

  .method,
  .setup {
    display: grid;
    gap: var(--_ae-space-2);
    justify-items: start;
    min-inline-size: 0;
  }

  .method-heading {
    font-weight: var(--_ae-font-weight-semibold);
  }

  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ae-space-2);
  }

  /* Always dark on light with its quiet zone, whatever the theme: readers need the contrast. */
  .qr-frame {
    min-block-size: 8rem;
  }

  .qr-code {
    display: block;
    /* A whole number of pixels a module keeps every module square and the same size. */
    inline-size: calc(var(--_qr-modules, 41) * 4px);
    block-size: calc(var(--_qr-modules, 41) * 4px);
    max-inline-size: 100%;
    image-rendering: pixelated;
    image-rendering: crisp-edges;
    background: white;
    border-radius: var(--_ae-radius-sm);
  }

  .key-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ae-space-2);
  }

  .code-list {
    font-family: var(--_ae-font-family-mono);
    font-size: var(--_ae-font-size-md);
    color: var(--_ae-color-text);
  }

  .backup-codes {
    justify-items: stretch;
  }

  .code-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_ae-space-1) var(--_ae-space-4);
    margin: 0;
    padding-inline-start: var(--_ae-space-5);
    user-select: all;
  }
`;
