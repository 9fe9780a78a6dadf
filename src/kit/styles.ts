import { css, type CSSResultGroup } from 'lit';
import {
  baseStyles,
  buttonStyles,
  dialogStyles,
  fieldStyles,
  oneTimeCodeStyles,
  sectionStyles,
  skeletonStyles,
  statusStyles,
  switchStyles,
  tokenStyles,
} from '../ui/index.js';

/** What the kit's views lay out: notices, the action row, the code step, summaries. */
const kitStyles = css`
  .notice {
    display: grid;
    gap: var(--_ae-space-2);
    justify-items: start;
    padding: var(--_ae-space-3);
    border-radius: var(--_ae-radius-md);
    background: var(--_ae-color-surface-raised);
  }

  .notice--error {
    color: var(--_ae-color-danger);
    background: var(--_ae-color-danger-surface);
  }

  .notice--warning {
    background: var(--_ae-color-warning-surface);
  }

  .form {
    display: grid;
    gap: var(--_ae-space-4);
    max-inline-size: 32rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_ae-space-2);
  }

  /* Saves and failures are said in the card, next to the button that caused them. Empty, the
     status takes no room; a long message takes a line of its own. */
  .actions > .status {
    flex: 1 1 auto;
  }

  .note {
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ae-space-3);
  }

  .summary-value {
    display: grid;
    gap: var(--_ae-space-1);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .summary-label {
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }

  .summary-text {
    font-weight: var(--_ae-font-weight-medium);
  }

  .code-step {
    display: grid;
    gap: var(--_ae-space-3);
  }

  .code-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ae-space-2) var(--_ae-space-4);
  }
`;

/**
 * Every element's styles, in one list: the tokens, the building blocks and the kit. An element adds
 * only its own sheet: `static styles = [...elementStyles, ownStyles]`.
 */
export const elementStyles: CSSResultGroup[] = [
  tokenStyles,
  baseStyles,
  fieldStyles,
  buttonStyles,
  switchStyles,
  sectionStyles,
  skeletonStyles,
  statusStyles,
  dialogStyles,
  oneTimeCodeStyles,
  kitStyles,
];

/**
 * What a light-DOM form's views use (fields, buttons, the code step, the action row, notes), of
 * the list above: `npm run styles` scopes these for `LightForm` (styles.scoped.ts). The switches,
 * cards, skeletons and dialogs, which a form in the light DOM never holds, are left out, and so
 * are the tokens, which are all for `:host`.
 */
export const lightFormStyles: CSSResultGroup[] = [
  baseStyles,
  fieldStyles,
  buttonStyles,
  statusStyles,
  oneTimeCodeStyles,
  kitStyles,
];
