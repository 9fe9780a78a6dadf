// Made by scripts/scoped-styles.mjs from src/elements/password-settings/password-form.styles.ts (and the sheets it gathers): run
// `npm run styles` after changing them, and never edit this file (`npm run lint` fails when it is
// out of date).
import { css } from 'lit';

/** `passwordFormStyles` of src/elements/password-settings/password-form.styles.ts, under `.ae-light-form`, for the light-DOM form. */
export const scopedPasswordFormStyles = css`
  .ae-light-form .form {
    max-inline-size: 28rem;
  }

  .ae-light-form .actions .forgot {
    margin-inline-end: auto;
  }

  .ae-light-form .password-toggle {
    flex: none;
    inline-size: var(--_ae-control-height);
    padding-inline: 0;
  }

  .ae-light-form .password-toggle[aria-pressed='true'] {
    color: var(--_ae-color-text);
    background: var(--_ae-color-bg);
    border-color: var(--_ae-color-border-strong);
  }

  .ae-light-form .password-toggle-icon {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .ae-light-form .strength {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-3);
    margin-block-start: calc(-1 * var(--_ae-space-2));
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }
  .ae-light-form .strength:empty {
    position: absolute;
  }

  .ae-light-form .strength-bar {
    display: grid;
    grid-template-columns: repeat(4, 1.5rem);
    gap: var(--_ae-space-1);
    flex: none;
  }

  .ae-light-form .strength-step {
    block-size: 0.25rem;
    border-radius: var(--_ae-radius-pill);
    background: var(--_ae-color-border);
  }

  .ae-light-form .strength-step--weak {
    background: var(--_ae-color-danger);
  }

  .ae-light-form .strength-step--fair {
    background: var(--_ae-color-warning);
  }

  .ae-light-form .strength-step--good,
  .ae-light-form .strength-step--strong {
    background: var(--_ae-color-success);
  }

  @media (forced-colors: active) {
    .ae-light-form
      .strength-step:is(
        .strength-step--weak,
        .strength-step--fair,
        .strength-step--good,
        .strength-step--strong
      ) {
      background: CanvasText;
    }
  }
`;
