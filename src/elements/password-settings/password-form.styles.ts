import { css } from 'lit';

/**
 * The credential form's own rules. It lives in the light DOM, so these are scoped under the light
 * form's class ahead of time (`npm run styles` writes password-form.styles.scoped.ts, which the
 * element gives `LightForm`) and adopted by the page, like the kit's styles. Nothing imports this
 * module but that script.
 */
export const passwordFormStyles = css`
  .form {
    max-inline-size: 28rem;
  }

  .actions .forgot {
    margin-inline-end: auto;
  }

  .password-toggle {
    flex: none;
    inline-size: var(--_ae-control-height);
    padding-inline: 0;
  }

  .password-toggle[aria-pressed='true'] {
    color: var(--_ae-color-text);
    background: var(--_ae-color-bg);
    border-color: var(--_ae-color-border-strong);
  }

  .password-toggle-icon {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .strength {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-3);
    margin-block-start: calc(-1 * var(--_ae-space-2));
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }

  /* Silent, it takes no room in the form's grid, yet stays in the page so its next words are said. */
  .strength:empty {
    position: absolute;
  }

  .strength-bar {
    display: grid;
    grid-template-columns: repeat(4, 1.5rem);
    gap: var(--_ae-space-1);
    flex: none;
  }

  .strength-step {
    block-size: 0.25rem;
    border-radius: var(--_ae-radius-pill);
    background: var(--_ae-color-border);
  }

  .strength-step--weak {
    background: var(--_ae-color-danger);
  }

  .strength-step--fair {
    background: var(--_ae-color-warning);
  }

  .strength-step--good,
  .strength-step--strong {
    background: var(--_ae-color-success);
  }

  @media (forced-colors: active) {
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
