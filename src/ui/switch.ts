import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { partNames } from './parts.js';

export interface SwitchOptions {
  id: string;
  label: string;
  /** A line under the label, tied to the switch. */
  hint?: string | undefined;
  checked: boolean;
  /** A save is on its way: shown, and further clicks are ignored (focus stays). */
  busy?: boolean | undefined;
  disabled?: boolean | undefined;
  onChange: (checked: boolean) => void;
  part?: string | undefined;
}

/**
 * An on/off setting that takes effect at once: a native button with `role="switch"` and
 * `aria-checked`, so Space and Enter toggle it and screen readers say "on" or "off". Busy and
 * disabled use `aria-disabled`, as buttons here do, so focus stays where it is.
 */
export function switchControl(options: SwitchOptions): TemplateResult {
  const { id, label, hint, checked, busy = false, disabled = false, onChange, part } = options;
  const inert = busy || disabled;
  const hintId = hint ? `${id}-hint` : undefined;
  return html`
    <div class="switch-row" part=${partNames('switch-row', part)}>
      <div class="switch-text">
        <label class="switch-label" for=${id} part=${partNames('switch-label', part)}>${label}</label>
        ${hint ? html`<p id=${hintId} class="field-hint">${hint}</p>` : nothing}
      </div>
      <button
        id=${id}
        type="button"
        role="switch"
        class="switch"
        part=${partNames('switch', part)}
        aria-checked=${checked ? 'true' : 'false'}
        aria-describedby=${ifDefined(hintId)}
        aria-disabled=${inert ? 'true' : nothing}
        aria-busy=${busy ? 'true' : nothing}
        @click=${() => {
          if (!inert) onChange(!checked);
        }}
      >
        <span class="switch-thumb" aria-hidden="true"></span>
      </button>
    </div>
  `;
}

export const switchStyles = css`
  .switch-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ae-space-4);
  }

  .switch-text {
    display: grid;
    gap: var(--_ae-space-1);
    min-inline-size: 0;
  }

  .switch-label {
    font-weight: var(--_ae-font-weight-medium);
  }

  .switch {
    position: relative;
    flex: none;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    padding: 0;
    border: 1px solid var(--_ae-color-border-strong);
    border-radius: var(--_ae-radius-pill);
    background: var(--_ae-color-border);
    cursor: pointer;
    transition: background-color var(--_ae-duration) var(--_ae-easing);
  }

  .switch[aria-checked='true'] {
    background: var(--_ae-color-primary);
    border-color: var(--_ae-color-primary);
  }

  .switch-thumb {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0.1875rem;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border-radius: 50%;
    background: var(--_ae-color-surface);
    box-shadow: var(--_ae-shadow-sm);
    transform: translateY(-50%);
    transition: inset-inline-start var(--_ae-duration) var(--_ae-easing);
  }

  .switch[aria-checked='true'] .switch-thumb {
    inset-inline-start: calc(100% - 1.125rem - 0.1875rem);
  }

  .switch[aria-busy='true'] .switch-thumb {
    opacity: 0.6;
  }

  .switch[aria-disabled='true'] {
    cursor: not-allowed;
  }

  .switch[aria-disabled='true']:not([aria-busy='true']) {
    opacity: 0.55;
  }

  @media (prefers-reduced-motion: reduce) {
    .switch,
    .switch-thumb {
      transition: none;
    }
  }

  /*
   * Windows high contrast: the track keeps an outline, the "on" state a fill. A thumb on that fill is
   * HighlightText, the colour each theme pairs with Highlight; CanvasText there can be nearly the same
   * colour as Highlight (black on navy, white on cyan).
   */
  @media (forced-colors: active) {
    .switch {
      border-color: CanvasText;
    }
    .switch-thumb {
      background: CanvasText;
    }
    .switch[aria-checked='true'] {
      background: Highlight;
    }
    .switch[aria-checked='true'] .switch-thumb {
      background: HighlightText;
    }
  }
`;
