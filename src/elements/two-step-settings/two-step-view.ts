import { html, nothing, type TemplateResult } from 'lit';
import type { TwoStep } from '../../api/index.js';
import type { ActionState } from '../../core/index.js';
import { formatDate, type Catalog } from '../../i18n/index.js';
import { actionButton, confirmDialog, type Announcer } from '../../kit/index.js';
import { button, writeClipboard } from '../../ui/index.js';

export interface TwoStepViewOptions {
  t: Catalog;
  locale: string;
  twoStep: TwoStep;
  /** The backend has said it offers no authenticator app. */
  appUnsupported: boolean;
  /** The app being set up, in place of the app's row. */
  setup: TemplateResult | undefined;
  /** Backup codes just made, in place of their count. */
  codes: TemplateResult | undefined;
  /** The element's live region: one node in every state, so what it says is read out. */
  status: TemplateResult;
  starting: ActionState;
  sms: ActionState;
  regenerating: ActionState;
  onSetUp: () => void;
  onTurnOff: () => void;
  onSms: (on: boolean) => void;
  onNewCodes: () => void;
}

/** Whether two-step verification is on, then each way of it: the app, SMS where offered, backup codes. */
export function twoStepView(options: TwoStepViewOptions): TemplateResult {
  const { t, twoStep } = options;
  const texts = t.twoStep;
  return html`
    <p class="state" id="two-step-state" part="state" data-state=${twoStep.enabled ? 'on' : 'off'}>
      <strong class="badge">${twoStep.enabled ? texts.on : texts.off}</strong>
      ${twoStep.enabled ? texts.onNote : texts.offNote}
    </p>
    ${options.codes ?? nothing}
    <div class="method" role="group" aria-labelledby="two-step-app-heading">
      <p class="method-heading" id="two-step-app-heading">${texts.app}</p>
      ${options.setup ?? appRow(options)}
    </div>
    ${twoStep.sms ? smsRow(options, twoStep.sms) : nothing}
    ${twoStep.enabled && !options.codes ? backupRow(options) : nothing}
    <div class="actions">${options.status}</div>
  `;
}

function appRow(options: TwoStepViewOptions): TemplateResult {
  const { t, twoStep } = options;
  const texts = t.twoStep;
  if (twoStep.totp.enabled) {
    const since = twoStep.totp.enabledAt;
    return html`
      ${since ? html`<p class="note">${texts.appOnSince(formatDate(options.locale, since))}</p>` : nothing}
      <div class="button-row">
        ${button({ label: texts.turnOff, id: 'two-step-turn-off', onClick: options.onTurnOff })}
      </div>
    `;
  }
  if (options.appUnsupported) return html`<p class="note">${texts.appUnsupported}</p>`;
  return html`
    <p class="note">${texts.appNote}</p>
    <div class="button-row">
      ${actionButton(t, options.starting, {
        label: texts.setUp,
        busyLabel: texts.starting,
        id: 'two-step-set-up',
        variant: 'primary',
        onClick: options.onSetUp,
      })}
    </div>
  `;
}

function smsRow(options: TwoStepViewOptions, sms: NonNullable<TwoStep['sms']>): TemplateResult {
  const { t } = options;
  const texts = t.twoStep;
  const note =
    sms.sentTo === null
      ? texts.smsNoPhone
      : sms.enabled && sms.enabledAt
        ? texts.smsOnSince(sms.sentTo, formatDate(options.locale, sms.enabledAt))
        : texts.smsNote(sms.sentTo);
  return html`
    <div class="method" role="group" aria-labelledby="two-step-sms-heading">
      <p class="method-heading" id="two-step-sms-heading">${texts.sms}</p>
      <p class="note">${note}</p>
      ${
        sms.sentTo === null && !sms.enabled
          ? nothing
          : html`<div class="button-row">
              ${actionButton(t, options.sms, {
                label: sms.enabled ? texts.smsTurnOff : texts.smsTurnOn,
                busyLabel: t.common.saving,
                id: 'two-step-sms',
                onClick: () => options.onSms(!sms.enabled),
              })}
            </div>`
      }
    </div>
  `;
}

function backupRow(options: TwoStepViewOptions): TemplateResult {
  const { t, twoStep } = options;
  const texts = t.twoStep;
  return html`
    <div class="method" role="group" aria-labelledby="two-step-backup-heading">
      <p class="method-heading" id="two-step-backup-heading">${texts.backupCodes}</p>
      <p class="note">${texts.backupNote}</p>
      <p class="note" id="two-step-remaining">${texts.remaining(twoStep.backupCodes.remaining)}</p>
      <div class="button-row">
        ${actionButton(t, options.regenerating, {
          label: texts.newCodes,
          busyLabel: texts.makingCodes,
          id: 'two-step-new-codes',
          onClick: options.onNewCodes,
        })}
      </div>
    </div>
  `;
}

export interface TurnOffDialogOptions {
  t: Catalog;
  open: boolean;
  /** The app is the only way on: two-step verification goes off with it. */
  lastWay: boolean;
  disabling: ActionState;
  onConfirm: () => void;
  onClose: () => void;
}

/** The confirmation before the app is turned off; a failure is said in it, where the person is. */
export function turnOffDialog(options: TurnOffDialogOptions): TemplateResult {
  const texts = options.t.twoStep;
  return confirmDialog(options.t, {
    id: 'turn-off-dialog',
    heading: texts.turnOffHeading,
    warning: options.lastWay ? texts.turnOffLast : texts.turnOffOther,
    open: options.open,
    action: options.disabling,
    confirm: {
      label: texts.confirmTurnOff,
      busyLabel: texts.turningOff,
      onClick: options.onConfirm,
      id: 'confirm-turn-off',
    },
    onClose: options.onClose,
  });
}

/** Copies text for the person and says whether it worked, in the card's live region. */
export async function copyAndSay(
  announcer: Announcer,
  text: string,
  done: string,
  failed: string,
): Promise<void> {
  try {
    await writeClipboard(text);
    announcer.success(done);
  } catch {
    announcer.failure(failed);
  }
}
