import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { EMAIL_MAX, type Account, type AccountError, type FieldError } from '../../api/index.js';
import { ActionController, ResourceController, VerificationController } from '../../core/index.js';
import {
  AccountEmailChangeRequestedEvent,
  AccountEmailUpdatedEvent,
  AccountNotificationsUpdatedEvent,
} from '../../events/index.js';
import {
  actionButton,
  actionErrorText,
  elementStyles,
  errorText,
  fieldErrorText,
  SectionElement,
  type SectionCard,
} from '../../kit/index.js';
import { button, textInput } from '../../ui/index.js';
import { emailStyles } from './email-settings.styles.js';
import { checkNewAddress } from './new-address.js';
import { NotificationSwitches } from './notification-switches.js';
import { notificationSwitches, notificationsPart } from './notifications-view.js';
import { PendingLinkWatch } from './pending-link-watch.js';
import { pendingView } from './pending-view.js';

/**
 * The email address, and what is emailed about calls. A new address gets a verification link and
 * stays pending, the current one in use, until the link is followed (anywhere: the watch follows
 * every account the page reads, and reads it again when the person comes back to the page). Resend
 * with a countdown, or cancel.
 *
 * @tagname email-settings
 * @summary Change the email address; email notifications for missed calls and voicemails.
 *
 * @fires {AccountEmailChangeRequestedEvent} account-email-change-requested - A verification link went to a new address; `event.email` is it.
 * @fires {AccountEmailUpdatedEvent} account-email-updated - The link was followed: `event.account.email` is the new address.
 * @fires {AccountNotificationsUpdatedEvent} account-notifications-updated - A switch was saved; `event.settings` is what is in force.
 *
 * @csspart section - The card around everything.
 * @csspart heading - The card's heading.
 * @csspart description - The line under the heading.
 * @csspart address - The address part: the current address, and its change.
 * @csspart current-email - The current address.
 * @csspart change-button - Opens the form for a new address.
 * @csspart field - The new address's field wrapper, and the identity check's.
 * @csspart new-email-field - The new address's field wrapper.
 * @csspart label - A field's label.
 * @csspart new-email-label - The new address's label.
 * @csspart input - A text input.
 * @csspart new-email-input - The new address's input.
 * @csspart hint - A field's hint.
 * @csspart new-email-hint - What happens when the new address is sent.
 * @csspart error - A field's error message.
 * @csspart new-email-error - Why the new address cannot be used.
 * @csspart send-button - Sends the link to the new address.
 * @csspart cancel-button - Closes the form for a new address.
 * @csspart pending - The change waiting for its link to be followed.
 * @csspart pending-email - Where the link went.
 * @csspart resend-button - Sends the link again (counts down until it may).
 * @csspart cancel-change-button - Drops the pending address.
 * @csspart notifications - The email notifications part.
 * @csspart notifications-heading - The email notifications' heading.
 * @csspart switch-row - Each switch with its label.
 * @csspart switch-label - Each switch's label.
 * @csspart switch - Each switch.
 * @csspart all-calls-switch-row - The master switch with its label.
 * @csspart all-calls-switch-label - The master switch's label.
 * @csspart all-calls-switch - The master switch: on while any kind is on.
 * @csspart missed-calls-switch-row - The missed calls switch with its label.
 * @csspart missed-calls-switch-label - The missed calls switch's label.
 * @csspart missed-calls-switch - The missed calls switch.
 * @csspart voicemails-switch-row - The voicemails switch with its label.
 * @csspart voicemails-switch-label - The voicemails switch's label.
 * @csspart voicemails-switch - The voicemails switch.
 * @csspart button - Every button.
 * @csspart button-primary - The main button of a row (Send link, Confirm).
 * @csspart button-secondary - The other buttons.
 * @csspart button-ghost - Quiet buttons (Cancel, Cancel change).
 * @csspart retry - Loads a part again after it failed to load.
 * @csspart status - The live region that announces saves and failures.
 * @csspart notice - A message in place of a part (loading failed, no adapter).
 * @csspart skeleton - The placeholder while loading.
 * @csspart dialog - The identity check dialog.
 * @csspart dialog-heading - A dialog's heading.
 * @csspart dialog-actions - A dialog's row of buttons.
 * @csspart identity-check-dialog - The identity check.
 * @csspart identity-check-dialog-heading - The identity check's heading.
 * @csspart identity-check-dialog-actions - The identity check's buttons.
 * @csspart identity-check-confirm - Confirms the identity check.
 *
 * @cssprop --ae-color-surface - The card's background.
 * @cssprop --ae-color-text - The text colour.
 * @cssprop --ae-color-primary - The main action's colour, and a switch that is on.
 * @cssprop --ae-color-warning-surface - The background of a pending change.
 * @cssprop --ae-color-danger - Errors.
 * @cssprop --ae-radius-lg - The card's corner radius.
 * @cssprop --ae-font-family - The font.
 */
export class EmailSettings extends SectionElement {
  static override styles = [...elementStyles, emailStyles];

  /** The form for a new address is open. */
  @state() private changing = false;
  /** The new address as typed. */
  @state() private typed = '';
  /** Send was pressed: from then on the address is checked as it is typed. */
  @state() private tried = false;
  /** The address the last start asked for: pending until the account read after it says so itself. */
  private requested = '';

  private readonly account = new ResourceController(this, 'account');
  private readonly notifications = new ResourceController(this, 'notifications');
  /** Only a link is sent: it is followed elsewhere, so there is no code to confirm here. */
  private readonly change = new VerificationController<[email: string]>(this, {
    start: (adapter, [email], options) => adapter.startEmailChange(email, options),
    affects: ['account'],
  });
  private readonly cancelling = new ActionController<[], Account>(this, {
    call: (adapter, _args, options) => adapter.cancelEmailChange(options),
    saves: 'account',
    onSuccess: (account) => {
      this.change.reset();
      this.announcer.success(this.t.email.changeCancelled(account.email));
      void this.focusAfterUpdate('#change-email');
    },
  });
  private readonly switches = new NotificationSwitches(this, {
    onSaved: (settings) => {
      this.announcer.success(this.t.email.notificationsSaved);
      this.dispatchEvent(new AccountNotificationsUpdatedEvent(settings));
    },
    onFailed: (error) => this.notificationsFailed(error),
  });

  constructor() {
    super();
    new PendingLinkWatch(this, this.account, {
      pendingAddress: (account) => this.pendingAddress(account),
      onConfirmed: (account) => {
        this.change.reset();
        this.announcer.success(this.t.email.changed(account.email));
        this.dispatchEvent(new AccountEmailUpdatedEvent(account));
      },
      onEnded: () => this.change.reset(),
    });
  }

  protected get card(): SectionCard {
    return { id: 'email', texts: (t) => t.email, waitsFor: [this.account] };
  }

  private openForm(): void {
    this.announcer.clear();
    this.changing = true;
    void this.focusAfterUpdate('#new-email');
  }

  private closeForm(): void {
    this.changing = false;
    this.typed = '';
    this.tried = false;
    this.change.starting.reset();
    void this.focusAfterUpdate('#change-email');
  }

  private onTyped(value: string): void {
    this.typed = value;
    // The backend's refusal was of what was typed before.
    if (!this.change.starting.pending) this.change.starting.reset();
  }

  private onSubmit(event: SubmitEvent, account: Account): void {
    event.preventDefault();
    this.tried = true;
    const checked = checkNewAddress(this.typed, account.email);
    if (checked.ok) void this.start(checked.email);
    else void this.focusFirstProblem();
  }

  private async start(email: string): Promise<void> {
    this.announcer.clear();
    this.requested = email;
    if (!(await this.change.start(email))) return;
    this.changing = false;
    this.typed = '';
    this.tried = false;
    // The backend changed the account (its pending address and version): read it, so every element
    // sees the pending address and the next update of the account is made against the new version.
    void this.account.retry();
    this.announcer.success(this.t.email.linkSentStatus);
    // Made first: the manifest analyzer reads `dispatchEvent(new X(email))` as an event named "email".
    const requested = new AccountEmailChangeRequestedEvent(email);
    this.dispatchEvent(requested);
    void this.focusAfterUpdate('#email-pending');
  }

  private async resend(pendingAddress: string): Promise<void> {
    this.announcer.clear();
    if (!this.change.verification) {
      // The pending change came from the account (the page was reloaded since it was started), but
      // the verification's id did not: the only way to send the link again is to start the change
      // again for the same address, which asks for the identity check again.
      await this.start(pendingAddress);
      return;
    }
    if (await this.change.resend()) this.announcer.success(this.t.email.linkResent);
  }

  private notificationsFailed(error: AccountError): void {
    const t = this.t;
    if (error.code === 'conflict') {
      // Changed elsewhere: show what is in force now, so the next flip is made against it.
      void this.notifications.retry();
      this.announcer.failure(t.email.notificationsConflict);
    } else if (error.code === 'timeout') {
      this.announcer.failure(actionErrorText(t, error));
    } else {
      this.announcer.failure(`${t.errors.saveFailed} ${errorText(t, error)}`);
    }
  }

  protected renderContent(): TemplateResult {
    return html`
      ${this.whenLoaded(this.account, (account) => this.renderAddress(account))}
      ${this.connection ? this.renderNotifications() : nothing} ${this.announcer.render()}
    `;
  }

  private renderAddress(account: Account): TemplateResult {
    const pending = this.pendingAddress(account);
    return html`
      <div class="address" part="address">
        <div class="summary">
          <div class="summary-value">
            <span class="summary-label">${this.t.email.address}</span>
            <span class="summary-text" part="current-email"><bdi dir="ltr">${account.email}</bdi></span>
          </div>
          ${
            pending || this.changing
              ? nothing
              : button({
                  label: this.t.email.change,
                  id: 'change-email',
                  onClick: () => this.openForm(),
                  part: 'change-button',
                })
          }
        </div>
        ${pending ? this.renderPending(account, pending) : this.changing ? this.renderForm(account) : nothing}
      </div>
    `;
  }

  private renderForm(account: Account): TemplateResult {
    const t = this.t;
    return html`
      <form
        class="form change-form"
        novalidate
        @submit=${(event: SubmitEvent) => this.onSubmit(event, account)}
      >
        ${textInput({
          id: 'new-email',
          label: t.email.newAddress,
          value: this.typed,
          autocomplete: 'email',
          inputmode: 'email',
          dir: 'ltr',
          autocapitalize: 'none',
          spellcheck: false,
          required: true,
          maxlength: EMAIL_MAX,
          hint: t.email.newAddressHint,
          error: this.problemText(this.addressProblem(account)),
          part: 'new-email',
          onInput: (value) => this.onTyped(value),
        })}
        <div class="actions">
          ${button({
            label: t.common.cancel,
            variant: 'ghost',
            onClick: () => this.closeForm(),
            part: 'cancel-button',
          })}
          ${actionButton(t, this.change.starting, {
            label: t.email.sendLink,
            busyLabel: t.email.sending,
            variant: 'primary',
            type: 'submit',
            part: 'send-button',
          })}
        </div>
      </form>
    `;
  }

  private renderPending(account: Account, pendingAddress: string): TemplateResult {
    const { change } = this;
    return pendingView(this.t, {
      current: account.email,
      pendingAddress,
      // After a reload the backend's own wait, if any, is all there is to count down.
      resendIn: Math.max(change.resendIn, change.starting.waitSeconds),
      resending: change.resending.pending || change.starting.pending,
      onResend: () => void this.resend(pendingAddress),
      cancelling: this.cancelling,
      onCancel: () => void this.cancelling.run(),
    });
  }

  private renderNotifications(): TemplateResult | typeof nothing {
    // A backend without email notifications: the address is all this section is about.
    if (this.notifications.error?.code === 'unsupported') return nothing;
    const switches = this.whenLoaded(
      this.notifications,
      (stored) => notificationSwitches(this.t, this.switches, stored),
      { lines: 2 },
    );
    return notificationsPart(this.t, this.headingLevel + 1, switches);
  }

  /** The address a link went to and waits to be followed: the account's, or the one just asked for. */
  private pendingAddress(account: Account): string | null {
    return account.pendingEmail ?? (this.change.step === 'code-sent' ? this.requested : null);
  }

  /** Checked as typed once Send was pressed; the backend's refusal of what was sent until then. */
  private addressProblem(account: Account): FieldError | undefined {
    const refused = this.change.starting.error?.fields['email'];
    if (!this.tried) return refused;
    const checked = checkNewAddress(this.typed, account.email);
    return checked.ok ? refused : checked.problem;
  }

  private problemText(problem: FieldError | undefined): string | undefined {
    return problem?.code === 'same_as_current' ? this.t.email.sameAsCurrent : fieldErrorText(this.t, problem);
  }
}
