import { css, html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonOptions {
  label: string;
  variant?: ButtonVariant | undefined;
  type?: 'button' | 'submit' | undefined;
  /** Work is in progress: a spinner shows, clicks are ignored, focus stays. */
  busy?: boolean | undefined;
  /** Replaces the label for assistive technology while busy, e.g. "Saving…". */
  busyLabel?: string | undefined;
  disabled?: boolean | undefined;
  onClick?: ((event: MouseEvent) => void) | undefined;
  /** An extra part name, e.g. `save-button`, next to `button` and `button-<variant>`. */
  part?: string | undefined;
  id?: string | undefined;
  size?: 'md' | 'sm' | undefined;
  /** The id of what the button acts on, read after its name: one of many "Sign out" buttons says which. */
  describedBy?: string | undefined;
  /** Something before the label, e.g. an inline SVG icon; hidden from assistive technology. */
  icon?: TemplateResult | undefined;
}

/**
 * A native button. Busy and disabled use `aria-disabled` instead of `disabled`: a disabled button
 * loses focus (it falls to <body>, so a keyboard user is thrown back to the start of the page) and
 * vanishes from the tab order, so a person cannot find out why they cannot press it.
 */
export function button(options: ButtonOptions): TemplateResult {
  const {
    label,
    variant = 'secondary',
    type = 'button',
    busy = false,
    busyLabel,
    disabled = false,
  } = options;
  const inert = busy || disabled;
  const onClick = (event: MouseEvent): void => {
    if (inert) {
      // Also stops a submit button from submitting its form, including by Enter in a text field.
      event.preventDefault();
      return;
    }
    options.onClick?.(event);
  };
  const parts = ['button', `button-${variant}`, options.part].filter(Boolean).join(' ');

  return html`
    <button
      id=${ifDefined(options.id)}
      type=${type}
      class=${classMap({
        button: true,
        [`button--${variant}`]: true,
        'button--sm': options.size === 'sm',
        'button--busy': busy,
      })}
      part=${parts}
      aria-disabled=${inert ? 'true' : nothing}
      aria-busy=${busy ? 'true' : nothing}
      aria-describedby=${ifDefined(options.describedBy)}
      @click=${onClick}
    >
      ${options.icon ? html`<span class="button-icon" aria-hidden="true">${options.icon}</span>` : nothing}
      <span class="button-label" aria-hidden=${busy && busyLabel ? 'true' : nothing}>${label}</span>
      ${busy ? busyIndicator(busyLabel) : nothing}
    </button>
  `;
}

// The spinner is decoration; the busy label, when given, is what assistive technology reads instead.
function busyIndicator(busyLabel: string | undefined): TemplateResult {
  return html`<span class="button-spinner" aria-hidden="true"></span>${
      busyLabel ? html`<span class="visually-hidden">${busyLabel}</span>` : nothing
    }`;
}

export const buttonStyles = css`
  .button {
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

  .button--sm {
    min-block-size: calc(var(--_ae-control-height) - var(--_ae-space-2));
    padding-inline: var(--_ae-space-3);
    font-size: var(--_ae-font-size-sm);
  }

  .button:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-bg);
  }

  .button--primary {
    color: var(--_ae-color-on-primary);
    background: var(--_ae-color-primary);
    border-color: var(--_ae-color-primary);
  }

  .button--primary:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-primary-hover);
    border-color: var(--_ae-color-primary-hover);
  }

  .button--danger {
    color: var(--_ae-color-on-danger);
    background: var(--_ae-color-danger);
    border-color: var(--_ae-color-danger);
  }

  .button--danger:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-danger-hover);
    border-color: var(--_ae-color-danger-hover);
  }

  .button--ghost {
    color: var(--_ae-color-primary);
    background: transparent;
    border-color: transparent;
    box-shadow: none;
  }

  .button--ghost:hover:not([aria-disabled='true']) {
    background: var(--_ae-color-bg);
  }

  .button[aria-disabled='true'] {
    cursor: not-allowed;
  }

  .button[aria-disabled='true']:not(.button--busy) {
    opacity: 0.55;
  }

  .button--busy {
    cursor: progress;
  }

  .button-icon {
    display: inline-flex;
    inline-size: 1em;
    block-size: 1em;
  }

  /* Hidden but still laid out, so the button keeps its width while the spinner shows. */
  .button--busy .button-label,
  .button--busy .button-icon {
    opacity: 0;
  }

  .button-spinner {
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
    /* Slowed rather than stopped: a still ring would not say that work is going on. */
    .button-spinner {
      animation-duration: 2s;
    }
  }

  @media (forced-colors: active) {
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
