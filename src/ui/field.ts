import { css, html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { choicesOnDemand } from './choices-on-demand.js';
import { partNames } from './parts.js';

export interface FieldOptions {
  /** The control's id; the hint and error get `${id}-hint` and `${id}-error`. Unique in the shadow root. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the control and tied to it; an empty string counts as no error. */
  error?: string | undefined;
  required?: boolean | undefined;
  /** Text after the label of a field that may be left empty (the catalog's "optional"). */
  optionalLabel?: string | undefined;
  /** Renders the control; it must put `describedBy` on `aria-describedby` and `invalid` on `aria-invalid`. */
  control: (describedBy: string | undefined, invalid: boolean) => TemplateResult;
  /**
   * A prefix for specific part names, for a field a host styles on its own (a `<settings-section>`
   * field's `part`): `priority` adds `priority-field`, `priority-input`, ... Built-in fields have none.
   */
  part?: string | undefined;
}

/** A labelled form field: label, control, hint and error, tied together for assistive technology. */
export function field(options: FieldOptions): TemplateResult {
  const { id, label, hint, error, required = false, optionalLabel, control, part } = options;
  const invalid = Boolean(error);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // The error first: when the control is focused again, the problem is what matters most.
  const describedBy = [invalid ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;

  return html`
    <div class=${classMap({ field: true, 'field--invalid': invalid })} part=${partNames('field', part)}>
      <label class="field-label" for=${id} part=${partNames('label', part)}>
        ${label}${!required && optionalLabel ? optionalNote(optionalLabel) : nothing}
      </label>
      ${control(describedBy, invalid)}
      ${hint ? html`<p id=${hintId} class="field-hint" part=${partNames('hint', part)}>${hint}</p>` : nothing}
      ${invalid ? html`<p id=${errorId} class="field-error" part=${partNames('error', part)}>${error}</p>` : nothing}
    </div>
  `;
}

function optionalNote(text: string): TemplateResult {
  return html` <span class="field-optional">${text}</span>`;
}

export type InputMode = 'none' | 'text' | 'tel' | 'url' | 'email' | 'numeric' | 'decimal' | 'search';

export interface TextInputOptions extends Omit<FieldOptions, 'control'> {
  value: string;
  type?:
    | 'text'
    | 'email'
    | 'tel'
    | 'password'
    | 'url'
    | 'search'
    | 'number'
    | 'time'
    | 'datetime-local'
    | undefined;
  name?: string | undefined;
  /** A WHATWG autofill token, e.g. `username`, `new-password`, `tel`, `email`. */
  autocomplete?: string | undefined;
  inputmode?: InputMode | undefined;
  maxlength?: number | undefined;
  minlength?: number | undefined;
  /** Bounds of a number, time or date input. */
  min?: number | string | undefined;
  max?: number | string | undefined;
  step?: number | undefined;
  placeholder?: string | undefined;
  /**
   * `ltr` for values that are always left to right (phone numbers, emails) inside a right-to-left
   * page. Free text (`text`, `search`) is `auto` by default: it reads in the direction of what was
   * typed, so a Latin name in an Arabic page keeps its full stop at its end.
   */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  disabled?: boolean | undefined;
  readonly?: boolean | undefined;
  spellcheck?: boolean | undefined;
  autocapitalize?: 'off' | 'none' | 'on' | 'sentences' | 'words' | 'characters' | undefined;
  /** Something next to the input, e.g. a show-password or copy button. */
  trailing?: TemplateResult | undefined;
  onInput: (value: string) => void;
  onBlur?: ((value: string) => void) | undefined;
}

/** A single-line text input inside a `field()`. */
export function textInput(options: TextInputOptions): TemplateResult {
  const { id, value, type = 'text', trailing, onInput, onBlur, part, spellcheck } = options;
  return field({
    ...options,
    control: (describedBy, invalid) => html`
      <div class="field-control">
        <input
          id=${id}
          class="input"
          part=${partNames('input', part)}
          type=${type}
          name=${ifDefined(options.name)}
          .value=${live(value)}
          autocomplete=${ifDefined(options.autocomplete)}
          inputmode=${ifDefined(options.inputmode)}
          maxlength=${ifDefined(options.maxlength)}
          minlength=${ifDefined(options.minlength)}
          min=${ifDefined(options.min)}
          max=${ifDefined(options.max)}
          step=${ifDefined(options.step)}
          placeholder=${ifDefined(options.placeholder)}
          dir=${ifDefined(options.dir ?? (type === 'text' || type === 'search' ? 'auto' : undefined))}
          spellcheck=${ifDefined(spellcheck === undefined ? undefined : String(spellcheck))}
          autocapitalize=${ifDefined(options.autocapitalize)}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${invalid ? 'true' : 'false'}
          ?required=${options.required ?? false}
          ?disabled=${options.disabled ?? false}
          ?readonly=${options.readonly ?? false}
          @input=${(event: Event) => onInput(valueOf(event))}
          @blur=${onBlur ? (event: Event) => onBlur(valueOf(event)) : nothing}
        />
        ${trailing ?? nothing}
      </div>
    `,
  });
}

function valueOf(event: Event): string {
  const control = event.currentTarget;
  const valued =
    control instanceof HTMLInputElement ||
    control instanceof HTMLTextAreaElement ||
    control instanceof HTMLSelectElement;
  return valued ? control.value : '';
}

export interface TextAreaOptions extends Omit<FieldOptions, 'control'> {
  value: string;
  rows?: number | undefined;
  maxlength?: number | undefined;
  disabled?: boolean | undefined;
  onInput: (value: string) => void;
}

/**
 * Text over several lines (a greeting, an auto-reply) inside a `field()`; it grows by hand only. It
 * reads in the direction of what was typed (`dir="auto"`), whatever the page's.
 */
export function textArea(options: TextAreaOptions): TemplateResult {
  const { id, value, rows = 3, onInput, part } = options;
  return field({
    ...options,
    control: (describedBy, invalid) => html`
      <textarea
        id=${id}
        class="input input--multiline"
        part=${partNames('input', part)}
        rows=${rows}
        dir="auto"
        .value=${live(value)}
        maxlength=${ifDefined(options.maxlength)}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?required=${options.required ?? false}
        ?disabled=${options.disabled ?? false}
        @input=${(event: Event) => onInput(valueOf(event))}
      ></textarea>
    `,
  });
}

export interface SelectChoice {
  value: string;
  label: string;
}

export interface SelectFieldOptions extends Omit<FieldOptions, 'control'> {
  value: string;
  choices: readonly SelectChoice[];
  /** `ltr` when every choice reads left to right whatever the page (time zone names). */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  disabled?: boolean | undefined;
  /**
   * For a long list: only the current choice is in the page until the select is focused or pressed
   * (`choicesOnDemand`), the rest then. Keyboard, screen readers and the opened list are unchanged.
   */
  onDemand?: boolean | undefined;
  onChange: (value: string) => void;
}

/** One choice of a few (or a long list such as time zones) inside a `field()`, styled like an input. */
export function selectField(options: SelectFieldOptions): TemplateResult {
  const { id, value, choices, onChange, part } = options;
  return field({
    ...options,
    control: (describedBy, invalid) => html`
      <div class="field-control">
        <select
          id=${id}
          class="input input--select"
          part=${partNames('input', part)}
          dir=${ifDefined(options.dir)}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${invalid ? 'true' : 'false'}
          ?required=${options.required ?? false}
          ?disabled=${options.disabled ?? false}
          @change=${(event: Event) => onChange(valueOf(event))}
          ${options.onDemand ? choicesOnDemand(choices, value) : nothing}
        >
          ${
            // On demand, the directive puts the options in (beside this part's empty place).
            options.onDemand ? nothing : optionsOf(choices, value)
          }
        </select>
      </div>
    `,
  });
}

function optionsOf(choices: readonly SelectChoice[], value: string): TemplateResult[] {
  // The property, not the attribute: once a person has picked, a browser may ignore the attribute.
  return choices.map(
    (choice) =>
      html`<option value=${choice.value} .selected=${choice.value === value}>${choice.label}</option>`,
  );
}

export const fieldStyles = css`
  .field {
    display: grid;
    gap: calc(var(--_ae-space-1) * 1.5);
    min-inline-size: 0;
  }

  .field-label {
    font-size: var(--_ae-font-size-sm);
    font-weight: var(--_ae-font-weight-medium);
    line-height: var(--_ae-line-height-tight);
    color: var(--_ae-color-text);
  }

  .field-optional {
    font-weight: var(--_ae-font-weight-regular);
    color: var(--_ae-color-text-muted);
  }

  .field-control {
    display: flex;
    align-items: center;
    gap: var(--_ae-space-2);
  }

  .input {
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

  .input::placeholder {
    color: var(--_ae-color-text-muted);
    opacity: 1;
  }

  .input:hover:not(:disabled, :read-only),
  .input--select:hover:not(:disabled) {
    border-color: var(--_ae-color-text-muted);
  }

  .input:focus-visible {
    border-color: var(--_ae-color-focus-ring);
    outline: 1px solid var(--_ae-color-focus-ring);
    outline-offset: 0;
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_ae-color-focus-ring) 18%, transparent);
  }

  .input[aria-invalid='true'] {
    border-color: var(--_ae-color-danger);
  }

  .input[aria-invalid='true']:focus-visible {
    outline-color: var(--_ae-color-danger);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_ae-color-danger) 18%, transparent);
  }

  .input:disabled {
    cursor: not-allowed;
    color: var(--_ae-color-text-muted);
    background: var(--_ae-color-bg);
    box-shadow: none;
  }

  /* Chromium counts a <select> as read-only (it has no readonly attribute to say otherwise). */
  .input:read-only:not(:disabled, select) {
    background: var(--_ae-color-bg);
    box-shadow: none;
  }

  .input--multiline {
    block-size: auto;
    min-block-size: calc(var(--_ae-control-height) * 2);
    padding-block: var(--_ae-space-2);
    line-height: var(--_ae-line-height);
    font-family: inherit;
    resize: vertical;
  }

  .input--select {
    padding-inline-end: var(--_ae-space-2);
    font-family: inherit;
    cursor: pointer;
  }

  .field-hint,
  .field-error {
    font-size: var(--_ae-font-size-sm);
    line-height: var(--_ae-line-height);
  }

  .field-hint {
    color: var(--_ae-color-text-muted);
  }

  .field-error {
    color: var(--_ae-color-danger);
    font-weight: var(--_ae-font-weight-medium);
  }

  /*
   * Windows high contrast drops shadows and brand colours: the focus halo would leave a 1px outline
   * on the 1px border, and an invalid field would look like any other. A thicker ring and border say
   * both without colour.
   */
  @media (forced-colors: active) {
    .input:focus-visible,
    .input[aria-invalid='true']:focus-visible {
      outline: var(--_ae-focus-ring-width) solid Highlight;
      outline-offset: 2px;
    }
    .input[aria-invalid='true'] {
      border-width: 2px;
      border-color: CanvasText;
    }
  }
`;
