import { css } from 'lit';

/** The devices: one row each, its text beside its button, wrapping under it when narrow. */
export const devicesStyles = css`
  .sessions {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ae-space-2) var(--_ae-space-3);
    padding-block: var(--_ae-space-3);
    border-block-end: 1px solid var(--_ae-color-border);
  }

  .session:first-child {
    padding-block-start: 0;
  }

  .session-text {
    display: grid;
    gap: var(--_ae-space-1);
    flex: 1 1 14rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .session-device {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ae-space-2);
    font-weight: var(--_ae-font-weight-medium);
  }

  #only-this-device {
    padding-block-start: var(--_ae-space-3);
  }
`;
