import { html, nothing, type TemplateResult } from 'lit';
import type { ApiKeyInfo } from '../../api/index.js';
import { now, type ActionState } from '../../core/index.js';
import { formatDate, formatRelative, type Catalog } from '../../i18n/index.js';
import { actionButton, confirmDialog } from '../../kit/index.js';
import { button, type ButtonOptions } from '../../ui/index.js';

/** What the key is fetched for: to be shown for a while, or to go to the clipboard unseen. */
export type KeyUse = 'show' | 'copy';

/** The full key on screen: revealed for a while, or just made. */
export interface ShownKey {
  key: string;
  view: 'revealed' | 'new';
}

export interface KeyViewOptions {
  t: Catalog;
  locale: string;
  info: ApiKeyInfo;
  shown: ShownKey | undefined;
  /** Seconds before a revealed key hides. */
  secondsLeft: number;
  /** The backend shows a key only when it is made. */
  revealUnsupported: boolean;
}

/** The key, masked or in full, with when it was made and last used; a new one with what to do with it. */
export function keyView(options: KeyViewOptions): TemplateResult {
  const { t, info, shown } = options;
  const texts = t.apiKey;
  return html`
    ${shown?.view === 'new' ? newKeyNote(t, options.revealUnsupported) : nothing}
    <div class="key-block">
      <span class="note">${texts.key}</span>
      <code id="key" class="code-box" part="key" dir="ltr">${shown?.key ?? info.masked}</code>
      ${dates(options)}
      ${
        shown?.view === 'revealed'
          ? html`<p id="key-countdown" class="note">${texts.hidesIn(options.secondsLeft)}</p>`
          : nothing
      }
    </div>
  `;
}

function dates({ t, locale, info }: KeyViewOptions): TemplateResult {
  const created = formatDate(locale, info.createdAt);
  const lastUsed = info.lastUsedAt === null ? null : formatRelative(locale, info.lastUsedAt, now());
  return html`<p id="key-dates" class="note">${t.apiKey.dates(created, lastUsed)}</p>`;
}

/** What to do with a key just made; it is not shown again in full where the backend cannot reveal. */
function newKeyNote(t: Catalog, onlyNow: boolean): TemplateResult {
  const texts = t.apiKey;
  return html`
    <div id="new-key" class="notice notice--warning new-key" part="new-key">
      <p id="new-key-heading" class="new-key-heading">${texts.newKeyHeading}</p>
      <p id="new-key-note">${onlyNow ? texts.shownOnce : texts.newKeyNote}</p>
    </div>
  `;
}

export function memberNote(t: Catalog): TemplateResult {
  return html`<p id="member-note" class="note">${t.apiKey.memberNote}</p>`;
}

export interface AdminActionsOptions {
  t: Catalog;
  /** The element's live region, rendered inside the row. */
  status: TemplateResult;
  /** How the key is on screen, if it is (the key itself is not needed here). */
  shown: ShownKey['view'] | undefined;
  revealUnsupported: boolean;
  /** The backend's refusal to reveal is being said in the live region right now. */
  sayingUnsupported: boolean;
  revealing: ActionState;
  /** What the reveal in flight is for. */
  revealFor: KeyUse;
  onReveal: () => void;
  onCopy: () => void;
  onRegenerate: () => void;
  onDone: () => void;
}

/**
 * One action row in every state, so its live region stays the same node: one made together with
 * its message is often not read out.
 */
export function adminActions(options: AdminActionsOptions): TemplateResult {
  const { t } = options;
  const newKey = options.shown === 'new';
  // Just learnt, it is being said in the live region; the note would say it twice.
  const note = !newKey && options.revealUnsupported && !options.sayingUnsupported;
  return html`
    ${note ? html`<p id="unsupported-note" class="note">${t.apiKey.revealUnsupported}</p>` : nothing}
    <div class="actions">${options.status} ${newKey ? newKeyButtons(options) : keyButtons(options)}</div>
  `;
}

function keyButtons(options: AdminActionsOptions): TemplateResult {
  const texts = options.t.apiKey;
  return html`
    ${
      options.revealUnsupported
        ? nothing
        : html`
            ${revealButton(options, 'show', {
              label: options.shown === 'revealed' ? texts.hide : texts.reveal,
              busyLabel: texts.revealing,
              id: 'reveal-button',
              onClick: options.onReveal,
            })}
            ${revealButton(options, 'copy', {
              label: texts.copy,
              busyLabel: texts.copying,
              id: 'copy-button',
              onClick: options.onCopy,
            })}
          `
    }
    ${button({ label: texts.regenerate, id: 'regenerate-button', onClick: options.onRegenerate })}
  `;
}

/** Done, which hides the new key, then Copy, what the person most likely wants. */
function newKeyButtons(options: AdminActionsOptions): TemplateResult {
  const texts = options.t.apiKey;
  return html`
    ${button({ label: texts.done, id: 'done-button', onClick: options.onDone })}
    ${button({ label: texts.copy, variant: 'primary', id: 'copy-button', onClick: options.onCopy })}
  `;
}

/** Reveal and Copy run the same action: the one it runs for shows it busy, the other waits. */
function revealButton(options: AdminActionsOptions, use: KeyUse, look: ButtonOptions): TemplateResult {
  const forOther = options.revealing.pending && options.revealFor !== use;
  return forOther ? button({ ...look, disabled: true }) : actionButton(options.t, options.revealing, look);
}

export interface RegenerateDialogOptions {
  t: Catalog;
  open: boolean;
  regenerating: ActionState;
  onConfirm: () => void;
  onClose: () => void;
}

/** The confirmation before the key is replaced; a failure is said in it, where the person is. */
export function regenerateDialog(options: RegenerateDialogOptions): TemplateResult {
  const { t } = options;
  return confirmDialog(t, {
    id: 'regenerate-dialog',
    heading: t.apiKey.confirmHeading,
    warning: t.apiKey.confirmIntro,
    open: options.open,
    action: options.regenerating,
    confirm: {
      label: t.apiKey.confirm,
      busyLabel: t.apiKey.regenerating,
      onClick: options.onConfirm,
      id: 'confirm-regenerate',
    },
    onClose: options.onClose,
  });
}
