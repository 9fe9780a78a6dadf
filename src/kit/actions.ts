import { html, nothing, type TemplateResult } from 'lit';
import type { ActionState, FormView } from '../core/index.js';
import type { Catalog } from '../i18n/index.js';
import { button, type ButtonOptions } from '../ui/index.js';
import type { Announcer } from './announcer.js';

/**
 * A button that starts an action: busy while it runs; after `rate_limited` it counts the wait down
 * in its label and stays disabled until the backend will take it again.
 */
export function actionButton(t: Catalog, action: ActionState, options: ButtonOptions): TemplateResult {
  const wait = action.waitSeconds;
  return button({
    ...options,
    label: wait > 0 ? t.common.tryAgainIn(wait) : options.label,
    busy: action.pending,
    busyLabel: options.busyLabel ?? t.common.saving,
    disabled: options.disabled || wait > 0,
  });
}

export interface FormActionsOptions {
  /** Where saves and failures are said. */
  announcer: Announcer;
  /** After a conflict: load the latest version, keeping what the person typed. */
  reload: () => void;
  saveLabel?: string | undefined;
  /** Hides Save until something changed (a form that is all optional). Default false. */
  onlyWhenDirty?: boolean | undefined;
}

/**
 * The row under a form: the live status, "Load the latest" after a conflict, "Try again" when the
 * network comes back or an answer got lost, Cancel while something is changed, and Save.
 */
export function formActions(t: Catalog, form: FormView, options: FormActionsOptions): TemplateResult {
  const { save } = form;
  const retryable = save.reconnected || save.uncertain;
  return html`
    <div class="actions">
      ${options.announcer.render()}
      ${
        form.state === 'conflict'
          ? button({ label: t.common.reload, size: 'sm', onClick: options.reload })
          : nothing
      }
      ${retryable ? button({ label: t.common.retry, size: 'sm', onClick: () => void save.retry() }) : nothing}
      ${
        form.dirty
          ? button({
              label: t.common.cancel,
              variant: 'ghost',
              onClick: () => form.discard(),
            })
          : nothing
      }
      ${
        options.onlyWhenDirty && !form.dirty
          ? nothing
          : actionButton(t, save, {
              label: options.saveLabel ?? t.common.save,
              variant: 'primary',
              type: 'submit',
            })
      }
    </div>
  `;
}
