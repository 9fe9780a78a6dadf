import { css } from 'lit';

/** The key's block and the note over a key just made (the key's own box is the kit's `.code-box`). */
export const apiKeyStyles = css`
  .key-block {
    display: grid;
    gap: var(--_ae-space-1);
    justify-items: start;
    min-inline-size: 0;
  }

  .new-key {
    justify-items: stretch;
  }

  .new-key-heading {
    font-weight: var(--_ae-font-weight-semibold);
  }
`;
