/**
 * The identity check's dialog: the password, or the SMS code, and the way to switch between them.
 * Fetched by `IdentityCheck` the first time a backend asks for a check.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/index.js';
import { button, dialog, oneTimeCode, textInput } from '../ui/index.js';
import { IDENTITY_CHECK_DIALOG, type IdentityCheck } from './identity-check.js';
import { errorText } from './messages.js';

export function identityDialog(t: Catalog, check: IdentityCheck): TemplateResult {
  const usesSms = check.method === 'sms';
  const needsCode = usesSms && !check.verification;
  const wrong = check.error?.code === 'verification_failed';
  const wrongText = check.method === 'password' ? t.reverify.wrongPassword : t.errors.verification_failed;
  const problem = wrong ? wrongText : check.error ? errorText(t, check.error) : undefined;
  const other = check.methods.find((method) => method !== check.method);
  const proceed = () => void (needsCode ? check.sendCode() : check.confirm());
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    proceed();
  };
  return dialog({
    id: IDENTITY_CHECK_DIALOG,
    heading: t.reverify.heading,
    description: t.reverify.intro,
    open: check.open,
    closeLabel: t.common.close,
    onClose: () => check.cancel(),
    content: check.open
      ? html`<form class="form" novalidate @submit=${onSubmit}>
          ${usesSms ? smsStep(t, check, problem) : passwordStep(t, check, problem)}
          ${
            other
              ? button({
                  label: other === 'sms' ? t.reverify.useSms : t.reverify.usePassword,
                  variant: 'ghost',
                  size: 'sm',
                  onClick: () => check.choose(other),
                })
              : nothing
          }
        </form>`
      : nothing,
    actions: html`
      ${button({ label: t.common.cancel, onClick: () => check.cancel() })}
      ${button({
        label: needsCode ? t.reverify.sendCode : t.reverify.confirm,
        variant: 'primary',
        busy: check.busy,
        onClick: proceed,
        id: 'identity-check-confirm',
      })}
    `,
  });
}

function passwordStep(t: Catalog, check: IdentityCheck, problem: string | undefined): TemplateResult {
  return textInput({
    id: 'identity-check-password',
    label: t.reverify.password,
    type: 'password',
    autocomplete: 'current-password',
    value: check.password,
    required: true,
    error: problem,
    onInput: (value) => check.setPassword(value),
  });
}

function smsStep(t: Catalog, check: IdentityCheck, problem: string | undefined): TemplateResult {
  const verification = check.verification;
  if (!verification) {
    return problem ? html`<p class="field-error" role="alert">${problem}</p>` : html``;
  }
  return oneTimeCode({
    id: 'identity-check-code',
    label: t.reverify.code,
    hint: t.reverify.codeSentTo(verification.sentTo),
    value: check.code,
    error: problem,
    onInput: (value) => check.setCode(value),
    onComplete: () => void check.confirm(),
  });
}
