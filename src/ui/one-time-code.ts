import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { cssVars } from './css-vars.js';
import { field } from './field.js';

export interface OneTimeCodeOptions {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** How many digits the code has. */
  length?: number | undefined;
  disabled?: boolean | undefined;
  /** Called with the digits only, whenever they change. */
  onInput: (value: string) => void;
  /** Called when all `length` digits are present, e.g. to submit without a click. */
  onComplete?: ((value: string) => void) | undefined;
}

/*
 * The first code point of each run of decimal digits people may type or paste: ASCII, Arabic-Indic,
 * Extended Arabic-Indic (Persian, Urdu), Devanagari, Bengali and full-width (Chinese, Japanese IMEs).
 * A code typed on an Arabic keyboard is still the code.
 */
const digitZeros = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

/** The ASCII digits in some text, everything else dropped: "123 456" and "١٢٣-٤٥٦" give "123456". */
export function codeDigits(text: string, length = Infinity): string {
  let digits = '';
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    const zero = digitZeros.find((start) => point >= start && point <= start + 9);
    if (zero !== undefined) digits += String(point - zero);
    if (digits.length >= length) break;
  }
  return digits;
}

/**
 * One input for a one-time code, so SMS autofill (`autocomplete="one-time-code"`), password managers
 * and pasting work as people expect; split boxes break all three. Spaces, dashes and any other
 * characters are dropped as they arrive.
 */
export function oneTimeCode(options: OneTimeCodeOptions): TemplateResult {
  const { id, value, length = 6, disabled = false, onInput, onComplete } = options;

  const accept = (input: HTMLInputElement, digits: string, caret: number): void => {
    if (input.value !== digits) {
      input.value = digits;
      input.setSelectionRange(caret, caret);
    }
    onInput(digits);
    if (digits.length === length) onComplete?.(digits);
  };

  const handleInput = (event: Event): void => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const caret = codeDigits(input.value.slice(0, input.selectionStart ?? input.value.length)).length;
    const digits = codeDigits(input.value, length);
    accept(input, digits, Math.min(caret, digits.length));
  };

  // maxlength would cut "123 456" to "123 45" before the input event could clean it up.
  const handlePaste = (event: ClipboardEvent): void => {
    const input = event.currentTarget;
    const pasted = event.clipboardData?.getData('text');
    if (!(input instanceof HTMLInputElement) || pasted === undefined) return;
    event.preventDefault();
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const before = codeDigits(input.value.slice(0, start));
    const inserted = codeDigits(pasted);
    const digits = codeDigits(before + inserted + codeDigits(input.value.slice(end)), length);
    accept(input, digits, Math.min(before.length + inserted.length, digits.length));
  };

  return field({
    ...options,
    required: true,
    control: (describedBy, invalid) => html`
      <input
        id=${id}
        class="input one-time-code"
        part="input"
        ${cssVars({ '--_code-length': String(length) })}
        type="text"
        .value=${live(value)}
        autocomplete="one-time-code"
        inputmode="numeric"
        pattern=${`[0-9]{${length}}`}
        maxlength=${length}
        dir="ltr"
        spellcheck="false"
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?disabled=${disabled}
        required
        @input=${handleInput}
        @paste=${handlePaste}
      />
    `,
  });
}

/* Needs `fieldStyles` too; this only adds the look of a code. */
export const oneTimeCodeStyles = css`
  .one-time-code {
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
`;
