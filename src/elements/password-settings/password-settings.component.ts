import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  isAccountError,
  validate,
  verificationCode,
  type Account,
  type AccountError,
} from '../../api/index.js';
import {
  ActionController,
  knownUnsupported,
  rememberUnsupported,
  ResourceController,
  VerificationController,
} from '../../core/index.js';
import { AccountPasswordUpdatedEvent } from '../../events/index.js';
import { elementStyles, SectionElement, type SectionCard } from '../../kit/index.js';
import { LIGHT_FORM_SLOT, LightForm } from '../../kit/light-form.js';
import { focusIfConnected } from '../../ui/index.js';
import { changeForm, choices, resetForm, type FormOptions } from './password-forms.js';
import { PasswordEntry, type PasswordField } from './password-entry.js';
import { scopedPasswordFormStyles } from './password-form.styles.scoped.js';
import { passwordStyles } from './password-settings.styles.js';
import { StrengthController } from './strength-controller.js';
import { addEnglish } from '../../i18n/index.js';
import { password } from '../../i18n/en/password.js';

addEnglish({ password });

type Mode = 'idle' | 'change' | 'reset';

/**
 * The password: change it with the current one, or reset it with a code texted to the cell number
 * on file. The credential form is rendered into the element's light DOM and shown in its card, so
 * password managers find its fields (they do not look inside shadow roots): they fill the current
 * password and offer to save the new one. See "Password managers" in the README. `::part()` does
 * not reach the light DOM, so the form has no parts: it follows the `--ae-*` tokens, which it
 * inherits from the element. The card around it has the parts every section has.
 *
 * Whether the backend offers the change is learnt from its first `unsupported` answer; from then
 * on only the reset is offered.
 *
 * @tagname password-settings
 * @summary Change the password with the current one, or reset it with a code sent by SMS.
 *
 * @fires {AccountPasswordUpdatedEvent} account-password-updated - The password was changed or reset; `event.method` is `change` or `reset`. It carries no password.
 *
 * @cssprop --ae-color-surface - The card's background.
 * @cssprop --ae-color-text - The text colour, in the card and its form.
 * @cssprop --ae-color-primary - The main action's colour.
 * @cssprop --ae-color-danger - Errors, and a weak password.
 * @cssprop --ae-color-success - A good or strong password.
 * @cssprop --ae-radius-md - The card's corner radius.
 * @cssprop --ae-font-family - The font.
 */
export class PasswordSettings extends SectionElement {
  static override styles = [...elementStyles, passwordStyles];

  @state() private mode: Mode = 'idle';

  private readonly account = new ResourceController(this, 'account');
  /** The passwords typed; the actions below read them as they run (see `PasswordEntry`). */
  private readonly entry = new PasswordEntry(this);
  private readonly changing = new ActionController<[version: number], void>(this, {
    call: (adapter, _version, options) => {
      const { currentPassword, newPassword } = this.entry;
      return adapter.changePassword({ currentPassword, newPassword }, options);
    },
    onSuccess: () => this.passwordUpdated('change'),
    onFailure: (error) => this.changeFailed(error),
  });
  /** The reset: a code texted to the cell on file, then the code with the new password. */
  private readonly smsReset = new VerificationController<[], [version: number], void>(this, {
    start: (adapter, _args, options) => adapter.startPasswordReset(options),
    confirm: (adapter, verification, code, _version, options) =>
      adapter.completePasswordReset(
        { verificationId: verification.id, code, newPassword: this.entry.newPassword },
        options,
      ),
    onSent: () => this.codeSent(),
    onVerified: () => this.passwordUpdated('reset'),
    onStartFailure: (error) => this.resetFailed(error),
  });
  private readonly strength = new StrengthController(this);
  private readonly form = new LightForm(this, {
    render: () => this.renderForm(),
    styles: scopedPasswordFormStyles,
  });

  protected get card(): SectionCard {
    return { id: 'password', texts: (t) => t.password, waitsFor: [this.account], skeleton: { lines: 2 } };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forget();
  }

  /** A backend that offers no change with the current password leaves the reset. */
  private changeFailed(error: AccountError): void {
    if (error.code !== 'unsupported') {
      this.reportFailure(error);
      return;
    }
    rememberUnsupported(this.connection?.adapter, 'changePassword');
    this.forget();
    this.announcer.failure(this.t.password.changeUnsupported);
    void this.focusAfterUpdate('#reset-button');
  }

  private resetFailed(error: AccountError): void {
    if (error.code !== 'precondition_required') {
      this.reportFailure(error);
      return;
    }
    // The cell number was removed since the account loaded: show the account as it is now.
    this.announcer.failure(this.t.password.noPhone);
    void this.account.retry();
  }

  protected override async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    const invalid = '[aria-invalid="true"]';
    (this.form.query<HTMLElement>(invalid) ?? this.renderRoot.querySelector<HTMLElement>(invalid))?.focus();
  }

  private openChange(): void {
    this.announcer.clear();
    this.forget();
    this.mode = 'change';
    void this.focusInForm('current');
  }

  /** From the card, or from the change form when the current password is forgotten. */
  private startReset(): void {
    this.announcer.clear();
    void this.smsReset.start();
  }

  private codeSent(): void {
    if (this.mode === 'reset') {
      this.announcer.success(this.t.password.codeSentAgain);
      return;
    }
    // From the change form, the new password typed there is kept; the current one is not needed.
    if (this.mode === 'change') this.entry.set('currentPassword', '');
    else this.entry.forget();
    this.changing.reset();
    this.mode = 'reset';
    void this.focusInForm('code');
  }

  private onChangeSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.beforeSending();
    if (!this.entry.check(['currentPassword', 'newPassword'])) {
      void this.focusFirstProblem();
      return;
    }
    void this.changing.run(this.entry.version);
  }

  private onResetSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.beforeSending();
    if (!validate(verificationCode, this.smsReset.code).ok) {
      this.announcer.failure(this.t.password.codeIncomplete);
      void this.focusInForm('code');
      return;
    }
    if (!this.entry.check(['newPassword'])) {
      void this.focusFirstProblem();
      return;
    }
    void this.smsReset.confirm(this.entry.version);
  }

  /** A password shown as text is hidden again before it is sent, so no browser keeps it as text. */
  private beforeSending(): void {
    this.announcer.clear();
    if (this.entry.shown) this.entry.toggleShown();
  }

  private onPasswordInput(field: PasswordField, value: string): void {
    this.entry.set(field, value);
    // The backend's answer about the last input does not hold for this one (a wait goes on counting).
    // A wrong code stays said, with its tries left, until the code is typed again.
    const action = this.mode === 'change' ? this.changing : this.smsReset.confirming;
    const wrongCurrent = action === this.changing && isAccountError(action.error, 'verification_failed');
    if (wrongCurrent || isAccountError(action.error, 'validation')) action.reset();
    if (field === 'newPassword') this.strength.load();
  }

  private cancel(): void {
    const returnTo = this.mode === 'change' ? 'change-button' : 'reset-button';
    this.announcer.clear();
    this.forget();
    void this.focusAfterUpdate(`#${returnTo}`);
  }

  /** Done: said, told to the page, and nothing typed kept anywhere. */
  private passwordUpdated(method: 'change' | 'reset'): void {
    this.forget();
    this.announcer.success(method === 'change' ? this.t.password.changed : this.t.password.resetDone);
    this.dispatchEvent(new AccountPasswordUpdatedEvent(method));
    void this.focusAfterUpdate(method === 'change' ? '#change-button' : '#reset-button');
  }

  /** Back to the two buttons, with every password and code forgotten: after success, Cancel, or leaving. */
  private forget(): void {
    this.entry.forget();
    this.changing.reset();
    this.smsReset.reset();
    this.mode = 'idle';
  }

  private async focusInForm(name: string): Promise<void> {
    await this.updateComplete;
    focusIfConnected(this.form.query<HTMLElement>(`#${this.form.id(name)}`));
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.account, (account) => this.renderReady(account));
  }

  private renderReady(account: Account): TemplateResult {
    return html`
      ${
        this.mode === 'idle'
          ? choices({
              t: this.t,
              account,
              canChange: !knownUnsupported(this.connection?.adapter, 'changePassword'),
              sayingUnsupported: this.announcer.message === this.t.password.changeUnsupported,
              starting: this.smsReset.starting,
              onChange: () => this.openChange(),
              onReset: () => this.startReset(),
            })
          : nothing
      }
      <slot name=${LIGHT_FORM_SLOT}></slot>
      ${this.announcer.render()}
    `;
  }

  /** The light-DOM form, or nothing: it is rendered only while open, so nothing typed outlives it. */
  private renderForm(): TemplateResult | typeof nothing {
    const account = this.account.value;
    if (!account || this.account.status !== 'ready' || this.mode === 'idle') return nothing;
    const { entry, smsReset: reset } = this;
    const options: FormOptions = {
      t: this.t,
      account,
      id: (name) => this.form.id(name),
      entry,
      strength: this.strength.of(entry.newPassword, account.username),
      onInput: (field, value) => this.onPasswordInput(field, value),
      onSubmit: (event) => (this.mode === 'change' ? this.onChangeSubmit(event) : this.onResetSubmit(event)),
      onCancel: () => this.cancel(),
    };
    if (this.mode === 'reset') return resetForm({ ...options, reset });
    const forgot = { changing: this.changing, starting: reset.starting, onForgot: () => this.startReset() };
    return changeForm({ ...options, ...forgot });
  }
}
