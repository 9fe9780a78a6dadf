import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Catalog } from '../../i18n/index.js';
import { field, textInput } from '../../ui/index.js';
import type { Country, PhoneInput } from './phone-input.js';

export interface PhoneFieldsOptions {
  /** The number's problem, found here or by the backend. */
  error: string | undefined;
  onInput: (text: string) => void;
  onCountry: (country: Country) => void;
}

/**
 * The new number: the country it is read in, named in the person's language with its calling
 * code, and the number itself, left to right in any page.
 */
export function phoneFields(t: Catalog, input: PhoneInput, options: PhoneFieldsOptions): TemplateResult {
  const onChange = (event: Event) =>
    options.onCountry((event.currentTarget as HTMLSelectElement).value as Country);
  return html`
    <div class="phone-fields">
      ${field({
        id: 'phone-country',
        label: t.phone.country,
        control: (describedBy) => html`
          <select
            id="phone-country"
            class="input select"
            part="input"
            aria-describedby=${ifDefined(describedBy)}
            .value=${live(input.country)}
            @change=${onChange}
          >
            ${input.country === '' ? html`<option value="" selected>${t.phone.noCountry}</option>` : nothing}
            ${input
              .countries()
              .map(
                (choice) =>
                  html`<option value=${choice.code} ?selected=${choice.code === input.country}>
                    ${choice.callingCode ? t.phone.countryOption(choice.name, choice.callingCode) : choice.name}
                  </option>`,
              )}
          </select>
        `,
      })}
      ${textInput({
        id: 'phone-number',
        label: t.phone.number,
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        dir: 'ltr',
        value: input.text,
        required: true,
        hint: t.phone.numberHint,
        error: options.error,
        onInput: options.onInput,
      })}
    </div>
  `;
}
