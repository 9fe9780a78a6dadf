// Made by scripts/scoped-styles.mjs from src/kit/styles.ts (and the sheets it gathers): run
// `npm run styles` after changing them, and never edit this file (`npm run lint` fails when it is
// out of date).
import { css } from 'lit';

/** `lightFormStyles` of src/kit/styles.ts, under `.ae-light-form`, for the light-DOM form. */
export const scopedLightFormStyles = css`
  .ae-light-form *,
  .ae-light-form *::before,
  .ae-light-form *::after {
    box-sizing: border-box;
  }

  .ae-light-form :where(h1, h2, h3, h4, h5, h6, p) {
    margin: 0;
  }

  .ae-light-form :where(button, input, select, textarea) {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }

  .ae-light-form :focus-visible {
    outline: var(--_ae-focus-ring-width) solid var(--_ae-color-focus-ring);
    outline-offset: 2px;
  }
  .ae-light-form .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .ae-light-form .skeleton {
    display: block;
    block-size: 0.75em;
    border-radius: var(--_ae-radius-sm);
    background-color: var(--_ae-color-border);
    background-image: linear-gradient(
      90deg,
      transparent 0%,
      color-mix(in srgb, var(--_ae-color-surface) 55%, transparent) 50%,
      transparent 100%
    );
    background-size: 200% 100%;
    background-repeat: no-repeat;
    animation: ae-shimmer 1.6s ease-in-out infinite;
  }

  @keyframes ae-shimmer {
    from {
      background-position: 150% 0;
    }
    to {
      background-position: -50% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .ae-light-form .skeleton {
      animation: none;
      background-image: none;
    }
  }

  .ae-light-form .field {
    display: grid;
    gap: calc(var(--_ae-space-1) * 1.5);
    min-inline-size: 0;
  }

  .ae-light-form .field-label {
    font-size: var(--_ae-font-size-sm);
    font-weight: var(--_ae-font-weight-medium);
    line-height: var(--_ae-line-height-tight);
    color: var(--_ae-color-text);
  }

  .ae-light-form .field-optional {
    font-weight: var(--_ae-font-weight-regular);
    color: var(--_ae-color-text-muted);
  }

  .ae-light-form .field-control {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-2);
  }

  .ae-light-form .input {
    flex: 1 1 auto;
    min-inline-size: 0;
    inline-size: 100%;
    block-size: var(--_ae-control-height);
    padding-block: 0;
    padding-inline: var(--_ae-space-3);
    margin: 0;
    font-size: var(--_ae-font-size-md);
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface);
    border: 1px solid var(--_ae-color-border-strong);
    border-radius: var(--_ae-radius-sm);
    box-shadow: var(--_ae-shadow-sm);
    transition:
      border-color var(--_ae-duration) var(--_ae-easing),
      box-shadow var(--_ae-duration) var(--_ae-easing);
  }

  .ae-light-form .input::placeholder {
    color: var(--_ae-color-text-muted);
    opacity: 1;
  }

  .ae-light-form .input:hover:not(:disabled, :read-only),
  .ae-light-form .input--select:hover:not(:disabled) {
    border-color: var(--_ae-color-text-muted);
  }

  .ae-light-form .input:focus-visible {
    border-color: var(--_ae-color-focus-ring);
    outline: 1px solid var(--_ae-color-focus-ring);
    outline-offset: 0;
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_ae-color-focus-ring) 18%, transparent);
  }

  .ae-light-form .input[aria-invalid='true'] {
    border-color: var(--_ae-color-danger);
  }

  .ae-light-form .input[aria-invalid='true']:focus-visible {
    outline-color: var(--_ae-color-danger);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_ae-color-danger) 18%, transparent);
  }

  .ae-light-form .input:disabled {
    cursor: not-allowed;
    color: var(--_ae-color-text-muted);
    background: var(--_ae-color-bg);
    box-shadow: none;
  }
  .ae-light-form .input:read-only:not(:disabled, select) {
    background: var(--_ae-color-bg);
    box-shadow: none;
  }

  .ae-light-form .input--multiline {
    block-size: auto;
    min-block-size: calc(var(--_ae-control-height) * 2);
    padding-block: var(--_ae-space-2);
    line-height: var(--_ae-line-height);
    font-family: inherit;
    resize: vertical;
  }

  .ae-light-form .input--select {
    padding-inline-end: var(--_ae-space-2);
    font-family: inherit;
    cursor: pointer;
  }

  .ae-light-form .field-hint,
  .ae-light-form .field-error {
    font-size: var(--_ae-font-size-sm);
    line-height: var(--_ae-line-height);
  }

  .ae-light-form .field-hint {
    color: var(--_ae-color-text-muted);
  }

  .ae-light-form .field-error {
    color: var(--_ae-color-danger);
    font-weight: var(--_ae-font-weight-medium);
  }
  @media (forced-colors: active) {
    .ae-light-form .input:focus-visible,
    .ae-light-form .input[aria-invalid='true']:focus-visible {
      outline: var(--_ae-focus-ring-width) solid Highlight;
      outline-offset: 2px;
    }
    .ae-light-form .input[aria-invalid='true'] {
      border-width: 2px;
      border-color: CanvasText;
    }
  }

  .ae-light-form .button {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_ae-space-2);
    min-block-size: var(--_ae-control-height);
    padding-block: 0;
    padding-inline: var(--_ae-space-4);
    margin: 0;
    font-size: var(--_ae-font-size-md);
    font-weight: var(--_ae-font-weight-medium);
    line-height: var(--_ae-line-height-tight);
    white-space: nowrap;
    text-decoration: none;
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface);
    border: 1px solid var(--_ae-color-border-strong);
    border-radius: var(--_ae-radius-sm);
    box-shadow: var(--_ae-shadow-sm);
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
    transition:
      background-color var(--_ae-duration) var(--_ae-easing),
      border-color var(--_ae-duration) var(--_ae-easing),
      color var(--_ae-duration) var(--_ae-easing);
  }

  .ae-light-form .button--sm {
    min-block-size: calc(var(--_ae-control-height) - var(--_ae-space-2));
    padding-inline: var(--_ae-space-3);
    font-size: var(--_ae-font-size-sm);
  }

  .ae-light-form .button:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-bg);
  }

  .ae-light-form .button--primary {
    color: var(--_ae-color-on-primary);
    background: var(--_ae-color-primary);
    border-color: var(--_ae-color-primary);
  }

  .ae-light-form .button--primary:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-primary-hover);
    border-color: var(--_ae-color-primary-hover);
  }

  .ae-light-form .button--danger {
    color: var(--_ae-color-on-danger);
    background: var(--_ae-color-danger);
    border-color: var(--_ae-color-danger);
  }

  .ae-light-form .button--danger:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-danger-hover);
    border-color: var(--_ae-color-danger-hover);
  }

  .ae-light-form .button--ghost {
    color: var(--_ae-color-primary);
    background: transparent;
    border-color: transparent;
    box-shadow: none;
  }

  .ae-light-form .button--ghost:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-bg);
  }

  .ae-light-form .button[aria-disabled='true'] {
    cursor: not-allowed;
  }

  .ae-light-form .button[aria-disabled='true']:not(.button--busy) {
    opacity: 0.55;
  }

  .ae-light-form .button--busy {
    cursor: progress;
  }

  .ae-light-form .button-icon {
    display: inline-flex;
    inline-size: 1em;
    block-size: 1em;
  }
  .ae-light-form .button--busy .button-label,
  .ae-light-form .button--busy .button-icon {
    opacity: 0;
  }

  .ae-light-form .button-spinner {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ae-spin 0.7s linear infinite;
  }

  @keyframes ae-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .ae-light-form .button-spinner {
      animation-duration: 2s;
    }
  }

  @media (forced-colors: active) {
    .ae-light-form .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }

  .ae-light-form .status {
    display: block;
  }
  .ae-light-form .status-message:empty {
    padding: 0;
    border: 0;
    margin: 0;
  }

  .ae-light-form .status-message:not(:empty) {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-2);
    font-size: var(--_ae-font-size-sm);
    font-weight: var(--_ae-font-weight-medium);
  }

  .ae-light-form .status-message--info {
    color: var(--_ae-color-text-muted);
  }

  .ae-light-form .status-message--success {
    color: var(--_ae-color-success);
  }

  .ae-light-form .status-message--success:not(:empty)::before {
    content: '';
    inline-size: 0.5rem;
    block-size: 0.5rem;
    flex: none;
    border-radius: var(--_ae-radius-pill);
    background: currentColor;
  }

  .ae-light-form .status-message--error:not(:empty) {
    padding-block: var(--_ae-space-2);
    padding-inline: var(--_ae-space-3);
    color: var(--_ae-color-danger);
    background: var(--_ae-color-danger-surface);
    border: 1px solid color-mix(in srgb, var(--_ae-color-danger) 30%, transparent);
    border-radius: var(--_ae-radius-sm);
  }

  .ae-light-form .one-time-code {
    --_code-gap: 0.6em;
    inline-size: calc(var(--_code-length) * (1ch + var(--_code-gap)) + 2 * var(--_ae-space-4) + 2px);
    max-inline-size: 100%;
    block-size: calc(var(--_ae-control-height) + var(--_ae-space-3));
    padding-inline: var(--_ae-space-4) calc(var(--_ae-space-4) - var(--_code-gap));
    font-family: var(--_ae-font-family-mono);
    font-size: var(--_ae-font-size-xl);
    font-variant-numeric: tabular-nums;
    letter-spacing: var(--_code-gap);
    text-align: start;
  }

  .ae-light-form .notice {
    display: grid;
    gap: var(--_ae-space-2);
    justify-items: start;
    padding: var(--_ae-space-3);
    border-radius: var(--_ae-radius-md);
    background: var(--_ae-color-surface-raised);
  }

  .ae-light-form .notice--error {
    color: var(--_ae-color-danger);
    background: var(--_ae-color-danger-surface);
  }

  .ae-light-form .notice--warning {
    background: var(--_ae-color-warning-surface);
  }

  .ae-light-form .form {
    display: grid;
    gap: var(--_ae-space-4);
    max-inline-size: 32rem;
  }

  .ae-light-form .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_ae-space-2);
  }
  .ae-light-form .actions > .status {
    flex: 1 1 auto;
  }

  .ae-light-form .note {
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }

  .ae-light-form .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ae-space-3);
  }

  .ae-light-form .summary-value {
    display: grid;
    gap: var(--_ae-space-1);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .ae-light-form .summary-label {
    font-size: var(--_ae-font-size-sm);
    color: var(--_ae-color-text-muted);
  }

  .ae-light-form .summary-text {
    font-weight: var(--_ae-font-weight-medium);
  }

  .ae-light-form .code-step {
    display: grid;
    gap: var(--_ae-space-3);
  }

  .ae-light-form .code-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ae-space-2) var(--_ae-space-4);
  }
`;
