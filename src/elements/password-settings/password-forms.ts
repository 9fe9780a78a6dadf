import { html, nothing, type TemplateResult } from 'lit';
import { isAccountError, type Account, type AccountError } from '../../api/index.js';
import type { ActionState, CodeFlowView } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { actionButton, codeStep, fieldErrorText } from '../../kit/index.js';
import type { StrengthLevel } from '../../kit/password-strength.js';
import { button, textInput } from '../../ui/index.js';
import { newPasswordField } from './new-password-field.js';
import type { PasswordEntry, PasswordField } from './password-entry.js';

export interface ChoicesOptions {
  t: Catalog;
  account: Account;
  /** The backend has not said it cannot change a password with the current one. */
  canChange: boolean;
  /** The backend's refusal to change is being said in the live region right now. */
  sayingUnsupported: boolean;
  starting: ActionState;
  onChange: () => void;
  onReset: () => void;
}

/** The ways in: change (unless the backend said it cannot), reset (when there is a cell to text). */
export function choices(options: ChoicesOptions): TemplateResult {
  const { t, canChange } = options;
  const canReset = options.account.phone !== null;
  // Just learnt, it is being said in the live region; the notice would say it twice.
  const notice = !canChange && !options.sayingUnsupported;
  return html`
    ${notice ? html`<p id="change-unsupported" class="notice" part="notice" data-notice>${t.password.changeUnsupported}</p>` : nothing}
    <div class="choices">
      ${canChange ? button({ label: t.password.change, id: 'change-button', onClick: options.onChange }) : nothing}
      ${
        canReset
          ? actionButton(t, options.starting, {
              label: t.password.reset,
              busyLabel: t.password.sending,
              id: 'reset-button',
              onClick: options.onReset,
            })
          : nothing
      }
    </div>
    ${canReset ? html`<p id="reset-note" class="note">${t.password.resetNote}</p>` : noPhone(t)}
  `;
}

function noPhone(t: Catalog): TemplateResult {
  return html`<p id="no-phone-note" class="note">
    ${t.password.noPhone}
    <a id="phone-link" class="phone-link" href="#personal-phone">${t.password.addPhone}</a>
  </p>`;
}

/** What both forms have: the account, their field ids, what was typed, and Cancel. */
export interface FormOptions {
  t: Catalog;
  account: Account;
  /** The id of the form's field of this name. */
  id: (name: string) => string;
  entry: PasswordEntry;
  strength: StrengthLevel | undefined;
  onInput: (field: PasswordField, value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

export interface ChangeFormOptions extends FormOptions {
  changing: ActionState;
  /** Sends the reset's code, for a current password forgotten. */
  starting: ActionState;
  onForgot: () => void;
}

/** The current password and the new one. */
export function changeForm(options: ChangeFormOptions): TemplateResult {
  const { t, entry } = options;
  const failure = options.changing.error;
  const wrong = isAccountError(failure, 'verification_failed') ? failure : undefined;
  return html`
    <form class="form" novalidate @submit=${options.onSubmit}>
      ${usernameField(options)}
      ${textInput({
        id: options.id('current'),
        name: 'current-password',
        label: t.password.current,
        type: 'password',
        autocomplete: 'current-password',
        required: true,
        value: entry.currentPassword,
        error: wrong
          ? t.password.wrongPassword(wrong.attemptsLeft ?? 0)
          : fieldErrorText(t, entry.problem('currentPassword', failure)),
        onInput: (value) => options.onInput('currentPassword', value),
      })}
      ${newPassword(options, failure)}
      <div class="actions">
        ${
          options.account.phone === null
            ? nothing
            : html`<span class="forgot"
                >${actionButton(t, options.starting, {
                  label: t.password.forgot,
                  busyLabel: t.password.sending,
                  variant: 'ghost',
                  size: 'sm',
                  onClick: options.onForgot,
                })}</span
              >`
        }
        ${formButtons(options, options.changing)}
      </div>
    </form>
  `;
}

/** The code texted to the cell on file, and the new password; none once out of tries. */
export function resetForm(options: FormOptions & { reset: CodeFlowView }): TemplateResult {
  const { t, reset } = options;
  const outOfTries = reset.attemptsLeft === 0;
  return html`
    <form class="form" novalidate @submit=${options.onSubmit}>
      ${usernameField(options)}
      ${codeStep(t, reset, { id: options.id('code'), onStartAgain: options.onCancel })}
      ${outOfTries ? nothing : newPassword(options, reset.confirming.error)}
      <div class="actions">${formButtons(options, reset.confirming, outOfTries, reset.expired)}</div>
    </form>
  `;
}

/** `failure` is the backend's answer to the form's last attempt. */
function newPassword(options: FormOptions, failure: AccountError | undefined): TemplateResult {
  const { entry } = options;
  return newPasswordField(options.t, {
    id: options.id('new'),
    value: entry.newPassword,
    problem: entry.problem('newPassword', failure),
    shown: entry.shown,
    strength: options.strength,
    onInput: (typed) => options.onInput('newPassword', typed),
    onToggle: () => entry.toggleShown(),
  });
}

/**
 * The account's username, for password managers: they save the new password under it. Hidden,
 * since the person knows whose account this is.
 */
function usernameField({ id, account }: FormOptions): TemplateResult {
  return html`<input
    id=${id('username')}
    type="text"
    name="username"
    autocomplete="username"
    .value=${account.username}
    readonly
    hidden
  />`;
}

/** Cancel, and Save (busy while saving, counting a rate limit down); none to save once out of tries. */
function formButtons(
  options: FormOptions,
  save: ActionState,
  hideSave = false,
  saveDisabled = false,
): TemplateResult {
  const { t } = options;
  return html`
    ${button({ label: t.common.cancel, variant: 'ghost', onClick: options.onCancel })}
    ${
      hideSave
        ? nothing
        : actionButton(t, save, {
            label: t.password.save,
            variant: 'primary',
            type: 'submit',
            disabled: saveDisabled,
          })
    }
  `;
}
