import { html, type TemplateResult } from 'lit';
import { TOTP_DIGITS, type AccountError, type TotpSetup } from '../../api/index.js';
import type { ActionState } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { actionButton, type Announcer } from '../../kit/index.js';
import { copyAndSay } from './two-step-view.js';
import { button, oneTimeCode } from '../../ui/index.js';

export interface SetupViewOptions {
  t: Catalog;
  setup: TotpSetup;
  /** The QR code, or its skeleton while its module comes. */
  qr: TemplateResult;
  code: string;
  /** What is wrong with the code before it is sent (too few digits), said at its field. */
  problem: string | undefined;
  /** Its failure, when the code was wrong or the setup expired, is said at the field too. */
  confirming: ActionState;
  onCode: (code: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where the copy of the key is said. */
  announcer: Announcer;
  onStartAgain: () => void;
}

/** The setup key in groups of four, as apps show and people read it back. */
export function groupedKey(secret: string): string {
  return secret.replace(/=+$/, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Setting up the app: the QR code to scan, the key to type for an app that cannot scan, then the
 * app's first code, which proves the app holds the key before anything is turned on.
 */
export function setupView(options: SetupViewOptions): TemplateResult {
  const { t, setup } = options;
  const texts = t.twoStep;
  // Expired, the setup cannot be confirmed any more: only starting again helps.
  const expired = options.confirming.error?.code === 'verification_expired';
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onConfirm();
  };
  return html`
    <div class="setup" id="two-step-setup">
      <p class="method-heading" id="two-step-setup-heading" tabindex="-1">${texts.setupHeading}</p>
      <p>${texts.scan}</p>
      <div class="qr-frame">${options.qr}</div>
      <p class="note" id="two-step-key-label">${texts.cannotScan}</p>
      <div class="key-row">
        <code
          class="code-box"
          id="two-step-key"
          part="setup-key"
          dir="ltr"
          aria-labelledby="two-step-key-label"
          >${groupedKey(setup.secret)}</code
        >
        ${button({
          label: texts.copyKey,
          size: 'sm',
          onClick: () => void copyAndSay(options.announcer, setup.secret, texts.keyCopied, texts.copyFailed),
        })}
      </div>
      <p>${texts.enterCode}</p>
      <form class="form" novalidate @submit=${onSubmit}>
        ${oneTimeCode({
          id: 'two-step-code',
          label: texts.code,
          length: TOTP_DIGITS,
          value: options.code,
          error: options.problem ?? codeProblem(t, options.confirming.error),
          disabled: expired,
          onInput: options.onCode,
        })}
        <div class="button-row">
          ${button({ label: t.common.cancel, variant: 'ghost', onClick: options.onCancel })}
          ${
            expired
              ? button({ label: texts.startAgain, variant: 'primary', onClick: options.onStartAgain })
              : actionButton(t, options.confirming, {
                  label: texts.confirm,
                  busyLabel: texts.confirming,
                  variant: 'primary',
                  type: 'submit',
                })
          }
        </div>
      </form>
    </div>
  `;
}

/** The backend's word on the code, said at its field: wrong (with the tries left), or expired. */
export function codeProblem(t: Catalog, error: AccountError | undefined): string | undefined {
  if (error?.code === 'verification_expired') return t.twoStep.setupExpired;
  if (error?.code !== 'verification_failed') return undefined;
  const left = error.attemptsLeft;
  if (left === 0) return t.verification.noAttemptsLeft;
  return left === undefined
    ? t.twoStep.wrongCode
    : `${t.twoStep.wrongCode} ${t.verification.attemptsLeft(left)}`;
}
