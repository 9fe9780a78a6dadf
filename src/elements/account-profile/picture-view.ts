import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../../api/index.js';
import { safeUrl } from '../../core/index.js';
import { errorText } from '../../kit/index.js';
import { initials } from '../../kit/initials.js';
import type { Catalog } from '../../i18n/index.js';
import { button } from '../../ui/index.js';
import type { PictureController } from './picture-controller.js';
import { AVATAR_MAX_MB, AVATAR_MAX_SIDE } from './picture.js';

/** What is wrong with the picture: the chosen file, or the backend's refusal of the change. */
export function pictureProblemText(t: Catalog, picture: PictureController): string | undefined {
  const texts = t.profile;
  const problem = picture.problem;
  if (problem === 'fileTooLarge') return texts.fileTooLarge(AVATAR_MAX_MB);
  if (problem === 'pictureTooLarge') return texts.pictureTooLarge(AVATAR_MAX_SIDE);
  if (problem === 'cropperUnavailable') return t.errors.network;
  if (problem) return texts[problem];
  const failure = picture.failure;
  const field = failure?.fields['avatar'];
  if (field?.code === 'too_long') return texts.fileTooLarge(AVATAR_MAX_MB);
  if (field?.code === 'too_large_dimensions') return texts.pictureTooLarge(AVATAR_MAX_SIDE);
  if (field) return texts.fileNotImage;
  return failure && errorText(t, failure);
}

/**
 * The picture (or initials), the role, and the buttons to change or remove it, with the file input
 * the "Upload" button opens.
 */
export function pictureView(
  t: Catalog,
  account: Account,
  picture: PictureController,
  onFileChosen: (event: Event) => void,
): TemplateResult {
  const url = safeUrl(account.avatarUrl);
  const busy = picture.busy;
  const problem = picture.cropping ? undefined : pictureProblemText(t, picture);
  const chooseFile = (event: MouseEvent) =>
    (event.currentTarget as HTMLElement)
      .closest('.picture')
      ?.querySelector<HTMLInputElement>('input')
      ?.click();
  return html`
    <div class="picture" role="group" aria-labelledby="picture-label">
      <span id="picture-label" class="visually-hidden">${t.profile.picture}</span>
      ${
        url
          ? html`<img
              id="avatar"
              class="avatar"
              part="avatar"
              src=${url}
              alt=${t.profile.pictureAlt(account.name)}
            />`
          : html`<span
              id="avatar"
              class="avatar avatar--initials"
              part="avatar"
              role="img"
              aria-label=${t.profile.noPicture}
              >${initials(account.name)}</span
            >`
      }
      <div class="picture-actions">
        <span id="account-role" class="role"
          >${account.role === 'admin' ? t.profile.roleAdmin : t.profile.roleMember}</span
        >
        <div class="picture-buttons">
          ${button({
            label: url ? t.profile.changePicture : t.profile.choosePicture,
            busy: busy === 'upload' && !picture.cropping,
            onClick: chooseFile,
            id: 'choose-picture',
          })}
          ${
            url
              ? button({
                  label: t.profile.removePicture,
                  variant: 'ghost',
                  busy: busy === 'remove',
                  busyLabel: t.common.saving,
                  onClick: () => void picture.remove(),
                })
              : nothing
          }
        </div>
        <p class="field-hint" id="picture-hint">${t.profile.pictureHint(AVATAR_MAX_MB)}</p>
        ${problem ? html`<p class="field-error" id="picture-error" part="error" role="alert">${problem}</p>` : nothing}
      </div>
      <input
        id="picture-file"
        class="visually-hidden"
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        tabindex="-1"
        aria-hidden="true"
        @change=${onFileChosen}
      />
    </div>
  `;
}
