import { css } from 'lit';

export const phoneStyles = css`
  .phone {
    display: grid;
    gap: var(--_ae-space-4);
  }

  /* Silent, the live region leaves the grid's flow (no gap under the card's content) yet stays in
     the page, so its next words are announced. */
  .phone > .status:not(:has(.status-message:not(:empty))) {
    position: absolute;
  }

  /* Only as wide as the number, so it sits at the start of the line in either direction. */
  .current {
    justify-self: start;
  }

  .phone-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: start;
    gap: var(--_ae-space-4);
  }

  /* A list is never typed into, so the input rule for read-only text (muted, flat) does not fit it. */
  .phone-fields .select.input {
    padding-inline-end: var(--_ae-space-2);
    text-overflow: ellipsis;
    background: var(--_ae-color-surface);
    box-shadow: var(--_ae-shadow-sm);
    cursor: pointer;
  }

  .phone-fields .select.input:hover {
    border-color: var(--_ae-color-text-muted);
  }
`;
