import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Account } from '../../api/index.js';
import { ActionController, ResourceController, shownInPlace } from '../../core/index.js';
import { AccountDeletedEvent } from '../../events/index.js';
import { fieldErrorText, SectionElement, type SectionCard, confirmDialog } from '../../kit/index.js';
import { button, textInput } from '../../ui/index.js';
import { addEnglish } from '../../i18n/index.js';
import { deleteAccount } from '../../i18n/en/delete-account.js';

addEnglish({ deleteAccount });

/**
 * Deleting the account, for admins only: what it means, then a dialog where typing the account's
 * username enables the button, with the identity check first when the backend asks. A member is
 * told why there is no button. Hiding the button is not the guard: the backend refuses a member.
 *
 * @tagname delete-account
 * @summary Delete the account (admins), with type-to-confirm and an identity check.
 *
 * @fires {AccountDeletedEvent} account-deleted - The account was deleted; the session is over.
 *
 * @csspart consequences - The warning of what deleting the account means, above its button.
 *
 * @cssprop --ae-color-danger - The delete buttons and the warning.
 * @cssprop --ae-color-danger-surface - The warning's background.
 */
export class DeleteAccount extends SectionElement {
  @state() private confirming = false;
  @state() private typed = '';
  @state() private deleted = false;

  private readonly account = new ResourceController(this, 'account');
  private readonly deletion = new ActionController(this, {
    call: (adapter, [confirmation]: [string], options) => adapter.deleteAccount(confirmation, options),
    // Said in the dialog, where the person is.
    onFailure: shownInPlace,
    onSuccess: () => {
      this.confirming = false;
      this.typed = '';
      this.deleted = true;
      this.dispatchEvent(new AccountDeletedEvent());
      // The button that opened the dialog is gone: focus goes to what happened instead.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#deleted')?.focus());
    },
  });

  constructor() {
    super();
    this.controlDialog('delete-dialog');
  }

  protected get card(): SectionCard {
    return { id: 'delete-account', texts: (t) => t.deleteAccount, waitsFor: [this.account] };
  }

  private open(): void {
    this.typed = '';
    this.deletion.reset();
    this.confirming = true;
  }

  private close(): void {
    if (this.deletion.pending) return;
    this.confirming = false;
    this.typed = '';
  }

  private onConfirm(username: string): void {
    if (this.typed === username) void this.deletion.run(this.typed);
  }

  protected renderContent(): TemplateResult {
    const t = this.t.deleteAccount;
    if (this.deleted)
      return html`<p id="deleted" class="notice" part="notice" role="status" tabindex="-1" data-notice>
        ${t.deleted}
      </p>`;
    return this.whenLoaded(this.account, (account) =>
      account.role === 'admin'
        ? html`
            <div id="consequences" class="notice notice--error" part="consequences">
              <p>${t.consequences}</p>
            </div>
            <div class="actions">
              ${this.announcer.render()}
              ${button({ label: t.delete, variant: 'danger', onClick: () => this.open(), id: 'delete-button' })}
            </div>
          `
        : html`<p id="member-note" class="note">${t.adminOnly}</p>`,
    );
  }

  protected override renderDialogs(): TemplateResult | typeof nothing {
    const account = this.account.value;
    return account?.role === 'admin' ? this.confirmDialog(account) : nothing;
  }

  private confirmDialog(account: Account): TemplateResult {
    const t = this.t;
    const username = account.username;
    const fieldError = this.deletion.error?.fields['confirmation'];
    return confirmDialog(t, {
      id: 'delete-dialog',
      heading: t.deleteAccount.confirmHeading,
      warning: t.deleteAccount.confirmIntro,
      open: this.confirming,
      action: this.deletion,
      confirm: {
        label: t.deleteAccount.confirm,
        busyLabel: t.deleteAccount.deleting,
        disabled: !(this.typed === username && username !== ''),
        onClick: () => this.onConfirm(username),
        id: 'confirm-delete',
      },
      onClose: () => this.close(),
      failureAtField: fieldError !== undefined,
      content: html`
        <form
          class="form"
          novalidate
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            this.onConfirm(username);
          }}
        >
          ${textInput({
            id: 'confirmation',
            label: t.deleteAccount.typeUsername(username),
            value: this.typed,
            autocomplete: 'off',
            autocapitalize: 'none',
            spellcheck: false,
            dir: 'ltr',
            required: true,
            hint: t.deleteAccount.typeHint,
            error: fieldErrorText(t, fieldError),
            onInput: (value) => {
              this.typed = value;
              this.deletion.reset();
            },
          })}
        </form>
      `,
    });
  }
}
