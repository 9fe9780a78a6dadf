import { html, nothing, type TemplateResult } from 'lit';
import type { ReverificationController } from '../core/index.js';
import type { Catalog } from '../i18n/index.js';
import { button, dialog, oneTimeCode, textInput } from '../ui/index.js';
import { errorText } from './messages.js';

/**
 * The identity check a backend may ask for before a sensitive change: the current password, or a
 * code sent by SMS. Render it always (it opens when the controller asks); pair it with a
 * `DialogController` on `#reverify-dialog`.
 */
export function reverifyDialog(t: Catalog, check: ReverificationController): TemplateResult {
  const usesSms = check.method === 'sms';
  const wrong = check.error?.code === 'verification_failed';
  const wrongText = check.method === 'password' ? t.reverify.wrongPassword : t.errors.verification_failed;
  const problem = wrong ? wrongText : check.error ? errorText(t, check.error) : undefined;
  const other = check.methods.find((method) => method !== check.method);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (usesSms && !check.verification) void check.sendCode();
    else void check.confirm();
  };
  return dialog({
    id: 'reverify-dialog',
    heading: t.reverify.heading,
    description: t.reverify.intro,
    open: check.open,
    closeLabel: t.common.close,
    onClose: () => check.cancel(),
    content: check.open
      ? html`<form id="reverify-form" novalidate @submit=${onSubmit}>
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
        label: usesSms && !check.verification ? t.reverify.sendCode : t.reverify.confirm,
        variant: 'primary',
        busy: check.busy,
        onClick: () => (usesSms && !check.verification ? void check.sendCode() : void check.confirm()),
      })}
    `,
  });
}

function passwordStep(
  t: Catalog,
  check: ReverificationController,
  problem: string | undefined,
): TemplateResult {
  return textInput({
    id: 'reverify-password',
    label: t.reverify.password,
    type: 'password',
    autocomplete: 'current-password',
    value: check.password,
    required: true,
    error: problem,
    onInput: (value) => check.setPassword(value),
  });
}

function smsStep(t: Catalog, check: ReverificationController, problem: string | undefined): TemplateResult {
  if (!check.verification) {
    return problem ? html`<p class="field-error" role="alert">${problem}</p>` : html``;
  }
  return oneTimeCode({
    id: 'reverify-code',
    label: t.reverify.code,
    hint: t.reverify.codeSentTo(check.verification.sentTo),
    value: check.code,
    error: problem,
    onInput: (value) => check.setCode(value),
    onComplete: () => void check.confirm(),
  });
}
