import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  validate,
  verificationCode,
  type Account,
  type AccountError,
  type FieldError,
  type PhoneChangeStart,
} from '../../api/index.js';
import {
  LazyModule,
  ResourceController,
  VerificationController,
  type ActionState,
} from '../../core/index.js';
import { AccountPhoneUpdatedEvent } from '../../events/index.js';
import {
  actionButton,
  codeStep,
  elementStyles,
  fieldErrorText,
  SectionElement,
  type SectionCard,
} from '../../kit/index.js';
import { button } from '../../ui/index.js';
import { phoneStyles } from './personal-phone.styles.js';
import type * as PhoneChange from './phone-change.js';
import type { Country, PhoneInput } from './phone-input.js';
import { phoneSummary } from './phone-summary.js';
import { addEnglish } from '../../i18n/index.js';
import { phone } from '../../i18n/en/phone.js';

addEnglish({ phone });

/**
 * The personal cell number: shown for reading, and changed by entering a new one and the code
 * texted to it. The numbering plans that format and check the new number load when the change is
 * first opened.
 *
 * @tagname personal-phone
 * @summary Change the personal cell number, verified by a code sent by SMS.
 *
 * @fires {AccountPhoneUpdatedEvent} account-phone-updated - The new number was verified; `event.account` is the account.
 *
 * @cssprop --ae-color-surface - The card's background.
 * @cssprop --ae-color-text - The text colour.
 * @cssprop --ae-color-primary - The main action's colour.
 * @cssprop --ae-color-danger - Errors.
 * @cssprop --ae-radius-lg - The card's corner radius.
 * @cssprop --ae-font-family - The font.
 */
export class PersonalPhone extends SectionElement {
  static override styles = [...elementStyles, phoneStyles];

  /** The change is open: the number form, then the code. */
  @state() private editing = false;
  /** What is wrong with the number, found before sending. */
  @state() private problem?: FieldError | undefined;
  /** "Verify" was pressed before the whole code was in. */
  @state() private codeIncomplete = false;

  private readonly account = new ResourceController(this, 'account');
  /** The new number's input and fields, fetched when the change first opens. */
  private readonly changeView = new LazyModule<typeof PhoneChange>(
    this,
    () => import('./phone-change.js'),
    (module) => {
      this.number = new module.PhoneInput(this, () => this.resolvedLocale);
      if (this.editing) this.beginNumber();
    },
  );
  /** The new number as typed; there once the change's code is. */
  private number?: PhoneInput;
  /** The new number's code: sent to it, then entered here. */
  private readonly numberChange = new VerificationController<[PhoneChangeStart], [], Account>(this, {
    start: (adapter, [request], options) => adapter.startPhoneChange(request, options),
    confirm: (adapter, verification, code, _args, options) =>
      adapter.confirmPhoneChange({ verificationId: verification.id, code }, options),
    saves: 'account',
    onSent: () => this.codeSent(),
    onVerified: (account) => this.verified(account),
    onCodeFailure: (error) => this.codeFailed(error),
  });

  private get codeComplete(): boolean {
    return validate(verificationCode, this.numberChange.code).ok;
  }

  protected get card(): SectionCard {
    return { id: 'phone', texts: (t) => t.phone, waitsFor: [this.account], skeleton: { lines: 2 } };
  }

  private open(): void {
    this.numberChange.reset();
    this.problem = undefined;
    this.codeIncomplete = false;
    this.announcer.clear();
    this.editing = true;
    // The first time, the number begins when its code arrives (see `changeView`).
    if (this.number) this.beginNumber();
    else this.changeView.load().catch(() => {});
  }

  private beginNumber(): void {
    this.number?.begin();
    void this.focusAfterUpdate('#phone-number');
  }

  /** Back to the summary from any step; whatever was in flight is dropped. */
  private close(): void {
    this.numberChange.reset();
    this.announcer.clear();
    this.editing = false;
    void this.focusAfterUpdate('#phone-change');
  }

  private edited(change: () => void): void {
    change();
    this.problem = undefined;
    // The backend's word was about the number as it was; a send in flight goes on.
    if (!this.numberChange.starting.pending) this.numberChange.starting.reset();
    this.requestUpdate();
  }

  private onSend(event: SubmitEvent): void {
    event.preventDefault();
    this.announcer.clear();
    if (!this.number) return;
    const check = this.number.check(this.account.value?.phone ?? null);
    this.problem = check.ok ? undefined : check.problem;
    if (check.ok) void this.numberChange.start(check.request);
    else void this.focusFirstProblem();
  }

  private codeSent(): void {
    this.codeIncomplete = false;
    // A resend leaves focus on its button, so the news is said; a first code moves focus to its input.
    if (this.numberChange.resending.pending) this.announcer.success(this.t.phone.codeSentAgain);
    else void this.focusAfterUpdate('#phone-code');
  }

  private onVerify(event?: SubmitEvent): void {
    event?.preventDefault();
    this.announcer.clear();
    this.codeIncomplete = !this.codeComplete;
    if (this.codeIncomplete) void this.focusAfterUpdate('#phone-code');
    else void this.numberChange.confirm();
  }

  /** Out of tries or expired: back to the number, which is kept, for a new code. */
  private startAgain(): void {
    this.numberChange.reset();
    this.announcer.clear();
    void this.focusAfterUpdate('#phone-number');
  }

  private codeFailed(error: AccountError): void {
    this.reportFailure(error);
    // Out of tries the code input is gone, and expired it is off: focus goes to the way on.
    if (this.numberChange.spent) void this.focusAfterUpdate('#phone-code-start-again, #phone-code-resend');
  }

  private verified(account: Account): void {
    this.editing = false;
    this.announcer.success(this.t.phone.verified);
    this.dispatchEvent(new AccountPhoneUpdatedEvent(account));
    void this.focusAfterUpdate('#phone-change');
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.account, (account) => this.renderReady(account));
  }

  private renderReady(account: Account): TemplateResult {
    // The live region stays in one place whatever the step, so what it says is announced.
    return html`
      <div class="phone">
        ${phoneSummary(this.t, account.phone, {
          editing: this.editing,
          onChange: () => this.open(),
          // Fetched as the person heads for "Change", so the form is there when they press it.
          onIntent: () => void this.changeView.load().catch(() => {}),
        })}
        ${this.editing ? this.renderChange() : nothing} ${this.announcer.render()}
      </div>
    `;
  }

  private renderChange(): TemplateResult {
    const t = this.t;
    if (this.numberChange.step === 'code-sent') {
      return html`<form class="form" novalidate @submit=${this.onVerify}>
        ${codeStep(t, this.numberChange, {
          id: 'phone-code',
          onComplete: () => this.onVerify(),
          onStartAgain: () => this.startAgain(),
          // Said until the rest of the code is typed.
          problem: this.codeIncomplete && !this.codeComplete ? t.phone.codeIncomplete : undefined,
        })}
        ${this.actions(this.numberChange.spent ? undefined : this.numberChange.confirming, t.phone.verify, t.phone.verifying)}
      </form>`;
    }
    const number = this.number;
    if (!number) {
      return html`${this.whenLoaded(this.changeView, () => html``, { lines: 2 })}
      ${this.actions(undefined, t.phone.sendCode, t.phone.sending)}`;
    }
    const problem = this.problem ?? this.numberChange.starting.error?.fields['phone'];
    return html`<form class="form" novalidate @submit=${this.onSend}>
      ${this.changeView.module!.phoneFields(t, number, {
        error: fieldErrorText(t, problem),
        onInput: (text) => this.edited(() => number.type(text)),
        onCountry: (country: Country) => this.edited(() => number.choose(country)),
      })}
      ${this.actions(this.numberChange.starting, t.phone.sendCode, t.phone.sending)}
    </form>`;
  }

  /** Cancel, and the step's submit button while it has one. */
  private actions(action: ActionState | undefined, label: string, busyLabel: string): TemplateResult {
    const t = this.t;
    return html`<div class="actions">
      ${button({ label: t.common.cancel, variant: 'ghost', onClick: () => this.close(), id: 'phone-cancel' })}
      ${
        action
          ? actionButton(t, action, {
              label,
              busyLabel,
              variant: 'primary',
              type: 'submit',
              id: 'phone-submit',
            })
          : nothing
      }
    </div>`;
  }
}
