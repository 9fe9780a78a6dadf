import { css } from 'lit';

/** The card's own view: the two ways in, and what stands in the way of one. */
export const passwordStyles = css`
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ae-space-2);
  }

  .phone-link {
    color: var(--_ae-color-primary);
    font-weight: var(--_ae-font-weight-medium);
    text-underline-offset: 0.15em;
  }

  /* The form is slotted in from the light DOM (see LightForm); the slot itself takes no box. */
  slot {
    display: contents;
  }

  /* With no form open, its container adds no row (and no gap) to the card. */
  ::slotted(:empty) {
    display: none;
  }

  /* Silent, the live region takes no room either; it stays in the page so its next words are heard. */
  .section-body > .status:not(:has(> :not(:empty))) {
    position: absolute;
  }
`;
