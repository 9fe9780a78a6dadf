import { html, type TemplateResult } from 'lit';
import type { ActionState } from '../../core/index.js';
import { actionButton } from '../../kit/index.js';
import type { Catalog } from '../../i18n/index.js';
import { button } from '../../ui/index.js';

export interface PendingViewOptions {
  /** The address in use until the link is followed. */
  current: string;
  /** Where the link went. */
  pendingAddress: string;
  /** Seconds until the link may be sent again; 0 when it may. */
  resendIn: number;
  resending: boolean;
  onResend: () => void;
  cancelling: ActionState;
  onCancel: () => void;
}

/**
 * A change waiting for its link: where the link went, that the current address stays in use until
 * it is followed, and Resend (counting down until it may) and Cancel. Focusable, so focus can land
 * on it once the link is sent.
 */
export function pendingView(t: Catalog, options: PendingViewOptions): TemplateResult {
  const texts = t.email;
  const wait = options.resendIn;
  return html`
    <div
      id="email-pending"
      class="notice notice--warning pending"
      part="pending"
      role="group"
      aria-labelledby="email-pending-heading"
      tabindex="-1"
    >
      <p id="email-pending-heading" class="pending-heading">${texts.pendingHeading}</p>
      <p id="email-pending-address">${texts.linkSent(options.pendingAddress)}</p>
      <p class="note">${texts.stillPrimary(options.current)}</p>
      <div class="code-links">
        ${button({
          label: wait > 0 ? texts.resendIn(wait) : texts.resend,
          size: 'sm',
          busy: options.resending,
          busyLabel: texts.sending,
          disabled: wait > 0,
          onClick: options.onResend,
          id: 'email-resend',
        })}
        ${actionButton(t, options.cancelling, {
          label: texts.cancelChange,
          variant: 'ghost',
          size: 'sm',
          onClick: options.onCancel,
        })}
      </div>
    </div>
  `;
}
