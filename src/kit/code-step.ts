import { html, nothing, type TemplateResult } from 'lit';
import { now, type CodeFlowView } from '../core/index.js';
import type { Catalog } from '../i18n/index.js';
import { button, oneTimeCode } from '../ui/index.js';
import { actionErrorText } from './messages.js';

export interface CodeStepOptions {
  /** The code input's id. */
  id: string;
  label?: string | undefined;
  /** All digits are in: e.g. send at once when nothing else is asked. */
  onComplete?: (() => void) | undefined;
  /** Out of tries or expired: back to the first step. */
  onStartAgain: () => void;
  /** A problem of the element's own to show at the code (an incomplete code, say). */
  problem?: string | undefined;
}

/**
 * Entering a code sent by SMS: where it went, one input for the whole code (autofill, paste), the
 * expiry, resending with its countdown, the tries left; a wrong code says so and is cleared; an
 * expired or spent code says so and offers to send a new one or to start again.
 */
export function codeStep(t: Catalog, flow: CodeFlowView, options: CodeStepOptions): TemplateResult {
  const verification = flow.verification;
  if (!verification) return html``;
  const tv = t.verification;
  if (flow.attemptsLeft === 0) {
    return html`<div class="notice notice--error" role="alert" part="notice" data-notice>
      <p>${tv.noAttemptsLeft}</p>
      ${button({ label: tv.startAgain, onClick: options.onStartAgain, id: `${options.id}-start-again` })}
    </div>`;
  }
  const minutes = Math.ceil((Date.parse(verification.expiresAt) - now()) / 60_000);
  // Expiry said once: in the hint while the code lives, at the field once it has expired.
  const sentTo = tv.sentTo(verification.sentTo);
  const hint = flow.expired ? sentTo : `${sentTo} ${tv.expiresIn(minutes)}`;
  const problem = options.problem ?? codeProblem(t, flow) ?? (flow.expired ? tv.expired : undefined);
  return html`
    <div class="code-step">
      ${oneTimeCode({
        id: options.id,
        label: options.label ?? tv.code,
        hint,
        value: flow.code,
        error: problem,
        disabled: flow.expired,
        onInput: (value) => flow.setCode(value),
        onComplete: options.onComplete,
      })}
      <div class="code-links">
        ${button({
          label: flow.resendIn > 0 ? tv.resendIn(flow.resendIn) : tv.resend,
          variant: flow.expired ? 'secondary' : 'ghost',
          size: 'sm',
          busy: flow.resending.pending,
          busyLabel: t.common.loading,
          disabled: flow.resendIn > 0,
          onClick: () => void flow.resend(),
          id: `${options.id}-resend`,
        })}
        ${
          flow.expired
            ? nothing
            : html`<span id=${`${options.id}-attempts`} class="note"
                >${tv.attemptsLeft(flow.attemptsLeft)}</span
              >`
        }
      </div>
    </div>
  `;
}

/**
 * What is wrong with the code: not right (with the tries left), or the resend or check failed. A
 * refusal of other fields sent along (a new password) belongs at those fields, not here.
 */
function codeProblem(t: Catalog, flow: CodeFlowView): string | undefined {
  const confirming = flow.confirming.error;
  const fields = Object.keys(confirming?.fields ?? {});
  const error = fields.length > 0 && !fields.includes('code') ? undefined : confirming;
  if (error?.code === 'verification_failed') return t.verification.wrongCode(flow.attemptsLeft);
  if (error?.code === 'verification_expired') return t.verification.expired;
  const failure = flow.resending.error ?? error;
  return failure && actionErrorText(t, failure);
}
