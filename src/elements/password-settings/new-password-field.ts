import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { PASSWORD_MAX, PASSWORD_MIN, type FieldError } from '../../api/index.js';
import { fieldErrorText } from '../../kit/index.js';
import type { StrengthLevel } from '../../kit/password-strength.js';
import type { Catalog } from '../../i18n/index.js';
import { textInput } from '../../ui/index.js';

export interface NewPasswordFieldOptions {
  id: string;
  value: string;
  /** Found as it was typed, or the backend's answer to the last attempt. */
  problem: FieldError | undefined;
  /** Shown as text instead of dots. */
  shown: boolean;
  strength: StrengthLevel | undefined;
  onInput: (value: string) => void;
  onToggle: () => void;
}

const LEVELS: readonly StrengthLevel[] = ['weak', 'fair', 'good', 'strong'];

/**
 * The new password: its rules said before anything is typed, a show/hide toggle that keeps focus,
 * and the strength hint, in a live region that speaks only when the level changes.
 */
export function newPasswordField(t: Catalog, options: NewPasswordFieldOptions): TemplateResult {
  const { id, value, problem, shown, strength } = options;
  const tp = t.password;
  const error = fieldErrorText(t, problem, tp.sameAsCurrent);
  return html`
    ${textInput({
      id,
      name: 'new-password',
      label: tp.new,
      type: shown ? 'text' : 'password',
      autocomplete: 'new-password',
      // Shown as text, a password would otherwise go to the spell checker (a cloud service in some browsers).
      spellcheck: false,
      autocapitalize: 'none',
      required: true,
      value,
      hint: tp.rules(PASSWORD_MIN, PASSWORD_MAX),
      error,
      onInput: options.onInput,
      trailing: toggle(tp.show, id, shown, options.onToggle),
    })}
    <div class="strength" aria-live="polite" aria-atomic="true">
      ${strength ? strengthView(t, strength) : nothing}
    </div>
  `;
}

/** One label, pressed or not: a toggle's name must not change with its state. */
function toggle(label: string, controls: string, pressed: boolean, onToggle: () => void): TemplateResult {
  return html`<button
    type="button"
    class="button button--ghost button--sm password-toggle"
    aria-pressed=${pressed ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${onToggle}
  >
    <svg class="password-toggle-icon" viewBox="0 0 24 24" aria-hidden="true">
      ${pressed ? eyeClosed : eyeOpen}
    </svg>
    <span class="visually-hidden">${label}</span>
  </button>`;
}

function strengthView(t: Catalog, level: StrengthLevel): TemplateResult {
  const filled = LEVELS.indexOf(level) + 1;
  return html`<span class="strength-bar" aria-hidden="true">
      ${LEVELS.map(
        (_, index) =>
          html`<span
            class=${classMap({ 'strength-step': true, [`strength-step--${level}`]: index < filled })}
          ></span>`,
      )}
    </span>
    <span class="strength-text">${t.password.strength[level]}</span>`;
}

const eyeOpen = svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z"/><circle cx="12" cy="12" r="3"/>`;
const eyeClosed = svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z"/><circle cx="12" cy="12" r="3"/><path d="M4 20 20 4"/>`;
