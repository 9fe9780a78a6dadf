import { nothing, type TemplateResult } from 'lit';
import { LazyModule, ReverificationController, type AccountElement } from '../core/index.js';
import type { Catalog } from '../i18n/index.js';
import { DialogController } from '../ui/index.js';
import type * as IdentityDialog from './identity-dialog.js';

export const IDENTITY_CHECK_DIALOG = 'identity-check';

/**
 * The identity check a backend may ask for before a sensitive change: the current password, or a
 * code sent by SMS. It owns its dialog: an element renders `this.identityCheck.render(t)` once, and
 * every action of the element goes through it when the backend asks. The dialog's view is fetched
 * when a backend first asks (most visits are never asked); if it cannot be, the action fails as
 * offline actions do.
 */
export class IdentityCheck extends ReverificationController {
  private readonly view: LazyModule<typeof IdentityDialog>;
  /** Whether it has ever opened: until then there is no dialog to render. */
  private used = false;

  constructor(host: AccountElement) {
    super(host);
    this.view = new LazyModule(host, () => import('./identity-dialog.js'));
    new DialogController(host, () =>
      host.renderRoot.querySelector<HTMLDialogElement>(`#${IDENTITY_CHECK_DIALOG}`),
    );
  }

  protected override async beforeAsking(): Promise<void> {
    await this.view.load();
  }

  render(t: Catalog): TemplateResult | typeof nothing {
    this.used ||= this.open;
    const view = this.view.module;
    return this.used && view ? view.identityDialog(t, this) : nothing;
  }
}
