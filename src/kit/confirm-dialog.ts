import { html, nothing, type TemplateResult } from 'lit';
import type { ActionState } from '../core/index.js';
import type { Catalog } from '../i18n/index.js';
import { button, dialog } from '../ui/index.js';
import { actionButton } from './actions.js';
import { actionErrorText } from './messages.js';

export interface ConfirmDialogOptions {
  /** The dialog's id. */
  id: string;
  heading: string;
  /** What happens if the person goes on: said when the dialog opens. */
  warning: string;
  open: boolean;
  /** The action the dialog confirms: its failure is said in the dialog, its wait on the button. */
  action: ActionState;
  confirm: { label: string; busyLabel: string; id: string; disabled?: boolean; onClick: () => void };
  onClose: () => void;
  /** Fields of its own (type the username to confirm); a failure of one of them is said there. */
  content?: TemplateResult;
  /** The failure belongs to a field of `content`, so it is not said again under it. */
  failureAtField?: boolean;
}

/**
 * A dangerous action's last question: what will happen, Cancel first, the danger button last (busy
 * while it runs, counting a wait down), and why it failed, said in the dialog where the person is.
 */
export function confirmDialog(t: Catalog, options: ConfirmDialogOptions): TemplateResult {
  const error = options.action.error;
  const failure = error && !options.failureAtField ? actionErrorText(t, error) : undefined;
  return dialog({
    id: options.id,
    heading: options.heading,
    description: options.warning,
    open: options.open,
    closeLabel: t.common.close,
    onClose: options.onClose,
    content: options.open
      ? html`${options.content ?? nothing}
        ${failure ? html`<p class="field-error" role="alert" part="error">${failure}</p>` : nothing}`
      : nothing,
    actions: html`
      ${button({ label: t.common.cancel, onClick: options.onClose })}
      ${actionButton(t, options.action, { ...options.confirm, variant: 'danger' })}
    `,
  });
}
