import { html, nothing, type TemplateResult } from 'lit';
import { NAME_MAX, USERNAME_MAX, profileUpdate, type Account, type ProfileUpdate } from '../../api/index.js';
import { FormController, now, ResourceController } from '../../core/index.js';
import { AccountAvatarUpdatedEvent, AccountProfileUpdatedEvent } from '../../events/index.js';
import { addEnglish, formatRelative } from '../../i18n/index.js';
import {
  elementStyles,
  fieldErrorText,
  formActions,
  SectionElement,
  type SectionCard,
} from '../../kit/index.js';
import { textInput } from '../../ui/index.js';
import { profileStyles } from './account-profile.styles.js';
import { PictureController, type PictureChange } from './picture-controller.js';
import { pictureProblemText, pictureView } from './picture-view.js';
import { UsernameCheck } from './username-check.js';
import { profile } from '../../i18n/en/profile.js';

addEnglish({ profile });

/**
 * The profile: picture (upload, crop, remove), name and username, with the username's rules and
 * availability shown as the person types.
 *
 * @tagname account-profile
 * @summary Change the profile picture, name and username.
 *
 * @fires {AccountProfileUpdatedEvent} account-profile-updated - The name or username was saved; `event.account` is the account.
 * @fires {AccountAvatarUpdatedEvent} account-avatar-updated - The picture was replaced or removed; `event.account` is the account.
 *
 * @csspart avatar - The profile picture, or the initials in its place.
 * @csspart crop-area - Where the new picture is moved and zoomed, in the crop dialog.
 *
 * @cssprop --ae-color-surface - The card's background.
 * @cssprop --ae-color-text - The text colour.
 * @cssprop --ae-color-primary - The main action's colour.
 * @cssprop --ae-color-danger - Errors and destructive actions.
 * @cssprop --ae-radius-lg - The card's corner radius.
 * @cssprop --ae-font-family - The font.
 */
export class AccountProfile extends SectionElement {
  static override styles = [...elementStyles, profileStyles];

  private readonly account = new ResourceController(this, 'account');
  private readonly form = new FormController<ProfileUpdate, Account>(this, {
    schema: () => profileUpdate,
    initial: () => {
      const account = this.account.value;
      return account && { name: account.name, username: account.username };
    },
    submit: {
      // Only what the person changed: a field left alone is not sent back over a newer value.
      call: (adapter, [data, changed], options) => {
        const update: ProfileUpdate = {};
        if (changed.includes('name')) update.name = data.name;
        if (changed.includes('username')) update.username = data.username;
        return adapter.updateProfile(update, options);
      },
      saves: 'account',
    },
    affects: ['account'],
    onSaved: (account) => {
      this.announcer.success(this.t.profile.saved);
      this.dispatchEvent(new AccountProfileUpdatedEvent(account));
    },
  });
  private readonly username = new UsernameCheck(this, () => [
    this.connection?.adapter,
    this.form.values?.username ?? '',
    this.account.value?.username,
  ]);
  private readonly picture = new PictureController(this, (account, change) =>
    this.pictureChanged(account, change),
  );

  constructor() {
    super();
    this.controlDialog('crop-dialog');
  }

  protected get card(): SectionCard {
    return {
      id: 'profile',
      texts: (t) => t.profile,
      waitsFor: [this.account],
      skeleton: { lines: 3, avatar: true },
    };
  }

  private pictureChanged(account: Account, change: PictureChange): void {
    const t = this.t.profile;
    this.announcer.success(change === 'upload' ? t.pictureSaved : t.pictureRemoved);
    this.dispatchEvent(new AccountAvatarUpdatedEvent(account));
  }

  private onFileChosen(event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    this.announcer.clear();
    if (file) void this.picture.choose(file);
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.account, (account) => this.renderReady(account));
  }

  protected override renderDialogs(): TemplateResult | typeof nothing {
    const cropper = this.picture.cropper.module;
    if (!cropper) return nothing;
    return cropper.cropDialog(this.t, this.picture.cropping, {
      busy: this.picture.busy === 'upload',
      problem: pictureProblemText(this.t, this.picture),
      onCrop: (crop) => this.picture.setCrop(crop),
      onCancel: () => this.picture.endCropping(),
      onUse: () => void this.picture.upload(),
    });
  }

  private renderReady(account: Account): TemplateResult {
    const t = this.t;
    const { values, errors } = this.form;
    return html`
      ${pictureView(t, account, this.picture, (event) => this.onFileChosen(event))}
      <form class="form" novalidate @submit=${this.submitter(this.form)}>
        ${textInput({
          id: 'name',
          label: t.profile.name,
          value: values?.name ?? '',
          autocomplete: 'name',
          required: true,
          maxlength: NAME_MAX,
          error: fieldErrorText(t, errors['name']),
          onInput: (value) => this.form.set('name', value),
        })}
        ${textInput({
          id: 'username',
          label: t.profile.username,
          value: values?.username ?? '',
          autocomplete: 'username',
          autocapitalize: 'none',
          spellcheck: false,
          dir: 'ltr',
          required: true,
          maxlength: USERNAME_MAX,
          hint: t.profile.usernameHint,
          error: fieldErrorText(t, errors['username']) ?? this.availabilityProblem(),
          onInput: (value) => this.form.set('username', value),
        })}
        <p class="availability" role="status" aria-live="polite">${this.availabilityNote()}</p>
        ${formActions(t, this.form, {
          announcer: this.announcer,
          reload: () => this.reloadKeepingInput(this.form, this.account),
        })}
      </form>
    `;
  }

  private availabilityProblem(): string | undefined {
    const check = this.username.state;
    return check.kind === 'unavailable' ? fieldErrorText(this.t, { code: check.reason }) : undefined;
  }

  private availabilityNote(): string {
    const t = this.t.profile;
    if (this.form.errors['username']) return '';
    const check = this.username.state;
    if (check.kind === 'paused') {
      return t.usernameChecksPaused(formatRelative(this.resolvedLocale, check.until, now()));
    }
    return check.kind === 'checking'
      ? t.usernameChecking
      : check.kind === 'available'
        ? t.usernameAvailable
        : '';
  }
}
