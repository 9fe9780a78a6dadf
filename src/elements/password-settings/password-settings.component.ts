import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  isAccountError,
  validate,
  verificationCode,
  type Account,
  type AccountError,
  type FieldError,
} from '../../api/index.js';
import {
  ActionController,
  knownUnsupported,
  rememberUnsupported,
  ResourceController,
  VerificationController,
  type ActionState,
} from '../../core/index.js';
import { AccountPasswordUpdatedEvent } from '../../events/index.js';
import {
  actionButton,
  codeStep,
  elementStyles,
  fieldErrorText,
  SectionElement,
  type SectionCard,
} from '../../kit/index.js';
import { LIGHT_FORM_SLOT, LightForm } from '../../kit/light-form.js';
import { button, focusIfConnected, textInput } from '../../ui/index.js';
import { newPasswordField } from './new-password-field.js';
import { PasswordEntry, type PasswordField } from './password-entry.js';
import { scopedPasswordFormStyles } from './password-form.styles.scoped.js';
import { passwordStyles } from './password-settings.styles.js';
import { StrengthController } from './strength-controller.js';

type Mode = 'idle' | 'change' | 'reset';

/**
 * The password: change it with the current one, or reset it with a code texted to the cell number
 * on file. The credential form is rendered into the element's light DOM and shown in its card, so
 * password managers find its fields (they do not look inside shadow roots): they fill the current
 * password and offer to save the new one. See "Password managers" in the README.
 *
 * Whether the backend offers the change is learnt from its first `unsupported` answer; from then
 * on only the reset is offered.
 *
 * @tagname password-settings
 * @summary Change the password with the current one, or reset it with a code sent by SMS.
 *
 * @fires {AccountPasswordUpdatedEvent} account-password-updated - The password was changed or reset; `event.method` is `change` or `reset`. It carries no password.
 *
 * @csspart section - The card around everything.
 * @csspart heading - The card's heading.
 * @csspart description - The line under the heading.
 * @csspart button - Every button in the card (the form's own are in the light DOM, styled by the tokens).
 * @csspart button-primary - The identity check's confirm button.
 * @csspart button-secondary - Change password, Reset password, and the other plain buttons.
 * @csspart button-ghost - Quiet buttons (the identity check's other way to prove it is you).
 * @csspart change-button - Opens the form to change the password with the current one.
 * @csspart reset-button - Texts a reset code to the cell number on file.
 * @csspart note - What a reset does, or why it cannot be done.
 * @csspart phone-link - The link to the personal cell section, when there is no cell number.
 * @csspart notice - A message in place of the form (changing not offered, loading failed, no adapter).
 * @csspart retry - Tries loading again after a failure.
 * @csspart status - The live region that announces saves and failures.
 * @csspart skeleton - The placeholder while loading.
 * @csspart dialog - The identity-check dialog.
 * @csspart dialog-heading - A dialog's heading.
 * @csspart dialog-actions - A dialog's row of buttons.
 * @csspart identity-check-dialog - The identity check.
 * @csspart identity-check-dialog-heading - The identity check's heading.
 * @csspart identity-check-dialog-actions - The identity check's buttons.
 * @csspart identity-check-confirm - Confirms the identity check.
 * @csspart field - A field's wrapper in the identity check.
 * @csspart label - A field's label in the identity check.
 * @csspart input - The identity check's password or code input.
 * @csspart hint - Where the identity check's code was sent.
 * @csspart error - What is wrong with the identity check's password or code.
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
    call: (adapter, _version, options) =>
      adapter.changePassword({ currentPassword: this.entry.current, newPassword: this.entry.next }, options),
    onSuccess: () => this.passwordUpdated('change'),
  });
  private readonly flow = new VerificationController<[], [version: number], void>(this, {
    start: (adapter, _args, options) => adapter.startPasswordReset(options),
    confirm: (adapter, verification, code, _version, options) =>
      adapter.completePasswordReset(
        { verificationId: verification.id, code, newPassword: this.entry.next },
        options,
      ),
    onSent: () => this.codeSent(),
    onVerified: () => this.passwordUpdated('reset'),
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

  /** @internal */
  override reportFailure(error: AccountError, action?: ActionState): void {
    if (action === this.changing && error.code === 'unsupported') {
      rememberUnsupported(this.connection?.adapter, 'changePassword');
      this.forget();
      this.announcer.failure(this.t.password.changeUnsupported);
      void this.focusAfterUpdate('[part~="reset-button"]');
      return;
    }
    if (action === this.flow.starting && error.code === 'precondition_required') {
      // The cell number was removed since the account loaded: show the account as it is now.
      this.announcer.failure(this.t.password.noPhone);
      void this.account.retry();
      return;
    }
    super.reportFailure(error);
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
    void this.flow.start();
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
    void this.changing.run(this.entry.version).then(() => this.focusAfterFailure(this.changing));
  }

  private onResetSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.beforeSending();
    if (!validate(verificationCode, this.flow.code).ok) {
      this.announcer.failure(this.t.password.codeIncomplete);
      void this.focusInForm('code');
      return;
    }
    if (!this.entry.check(['newPassword'])) {
      void this.focusFirstProblem();
      return;
    }
    void this.flow.confirm(this.entry.version).then(() => this.focusAfterFailure(this.flow.confirming));
  }

  /**
   * The field to fix gets focus once the failure shows: after the action has settled, which is
   * later than `reportFailure` hears of it.
   */
  private focusAfterFailure(action: ActionState): void {
    const error = action.error;
    if (error && (Object.keys(error.fields).length > 0 || error.code === 'verification_failed')) {
      void this.focusFirstProblem();
    }
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
    const action = this.mode === 'change' ? this.changing : this.flow.confirming;
    const wrongCurrent = action === this.changing && isAccountError(action.error, 'verification_failed');
    if (wrongCurrent || isAccountError(action.error, 'validation')) action.reset();
    if (field === 'newPassword') this.strength.load();
  }

  private cancel(): void {
    const returnTo = this.mode === 'change' ? 'change-button' : 'reset-button';
    this.announcer.clear();
    this.forget();
    void this.focusAfterUpdate(`[part~="${returnTo}"]`);
  }

  /** Done: said, told to the page, and nothing typed kept anywhere. */
  private passwordUpdated(method: 'change' | 'reset'): void {
    this.forget();
    this.announcer.success(method === 'change' ? this.t.password.changed : this.t.password.resetDone);
    this.dispatchEvent(new AccountPasswordUpdatedEvent(method));
    void this.focusAfterUpdate(method === 'change' ? '[part~="change-button"]' : '[part~="reset-button"]');
  }

  /** Back to the two buttons, with every password and code forgotten: after success, Cancel, or leaving. */
  private forget(): void {
    this.entry.forget();
    this.changing.reset();
    this.flow.reset();
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
      ${this.mode === 'idle' ? this.renderChoices(account) : nothing}
      <slot name=${LIGHT_FORM_SLOT}></slot>
      ${this.announcer.render()}
    `;
  }

  /** The ways in: change (unless the backend said it cannot), reset (when there is a cell to text). */
  private renderChoices(account: Account): TemplateResult {
    const t = this.t;
    const canChange = !knownUnsupported(this.connection?.adapter, 'changePassword');
    const canReset = account.phone !== null;
    // Just learnt, it is being said in the live region; the notice would say it twice.
    const saying = this.announcer.message === t.password.changeUnsupported;
    return html`
      ${canChange || saying ? nothing : html`<p class="notice" part="notice">${t.password.changeUnsupported}</p>`}
      <div class="choices">
        ${
          canChange
            ? button({ label: t.password.change, part: 'change-button', onClick: () => this.openChange() })
            : nothing
        }
        ${
          canReset
            ? actionButton(t, this.flow.starting, {
                label: t.password.reset,
                busyLabel: t.password.sending,
                part: 'reset-button',
                onClick: () => this.startReset(),
              })
            : nothing
        }
      </div>
      ${canReset ? html`<p class="note" part="note">${t.password.resetNote}</p>` : this.renderNoPhone()}
    `;
  }

  private renderNoPhone(): TemplateResult {
    const t = this.t.password;
    return html`<p class="note" part="note">
      ${t.noPhone} <a class="phone-link" part="phone-link" href="#personal-phone">${t.addPhone}</a>
    </p>`;
  }

  /** The light-DOM form, or nothing: it is rendered only while open, so nothing typed outlives it. */
  private renderForm(): TemplateResult | typeof nothing {
    const account = this.account.value;
    if (!account || this.account.status !== 'ready' || this.mode === 'idle') return nothing;
    return this.mode === 'change' ? this.renderChangeForm(account) : this.renderResetForm(account);
  }

  private renderChangeForm(account: Account): TemplateResult {
    const t = this.t;
    const failure = this.changing.error;
    const wrong = isAccountError(failure, 'verification_failed') ? failure : undefined;
    return html`
      <form class="form" novalidate @submit=${(event: SubmitEvent) => this.onChangeSubmit(event)}>
        ${this.usernameField(account)}
        ${textInput({
          id: this.form.id('current'),
          name: 'current-password',
          label: t.password.current,
          type: 'password',
          autocomplete: 'current-password',
          required: true,
          value: this.entry.current,
          error: wrong
            ? t.password.wrongPassword(wrong.attemptsLeft ?? 0)
            : fieldErrorText(t, this.problem('currentPassword', failure)),
          onInput: (value) => this.onPasswordInput('currentPassword', value),
        })}
        ${this.newPassword(account, this.problem('newPassword', failure))}
        <div class="actions">
          ${
            account.phone === null
              ? nothing
              : actionButton(t, this.flow.starting, {
                  label: t.password.forgot,
                  busyLabel: t.password.sending,
                  variant: 'ghost',
                  size: 'sm',
                  onClick: () => this.startReset(),
                  part: 'forgot',
                })
          }
          ${this.formButtons(this.changing)}
        </div>
      </form>
    `;
  }

  private renderResetForm(account: Account): TemplateResult {
    const t = this.t;
    const flow = this.flow;
    const outOfTries = flow.attemptsLeft === 0;
    return html`
      <form class="form" novalidate @submit=${(event: SubmitEvent) => this.onResetSubmit(event)}>
        ${this.usernameField(account)}
        ${codeStep(t, flow, { id: this.form.id('code'), onStartAgain: () => this.cancel() })}
        ${outOfTries ? nothing : this.newPassword(account, this.problem('newPassword', flow.confirming.error))}
        <div class="actions">${this.formButtons(flow.confirming, outOfTries, flow.expired)}</div>
      </form>
    `;
  }

  /**
   * The account's username, for password managers: they save the new password under it. Hidden,
   * since the person knows whose account this is.
   */
  private usernameField(account: Account): TemplateResult {
    return html`<input
      id=${this.form.id('username')}
      type="text"
      name="username"
      autocomplete="username"
      .value=${account.username}
      readonly
      hidden
    />`;
  }

  /** A field's problem: found as it was typed, or the backend's answer to the last attempt. */
  private problem(field: PasswordField, failure: AccountError | undefined): FieldError | undefined {
    return (
      this.entry.problem(field) ?? (isAccountError(failure, 'validation') ? failure.fields[field] : undefined)
    );
  }

  private newPassword(account: Account, problem: FieldError | undefined): TemplateResult {
    const t = this.t;
    const error = problem?.code === 'same_as_current' ? t.password.sameAsCurrent : fieldErrorText(t, problem);
    return newPasswordField(t, {
      id: this.form.id('new'),
      value: this.entry.next,
      error,
      shown: this.entry.shown,
      strength: this.strength.of(this.entry.next, account.username),
      onInput: (typed) => this.onPasswordInput('newPassword', typed),
      onToggle: () => this.entry.toggleShown(),
    });
  }

  /** Cancel, and Save (busy while saving, counting a rate limit down); none to save once out of tries. */
  private formButtons(save: ActionState, hideSave = false, saveDisabled = false): TemplateResult {
    const t = this.t;
    return html`
      ${button({ label: t.common.cancel, variant: 'ghost', onClick: () => this.cancel(), part: 'cancel' })}
      ${
        hideSave
          ? nothing
          : actionButton(t, save, {
              label: t.password.save,
              variant: 'primary',
              type: 'submit',
              disabled: saveDisabled,
              part: 'save-button',
            })
      }
    `;
  }
}
