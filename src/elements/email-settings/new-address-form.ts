import { html, type TemplateResult } from 'lit';
import { EMAIL_MAX, type FieldError } from '../../api/index.js';
import type { ActionState } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { actionButton, fieldErrorText } from '../../kit/index.js';
import { button, textInput } from '../../ui/index.js';

export interface NewAddressFormOptions {
  value: string;
  /** Shown once Send was pressed. */
  problem: FieldError | undefined;
  /** Sends the link: busy while it goes, counting a rate limit down. */
  save: ActionState;
  onInput: (value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** The new address, with Cancel and Send link. */
export function newAddressForm(t: Catalog, options: NewAddressFormOptions): TemplateResult {
  return html`
    <form class="form change-form" novalidate @submit=${options.onSubmit}>
      ${textInput({
        id: 'new-email',
        label: t.email.newAddress,
        value: options.value,
        autocomplete: 'email',
        inputmode: 'email',
        dir: 'ltr',
        autocapitalize: 'none',
        spellcheck: false,
        required: true,
        maxlength: EMAIL_MAX,
        hint: t.email.newAddressHint,
        error: fieldErrorText(t, options.problem, t.email.sameAsCurrent),
        onInput: options.onInput,
      })}
      <div class="actions">
        ${button({ label: t.common.cancel, variant: 'ghost', onClick: options.onCancel })}
        ${actionButton(t, options.save, {
          label: t.email.sendLink,
          busyLabel: t.email.sending,
          variant: 'primary',
          type: 'submit',
        })}
      </div>
    </form>
  `;
}
