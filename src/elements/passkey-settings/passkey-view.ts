import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Passkey } from '../../api/index.js';
import { now, type ActionState } from '../../core/index.js';
import { formatDate, formatRelative, type Catalog } from '../../i18n/index.js';
import { actionButton, confirmDialog } from '../../kit/index.js';
import { button, textInput } from '../../ui/index.js';

/** The passkey whose name is being edited, with what the person typed so far. */
export interface Renaming {
  id: string;
  name: string;
  /** Why the name was refused, at the field. */
  error: string | undefined;
}

export interface PasskeyListOptions {
  t: Catalog;
  locale: string;
  passkeys: readonly Passkey[];
  renaming: Renaming | undefined;
  saving: ActionState;
  onRename: (passkey: Passkey) => void;
  onNameInput: (name: string) => void;
  onSaveName: (event: SubmitEvent) => void;
  onCancelRename: () => void;
  onRemove: (passkey: Passkey) => void;
}

/** The account's passkeys, newest first, each with its provider, its dates and what can be done to it. */
export function passkeyList(options: PasskeyListOptions): TemplateResult {
  const { t, passkeys } = options;
  if (passkeys.length === 0)
    return html`<p class="note" id="no-passkeys" tabindex="-1">${t.passkeys.none}</p>`;
  const newestFirst = [...passkeys].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return html`
    <ul class="passkeys" part="passkey-list" aria-label=${t.passkeys.listLabel}>
      ${repeat(
        newestFirst,
        (passkey) => passkey.id,
        (passkey) => html`
          <li class="passkey" part="passkey" data-passkey=${passkey.id}>
            ${
              options.renaming?.id === passkey.id
                ? renameForm(options, passkey, options.renaming)
                : passkeyRow(options, passkey)
            }
          </li>
        `,
      )}
    </ul>
  `;
}

function passkeyRow(options: PasskeyListOptions, passkey: Passkey): TemplateResult {
  const { t, locale } = options;
  const texts = t.passkeys;
  const lastUsed = passkey.lastUsedAt === null ? null : formatRelative(locale, passkey.lastUsedAt, now());
  // The provider, unless the passkey is named after it already (the backend's default name).
  const provider = passkey.provider === passkey.name ? null : passkey.provider;
  const where = [provider, passkey.backedUp ? texts.synced : texts.deviceBound].filter(Boolean);
  return html`
    <div class="passkey-text">
      <p class="passkey-name" dir="auto">${passkey.name}</p>
      <p class="note">${where.join(' · ')}</p>
      <p class="note">${texts.dates(formatDate(locale, passkey.createdAt), lastUsed)}</p>
    </div>
    <div class="passkey-actions">
      ${button({
        label: texts.rename,
        size: 'sm',
        id: `rename-${passkey.id}`,
        onClick: () => options.onRename(passkey),
      })}
      ${button({
        label: texts.remove,
        size: 'sm',
        variant: 'ghost',
        id: `remove-${passkey.id}`,
        onClick: () => options.onRemove(passkey),
      })}
    </div>
  `;
}

/** The name in place, as a small form: Enter saves, Escape or Cancel puts the row back. */
function renameForm(options: PasskeyListOptions, passkey: Passkey, renaming: Renaming): TemplateResult {
  const { t } = options;
  const texts = t.passkeys;
  return html`
    <form
      class="rename"
      novalidate
      @submit=${options.onSaveName}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        options.onCancelRename();
      }}
    >
      ${textInput({
        id: 'passkey-name',
        label: texts.nameLabel(passkey.name),
        value: renaming.name,
        error: renaming.error,
        required: true,
        autocomplete: 'off',
        maxlength: 64,
        onInput: options.onNameInput,
      })}
      <div class="actions">
        ${button({ label: t.common.cancel, variant: 'ghost', size: 'sm', onClick: options.onCancelRename })}
        ${actionButton(t, options.saving, { label: t.common.save, type: 'submit', variant: 'primary', size: 'sm' })}
      </div>
    </form>
  `;
}

export interface AddPasskeyOptions {
  t: Catalog;
  status: TemplateResult;
  adding: ActionState;
  /** The browser cannot make passkeys: say so instead of offering a button that fails. */
  browserCannot: boolean;
  onAdd: () => void;
}

/** Add a passkey, with the live region beside it; or why this browser cannot. */
export function addPasskey(options: AddPasskeyOptions): TemplateResult {
  const { t } = options;
  return html`
    ${options.browserCannot ? html`<p class="note" id="browser-cannot">${t.passkeys.browserCannot}</p>` : nothing}
    <div class="actions">
      ${options.status}
      ${
        options.browserCannot
          ? nothing
          : actionButton(t, options.adding, {
              label: t.passkeys.add,
              busyLabel: t.passkeys.adding,
              variant: 'primary',
              id: 'add-passkey',
              onClick: options.onAdd,
            })
      }
    </div>
  `;
}

export interface RemoveDialogOptions {
  t: Catalog;
  passkey: Passkey | undefined;
  removing: ActionState;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last question before a passkey stops signing in; a failure is said in it. */
export function removeDialog(options: RemoveDialogOptions): TemplateResult {
  const { t, passkey } = options;
  const texts = t.passkeys;
  return confirmDialog(t, {
    id: 'remove-passkey-dialog',
    heading: texts.removeHeading(passkey?.name ?? ''),
    warning: texts.removeWarning,
    open: passkey !== undefined,
    action: options.removing,
    confirm: {
      label: texts.confirmRemove,
      busyLabel: texts.removing,
      onClick: options.onConfirm,
      id: 'confirm-remove',
    },
    onClose: options.onClose,
  });
}
