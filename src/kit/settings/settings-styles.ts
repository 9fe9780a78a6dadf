import { css } from 'lit';

/** What a settings section lays out beyond the kit: groups, keyword chips, the week's hours, a recording. */
export const settingsStyles = css`
  .settings-form {
    max-inline-size: 36rem;
  }

  .settings-group {
    display: grid;
    gap: var(--_ae-space-4);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_ae-space-4) 0 0;
    border: 0;
    border-block-start: 1px solid var(--_ae-color-border);
  }

  .settings-form > .settings-group:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }

  /* A legend does not take part in the fieldset's grid; floated, it does, as the first row. */
  .settings-group-label {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-size: var(--_ae-font-size-md);
    font-weight: var(--_ae-font-weight-semibold);
    line-height: var(--_ae-line-height-tight);
  }

  .settings-group-label + .field-hint {
    margin-block-start: calc(-1 * var(--_ae-space-3));
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ae-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_ae-space-1);
    min-block-size: 1.75rem;
    padding-block: 0;
    padding-inline: var(--_ae-space-3) var(--_ae-space-1);
    border: 1px solid var(--_ae-color-border-strong);
    border-radius: var(--_ae-radius-pill);
    background: var(--_ae-color-surface-raised);
    font-size: var(--_ae-font-size-sm);
    font-weight: var(--_ae-font-weight-medium);
    letter-spacing: 0.02em;
  }

  .chip--fixed {
    padding-inline-end: var(--_ae-space-3);
    border-style: dashed;
    color: var(--_ae-color-text-muted);
    background: transparent;
  }

  .chip--invalid {
    border-color: var(--_ae-color-danger);
    color: var(--_ae-color-danger);
  }

  .chip-remove {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1rem;
    line-height: 1;
    cursor: pointer;
  }

  .chip-remove:hover {
    background: var(--_ae-color-border);
  }

  .chip-remove:focus-visible {
    outline: 2px solid var(--_ae-color-focus-ring);
    outline-offset: 1px;
  }

  .keywords {
    gap: var(--_ae-space-2);
  }

  .keywords .note {
    margin: 0;
  }

  .keywords-label {
    margin-block-start: var(--_ae-space-2);
  }

  .keyword-entry {
    margin-block-start: var(--_ae-space-2);
  }

  .hours {
    display: grid;
    gap: var(--_ae-space-2);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    container-type: inline-size;
  }

  .hours > legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
  }

  .hours-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 8rem) minmax(0, 8rem);
    align-items: center;
    gap: var(--_ae-space-2) var(--_ae-space-3);
  }

  .hours-columns {
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }

  .hours-day {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-2);
    min-inline-size: 0;
  }

  .hours-closed {
    grid-column: 2 / -1;
  }

  .hours-overnight,
  .hours-error {
    grid-column: 2 / -1;
    margin: 0;
  }

  .hours-time {
    padding-inline: var(--_ae-space-2);
  }

  /* Narrow: the day on its own line, its two times under it. */
  @container (inline-size < 24rem) {
    .hours-row {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .hours-day,
    .hours-columns > :first-child {
      grid-column: 1 / -1;
    }
    .hours-columns > :first-child {
      display: none;
    }
    .hours-closed,
    .hours-overnight,
    .hours-error {
      grid-column: 1 / -1;
    }
  }

  .checkbox {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_ae-color-primary);
  }

  .audio {
    gap: var(--_ae-space-2);
  }

  .audio:focus-visible {
    outline: 2px solid var(--_ae-color-focus-ring);
    outline-offset: 4px;
    border-radius: var(--_ae-radius-sm);
  }

  .audio .note,
  .audio .field-hint,
  .audio .field-error {
    margin: 0;
  }

  .audio-player {
    inline-size: 100%;
    max-inline-size: 24rem;
  }

  .audio-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ae-space-2);
  }

  /* Out of the form's grid while silent (no empty gap), yet in the page, so its next words are said. */
  .settings-form > .actions:not(:has(button)):not(:has(.status-message:not(:empty))) {
    position: absolute;
  }
`;
