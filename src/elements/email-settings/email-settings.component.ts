import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { type Account, type NotificationSettings, type Verification } from '../../api/index.js';
import {
  ActionController,
  FormController,
  ResourceController,
  SwitchController,
  VerificationController,
  type FormArgs,
} from '../../core/index.js';
import {
  AccountEmailChangeRequestedEvent,
  AccountEmailUpdatedEvent,
  AccountNotificationsUpdatedEvent,
} from '../../events/index.js';
import { elementStyles, SectionElement, switchFailureText, type SectionCard } from '../../kit/index.js';
import { button } from '../../ui/index.js';
import { newAddressForm } from './new-address-form.js';
import { emailStyles } from './email-settings.styles.js';
import { newAddressRules, NO_ADDRESS, type NewAddress } from './new-address.js';
import { notificationsPart, notificationSwitches, notificationUpdate } from './notifications-view.js';
import { PendingLinkWatch } from './pending-link-watch.js';
import { pendingView } from './pending-view.js';
import { addEnglish } from '../../i18n/index.js';
import { email } from '../../i18n/en/email.js';

addEnglish({ email });

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
 * @csspart pending - The change waiting for its link to be followed, with its buttons.
 * @csspart notifications - The email notifications, under their own heading.
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
  /** The address the last start asked for: pending until the account read after it says so itself. */
  private requested = '';

  private readonly account = new ResourceController(this, 'account');
  private readonly notifications = new ResourceController(this, 'notifications');
  /** Only a link is sent: it is followed elsewhere, so there is no code to confirm here. */
  private readonly change = new VerificationController<FormArgs<NewAddress>>(this, {
    start: (adapter, [{ email }], options) => {
      this.requested = email;
      return adapter.startEmailChange(email, options);
    },
    affects: ['account'],
  });
  /** The new address, checked once Send was pressed; the change's first step sends it. */
  private readonly newAddress = new FormController<NewAddress, Verification>(this, {
    schema: () => this.addressRules,
    initial: () => NO_ADDRESS,
    submit: this.change.starting,
    showProblems: 'once-submitted',
  });
  private readonly addressRules = newAddressRules(() => this.account.value?.email ?? '');
  private readonly cancelling = new ActionController<[], Account>(this, {
    call: (adapter, _args, options) => adapter.cancelEmailChange(options),
    saves: 'account',
    onSuccess: (account) => {
      this.change.reset();
      this.announcer.success(this.t.email.changeCancelled(account.email));
      void this.focusAfterUpdate('#change-email');
    },
  });
  private readonly switches = new SwitchController<NotificationSettings>(this, {
    stored: () => this.notifications.value,
    save: {
      call: (adapter, [, kinds, on], options) =>
        adapter.updateNotificationSettings(notificationUpdate(kinds, on), options),
      saves: 'notifications',
    },
    affects: ['notifications'],
    reload: () => this.notifications.retry(),
    onSaved: (settings) => {
      this.announcer.success(this.t.email.notificationsSaved);
      this.dispatchEvent(new AccountNotificationsUpdatedEvent(settings));
    },
    onFailed: (error) =>
      this.announcer.failure(switchFailureText(this.t, error, this.t.email.notificationsConflict)),
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
    this.newAddress.discard();
    void this.focusAfterUpdate('#change-email');
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.announcer.clear();
    if (await this.newAddress.submit()) this.linkSent();
    else void this.focusFirstProblem();
  }

  /** A link went to the new address, which is pending from now on. */
  private linkSent(): void {
    this.changing = false;
    this.newAddress.discard();
    // The backend changed the account (its pending address and version): read it, so every element
    // sees the pending address and the next update of the account is made against the new version.
    void this.account.retry();
    this.announcer.success(this.t.email.linkSentStatus);
    // Made first: the manifest analyzer reads `dispatchEvent(new X(email))` as an event named "email".
    const requested = new AccountEmailChangeRequestedEvent(this.requested);
    this.dispatchEvent(requested);
    void this.focusAfterUpdate('#email-pending');
  }

  private async resend(pendingAddress: string): Promise<void> {
    this.announcer.clear();
    if (this.change.verification) {
      if (await this.change.resend()) this.announcer.success(this.t.email.linkResent);
      return;
    }
    // The pending change came from the account (the page was reloaded since it was started), but
    // the verification's id did not: the only way to send the link again is to start the change
    // again for the same address, which asks for the identity check again.
    if (await this.change.start({ email: pendingAddress }, ['email'])) this.linkSent();
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
      <div class="address">
        <div class="summary">
          <div class="summary-value">
            <span class="summary-label">${this.t.email.address}</span>
            <span id="current-email" class="summary-text"><bdi dir="ltr">${account.email}</bdi></span>
          </div>
          ${
            pending || this.changing
              ? nothing
              : button({
                  label: this.t.email.change,
                  id: 'change-email',
                  onClick: () => this.openForm(),
                })
          }
        </div>
        ${pending ? this.renderPending(account, pending) : this.changing ? this.renderForm() : nothing}
      </div>
    `;
  }

  private renderForm(): TemplateResult {
    return newAddressForm(this.t, {
      value: this.newAddress.values?.email ?? '',
      problem: this.newAddress.errors['email'],
      save: this.newAddress.save,
      onInput: (value) => this.newAddress.set('email', value),
      onSubmit: (event) => void this.onSubmit(event),
      onCancel: () => this.closeForm(),
    });
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
    const switches = this.whenLoaded(this.notifications, () => notificationSwitches(this.t, this.switches), {
      lines: 2,
    });
    return notificationsPart(this.t, this.headingLevel + 1, switches);
  }

  /** The address a link went to and waits to be followed: the account's, or the one just asked for. */
  private pendingAddress(account: Account): string | null {
    return account.pendingEmail ?? (this.change.step === 'code-sent' ? this.requested : null);
  }
}
