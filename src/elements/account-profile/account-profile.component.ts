import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  profileUpdate,
  type Account,
  type AccountAdapter,
  AccountError,
  type FieldError,
} from '../../api/index.js';
import {
  AccountElement,
  FormController,
  ResourceController,
  ReverificationController,
  safeUrl,
} from '../../core/index.js';
import { AccountAvatarUpdatedEvent, AccountProfileUpdatedEvent } from '../../events/index.js';
import {
  DialogController,
  baseStyles,
  button,
  buttonStyles,
  dialogStyles,
  fieldStyles,
  section,
  sectionStyles,
  skeleton,
  skeletonStyles,
  status,
  statusStyles,
  textInput,
  tokenStyles,
  type HeadingLevel,
  type StatusTone,
} from '../../ui/index.js';
import { profileStyles } from './account-profile.styles.js';
import { cropDialog } from './crop-dialog.js';
import type { Crop } from './crop.js';
import { PictureController } from './picture-controller.js';
import { AVATAR_MAX_MB, AVATAR_MAX_SIDE } from './picture.js';
import { errorText, fieldErrorText } from '../../fragments/messages.js';
import { reverifyDialog } from '../../fragments/reverify-dialog.js';
import { UsernameCheck } from './username-check.js';

/**
 * The profile: picture (upload, crop, remove), name and username, with the username's rules and
 * availability shown as the person types.
 *
 * @tagname account-profile
 * @summary Change the profile picture, name and username.
 *
 * @fires account-profile-updated - The name or username was saved; `event.account` is the account.
 * @fires account-avatar-updated - The picture was replaced or removed; `event.account` is the account.
 *
 * @csspart section - The card around everything.
 * @csspart heading - The card's heading.
 * @csspart avatar - The profile picture, or the initials in its place.
 * @csspart role - The account's role (admin or member).
 * @csspart field - Each field's wrapper; also `name-field`, `username-field`.
 * @csspart label - Each field's label.
 * @csspart input - Each text input; also `name-input`, `username-input`.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart button - Every button; also `button-primary`, `button-secondary`, `button-danger`, `button-ghost`.
 * @csspart status - The live region that announces saves and failures.
 * @csspart dialog - The crop and identity-check dialogs.
 *
 * @cssprop --ae-color-surface - The card's background.
 * @cssprop --ae-color-text - The text colour.
 * @cssprop --ae-color-primary - The main action's colour.
 * @cssprop --ae-color-danger - Errors and destructive actions.
 * @cssprop --ae-radius-lg - The card's corner radius.
 * @cssprop --ae-font-family - The font.
 */
export class AccountProfile extends AccountElement {
  static override styles = [
    tokenStyles,
    baseStyles,
    fieldStyles,
    buttonStyles,
    sectionStyles,
    skeletonStyles,
    statusStyles,
    dialogStyles,
    profileStyles,
  ];

  /** The heading's level in the page outline: 2 on its own, 3 inside `<account-settings>`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel = 2;

  @state() private announcement: { message: string; tone: StatusTone } = { message: '', tone: 'info' };

  @query('#picture-file') private fileInput?: HTMLInputElement;

  private readonly account = new ResourceController(this, 'account');
  private readonly reverification = new ReverificationController(this, () => this.connection?.adapter);
  private readonly form = new FormController(this, {
    schema: profileUpdate,
    initial: () => {
      const account = this.account.value;
      return account && { name: account.name, username: account.username };
    },
    submit: (data, options, changed) => {
      const update = Object.fromEntries(changed.map((key) => [key, data[key as keyof typeof data]]));
      return this.adapterOrThrow().updateProfile(update, options);
    },
    reverification: this.reverification,
    onSaved: (account) => {
      this.connection?.store.set('account', account);
      this.announce(this.t.profile.saved, 'success');
      const updated = new AccountProfileUpdatedEvent(account);
      this.dispatchEvent(updated);
    },
  });
  private readonly username = new UsernameCheck(this, () => [
    this.connection?.adapter,
    this.form.values.username ?? '',
    this.account.value?.username,
  ]);
  private readonly picture = new PictureController(this, {
    adapter: () => this.connection?.adapter,
    reverification: this.reverification,
    onStart: () => this.announce('', 'info'),
    onChanged: (account, change) => {
      this.connection?.store.set('account', account);
      const t = this.t.profile;
      this.announce(change === 'upload' ? t.pictureSaved : t.pictureRemoved, 'success');
      const updated = new AccountAvatarUpdatedEvent(account);
      this.dispatchEvent(updated);
    },
  });

  constructor() {
    super();
    // The dialogs open and close with the state each render gives them.
    new DialogController(this, () => this.renderRoot.querySelector<HTMLDialogElement>('#crop-dialog'));
    new DialogController(this, () => this.renderRoot.querySelector<HTMLDialogElement>('#reverify-dialog'));
  }

  private adapterOrThrow(): AccountAdapter {
    const adapter = this.connection?.adapter;
    if (!adapter) throw new AccountError('unsupported', 'No adapter');
    return adapter;
  }

  private announce(message: string, tone: StatusTone): void {
    this.announcement = { message, tone };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.announce('', 'info');
    void this.form.submit().then((saved) => {
      if (!saved) void this.focusFirstProblem();
    });
  }

  private async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    // A failure of the whole form is said even when a field also has a problem (a username found
    // taken while typing, say), and focus goes to the first field to fix.
    if (this.form.error) this.announce(errorText(this.t, this.form.error), 'error');
    this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }

  /** After a conflict: the latest version becomes the base, what the person typed stays. */
  private async reloadLatest(): Promise<void> {
    await this.form.reloadKeepingInput(() => this.account.retry());
    this.announce('', 'info');
  }

  private choosePicture(): void {
    this.fileInput?.click();
  }

  private onFileChosen(event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.picture.choose(file);
  }

  /** The picture's problem in the person's language. */
  private pictureProblemText(): string | undefined {
    const problem = this.picture.problem;
    const t = this.t.profile;
    if (problem === undefined) return undefined;
    if (problem === 'fileTooLarge') return t.fileTooLarge(AVATAR_MAX_MB);
    if (problem === 'pictureTooLarge') return t.pictureTooLarge(AVATAR_MAX_SIDE);
    if (typeof problem === 'string') return t[problem];
    return this.pictureErrorText(problem);
  }

  private pictureErrorText(error: AccountError): string {
    const field: FieldError | undefined = error.fields['avatar'];
    if (field?.code === 'too_long') return this.t.profile.fileTooLarge(AVATAR_MAX_MB);
    if (field) return this.t.profile.fileNotImage;
    return errorText(this.t, error);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const loading = this.account.status === 'loading';
    return html`
      ${section({
        id: 'profile',
        heading: t.profile.heading,
        description: t.profile.description,
        headingLevel: this.headingLevel,
        busy: loading,
        content: this.renderBody(),
      })}
      ${cropDialog(this.t, this.picture.cropping, {
        busy: this.picture.busy === 'upload',
        problem: this.pictureProblemText(),
        onCrop: (crop: Crop) => this.picture.setCrop(crop),
        onCancel: () => this.picture.endCropping(),
        onUse: () => void this.picture.upload(),
      })}
      ${reverifyDialog(this.t, this.reverification)}
    `;
  }

  private renderBody(): TemplateResult {
    const t = this.t;
    switch (this.account.status) {
      case 'no-adapter':
        return html`<p class="notice" part="notice">${t.errors.noAdapter}</p>`;
      case 'loading':
        return skeleton({ label: t.common.loading, lines: 3, avatar: true });
      case 'error':
        return html`<div class="notice notice--error" role="alert">
          <p>${errorText(t, this.account.error)}</p>
          ${button({ label: t.common.retry, onClick: () => void this.account.retry() })}
        </div>`;
      case 'ready':
        return this.renderForm(this.account.value!);
    }
  }

  private renderForm(account: Account): TemplateResult {
    const t = this.t;
    const values = this.form.values;
    const errors = this.form.errors;
    return html`
      ${this.renderPicture(account)}
      <form class="profile-form" novalidate @submit=${this.onSubmit}>
        ${textInput({
          id: 'name',
          label: t.profile.name,
          value: values.name ?? '',
          autocomplete: 'name',
          required: true,
          maxlength: 200,
          error: fieldErrorText(t, 'name', errors['name']),
          part: 'name',
          onInput: (value) => this.form.set('name', value),
        })}
        ${textInput({
          id: 'username',
          label: t.profile.username,
          value: values.username ?? '',
          autocomplete: 'username',
          autocapitalize: 'none',
          spellcheck: false,
          dir: 'ltr',
          required: true,
          hint: t.profile.usernameHint,
          error: fieldErrorText(t, 'username', errors['username']) ?? this.availabilityProblem(),
          part: 'username',
          onInput: (value) => this.form.set('username', value),
        })}
        <p class="availability" role="status" aria-live="polite">${this.availabilityNote()}</p>
        <div class="actions">
          ${status({ ...this.announcement })} ${this.renderConflict()}
          ${
            this.form.dirty
              ? button({ label: t.common.cancel, variant: 'ghost', onClick: () => this.form.discard() })
              : nothing
          }
          ${button({
            label: t.common.save,
            variant: 'primary',
            type: 'submit',
            busy: this.form.submitting,
            busyLabel: t.common.saving,
            part: 'save-button',
          })}
        </div>
      </form>
    `;
  }

  /** The status before it says what the conflict is; this offers the way out. */
  private renderConflict(): TemplateResult | typeof nothing {
    if (this.form.state !== 'conflict') return nothing;
    return button({
      label: this.t.common.reload,
      size: 'sm',
      onClick: () => void this.reloadLatest(),
      part: 'conflict',
    });
  }

  private renderPicture(account: Account): TemplateResult {
    const t = this.t;
    const url = safeUrl(account.avatarUrl);
    const busy = this.picture.busy;
    const problem = this.picture.cropping ? undefined : this.pictureProblemText();
    return html`
      <div class="picture" role="group" aria-labelledby="picture-label">
        <span id="picture-label" class="visually-hidden">${t.profile.picture}</span>
        ${
          url
            ? html`<img class="avatar" part="avatar" src=${url} alt=${t.profile.pictureAlt(account.name)} />`
            : html`<span
                class="avatar avatar--initials"
                part="avatar"
                role="img"
                aria-label=${t.profile.noPicture}
                >${initials(account.name)}</span
              >`
        }
        <div class="picture-actions">
          <span class="role" part="role"
            >${account.role === 'admin' ? t.profile.roleAdmin : t.profile.roleMember}</span
          >
          <div class="picture-buttons">
            ${button({
              label: url ? t.profile.changePicture : t.profile.choosePicture,
              busy: busy === 'upload' && !this.picture.cropping,
              onClick: () => this.choosePicture(),
              part: 'upload-button',
              id: 'choose-picture',
            })}
            ${
              url
                ? button({
                    label: t.profile.removePicture,
                    variant: 'ghost',
                    busy: busy === 'remove',
                    busyLabel: t.common.saving,
                    onClick: () => void this.picture.remove(),
                    part: 'remove-button',
                  })
                : nothing
            }
          </div>
          <p class="field-hint" id="picture-hint">${t.profile.pictureHint(AVATAR_MAX_MB)}</p>
          ${
            problem
              ? html`<p class="field-error" id="picture-error" part="error" role="alert">${problem}</p>`
              : nothing
          }
        </div>
        <input
          id="picture-file"
          class="visually-hidden"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          tabindex="-1"
          aria-hidden="true"
          @change=${this.onFileChosen}
        />
      </div>
    `;
  }

  private availabilityProblem(): string | undefined {
    const check = this.username.state;
    return check.kind === 'unavailable'
      ? fieldErrorText(this.t, 'username', { code: check.reason })
      : undefined;
  }

  private availabilityNote(): string {
    const t = this.t.profile;
    if (this.form.errors['username']) return '';
    switch (this.username.state.kind) {
      case 'checking':
        return t.usernameChecking;
      case 'available':
        return t.usernameAvailable;
      default:
        return '';
    }
  }
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '');
  return (
    letters.length > 1 ? letters[0]! + letters[letters.length - 1]! : (letters[0] ?? '?')
  ).toUpperCase();
}
