/**
 * The identity check's dialog: the password, an SMS code, a code from the authenticator app or a
 * backup code, whichever the backend takes, and the ways to switch between them. Fetched by
 * `IdentityCheck` the first time a backend asks for a check.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReverificationMethod } from '../api/index.js';
import type { Catalog } from '../i18n/index.js';
import { button, dialog, oneTimeCode, textInput } from '../ui/index.js';
import { IDENTITY_CHECK_DIALOG, type IdentityCheck } from './identity-check.js';
import { errorText, fieldErrorText } from './messages.js';

export function identityDialog(t: Catalog, check: IdentityCheck): TemplateResult {
  const usesSms = check.method === 'sms';
  const needsCode = usesSms && !check.verification;
  const problem = problemText(t, check);
  const others = check.methods.filter((method) => method !== check.method);
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
          ${proofStep(t, check, problem)}
          ${others.map((other) =>
            button({
              label: switchLabel(t, other),
              variant: 'ghost',
              size: 'sm',
              onClick: () => check.choose(other),
            }),
          )}
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

/** What is wrong with the proof given: said at its field, in the words of that proof. */
function problemText(t: Catalog, check: IdentityCheck): string | undefined {
  const error = check.error;
  if (!error) return undefined;
  if (error.code === 'verification_failed') {
    if (check.method === 'password') return t.reverify.wrongPassword;
    if (check.method === 'totp') return t.reverify.wrongTotp;
    if (check.method === 'backup_code') return t.reverify.wrongBackupCode;
    return t.errors.verification_failed;
  }
  return fieldErrorText(t, error.fields['code']) ?? errorText(t, error);
}

function switchLabel(t: Catalog, method: ReverificationMethod): string {
  switch (method) {
    case 'sms':
      return t.reverify.useSms;
    case 'totp':
      return t.reverify.useTotp;
    case 'backup_code':
      return t.reverify.useBackupCode;
    case 'password':
      return t.reverify.usePassword;
  }
}

function proofStep(t: Catalog, check: IdentityCheck, problem: string | undefined): TemplateResult {
  switch (check.method) {
    case 'sms':
      return smsStep(t, check, problem);
    case 'totp':
      return oneTimeCode({
        id: 'identity-check-totp',
        label: t.reverify.totpCode,
        value: check.code,
        error: problem,
        onInput: (value) => check.setCode(value),
        onComplete: () => void check.confirm(),
      });
    case 'backup_code':
      return textInput({
        id: 'identity-check-backup-code',
        label: t.reverify.backupCode,
        hint: t.reverify.backupCodeHint,
        value: check.code,
        autocomplete: 'off',
        autocapitalize: 'none',
        spellcheck: false,
        dir: 'ltr',
        required: true,
        error: problem,
        onInput: (value) => check.setCode(value),
      });
    case 'password':
      return passwordStep(t, check, problem);
  }
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
