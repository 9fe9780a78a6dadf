import { nothing, type TemplateResult, html } from 'lit';
import type { AccountError } from '../../api/index.js';
import type { Catalog } from '../../i18n/index.js';
import { actionErrorText } from '../../kit/index.js';
import { button, deepActiveElement, dialog, status, type StatusTone } from '../../ui/index.js';

export interface UpgradeDialogOptions {
  t: Catalog;
  open: boolean;
  /** The plans to choose from, or what stands in for them while they load; rendered only when open. */
  comparison: () => TemplateResult;
  /** The comparison's live region; rendered only when open. */
  status: () => TemplateResult;
  onClose: () => void;
}

/** The comparison of plans, in a dialog closed by its Close button alone. */
export function upgradeDialog(options: UpgradeDialogOptions): TemplateResult {
  const { t } = options;
  return dialog({
    id: 'upgrade-dialog',
    heading: t.plan.upgradeHeading,
    description: t.plan.upgradeIntro,
    open: options.open,
    closeLabel: t.common.close,
    onClose: options.onClose,
    content: options.open ? html`${options.comparison()} ${options.status()}` : nothing,
    actions: button({ label: t.common.close, onClick: options.onClose }),
  });
}

/**
 * Focuses the first plan's button once the comparison shows; answers whether it is shown. The
 * comparison may arrive after the dialog opened, where the browser put focus on its first button
 * (Close); a person who has moved elsewhere meanwhile keeps their place.
 */
export function focusFirstPlan(root: ParentNode): boolean {
  const first = root.querySelector<HTMLElement>('#upgrade-dialog [data-plan] button');
  if (!first) return false;
  const active = deepActiveElement();
  const untouched = !active || active.matches('#upgrade-dialog, #upgrade-dialog .dialog-close');
  if (untouched) first.focus();
  return true;
}

/** What the comparison says besides its plans. */
export interface UpgradeNote {
  message: string;
  tone: StatusTone;
}

/**
 * One live region for the comparison, there from its opening so what it says is announced: the
 * checkout's failure if there is one, else the note.
 */
export function upgradeStatus(
  t: Catalog,
  error: AccountError | undefined,
  note: UpgradeNote | undefined,
): TemplateResult {
  const failure =
    error?.code === 'forbidden' ? t.plan.adminOnly : error ? actionErrorText(t, error) : undefined;
  const said = failure ? { message: failure, tone: 'error' as const } : note;
  return status({ message: said?.message ?? '', tone: said?.tone ?? 'info' });
}
