import { css } from 'lit';

/** The list: one row per passkey, its text beside its buttons, wrapping under them when narrow. */
export const passkeyStyles = css`
  .passkeys {
    display: grid;
    gap: var(--_ae-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .passkey {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ae-space-2);
    align-items: center;
    justify-content: space-between;
    padding: var(--_ae-space-3);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-md);
  }

  .passkey-text {
    display: grid;
    gap: var(--_ae-space-1);
    min-inline-size: 0;
  }

  .passkey-name {
    font-weight: var(--_ae-font-weight-semibold);
    overflow-wrap: anywhere;
  }

  .passkey-actions {
    display: flex;
    gap: var(--_ae-space-2);
  }

  .rename {
    display: grid;
    flex: 1;
    gap: var(--_ae-space-2);
  }
`;
