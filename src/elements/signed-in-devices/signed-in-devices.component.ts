import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { AccountError, Session } from '../../api/index.js';
import { ActionController, keepRelativeTimesCurrent, ResourceController } from '../../core/index.js';
import { AccountSessionRevokedEvent } from '../../events/index.js';
import { badgeStyles } from '../../kit/badge.styles.js';
import { elementStyles, SectionElement, type SectionCard } from '../../kit/index.js';
import { button } from '../../ui/index.js';
import { deviceName, inOrder, rowId, sessionList, signOutDialog, type Confirming } from './session-view.js';
import { devicesStyles } from './signed-in-devices.styles.js';
import { addEnglish } from '../../i18n/index.js';
import { devices } from '../../i18n/en/devices.js';

addEnglish({ devices });

/**
 * Where the account is signed in: this device first, marked, then the others, the most recently
 * active first, each with its kind, system, browser, place when known and when it was last active.
 * Each other device can be signed out after a confirmation, and all of them at once; the identity
 * check comes first when the backend asks. This device is not signed out here: that is the
 * product's own sign-out, which also ends what the host keeps. Where the backend does not offer
 * sessions, the card leaves the page.
 *
 * @tagname signed-in-devices
 * @summary The devices signed in to the account; sign out one of them, or all but this one.
 *
 * @fires {AccountSessionRevokedEvent} account-session-revoked - Devices were signed out; `event.sessionIds` (also `event.detail.sessionIds`) are the sessions that ended.
 *
 * @csspart session - A device's row; this device's has `data-current`.
 *
 * @cssprop --ae-color-surface-raised - The mark of this device.
 * @cssprop --ae-color-border - The lines between the devices.
 */
export class SignedInDevices extends SectionElement {
  static override styles = [...elementStyles, badgeStyles, devicesStyles];

  @state() private confirming: Confirming | undefined;
  /** The list, in its order, as it was when the confirmation opened: where focus goes after is read from it. */
  private confirmingList: readonly Session[] = [];

  private readonly sessions = new ResourceController(this, 'sessions');
  private readonly revoking = new ActionController<[session: Session], void>(this, {
    call: (adapter, [session], options) => adapter.revokeSession(session.id, options),
    saves: (_result, store, [session]) => {
      const list = store.peek('sessions');
      if (list)
        store.set(
          'sessions',
          list.filter((kept) => kept.id !== session.id),
        );
    },
    // An answer lost on the way may still have signed it out: read which sessions are left.
    affects: ['sessions'],
    onFailure: (error) => this.failedInDialog(error),
    onSuccess: (_result, [session]) => this.signedOut([session]),
  });
  private readonly revokingOthers = new ActionController<[others: Session[]], Session[]>(this, {
    call: (adapter, _args, options) => adapter.revokeOtherSessions(options),
    saves: 'sessions',
    affects: ['sessions'],
    onFailure: (error) => this.failedInDialog(error),
    onSuccess: (left, [others]) =>
      this.signedOut(others.filter((gone) => !left.some((kept) => kept.id === gone.id))),
  });

  constructor() {
    super();
    this.controlDialog('sign-out-dialog');
    keepRelativeTimesCurrent(this);
  }

  protected get card(): SectionCard {
    return {
      id: 'devices',
      texts: (t) => t.devices,
      waitsFor: [this.sessions],
      skeleton: { lines: 3 },
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.confirming = undefined;
  }

  private get action(): ActionController<[Session], void> | ActionController<[Session[]], Session[]> {
    return this.confirming?.kind === 'others' ? this.revokingOthers : this.revoking;
  }

  private open(confirming: Confirming): void {
    this.announcer.clear();
    this.revoking.reset();
    this.revokingOthers.reset();
    this.confirming = confirming;
  }

  private close(): void {
    if (this.revoking.pending || this.revokingOthers.pending) return;
    this.confirming = undefined;
  }

  private onConfirm(): void {
    const confirming = this.confirming;
    if (confirming?.kind === 'one') void this.revoking.run(confirming.session);
    else if (confirming) void this.revokingOthers.run(this.others());
  }

  /** Said in the dialog, where the person is; a device signed out meanwhile leaves the list. */
  private failedInDialog(error: AccountError): void {
    if (error.code === 'not_found') void this.sessions.retry();
  }

  private signedOut(gone: readonly Session[]): void {
    const before = this.confirmingList;
    this.confirming = undefined;
    const t = this.t.devices;
    const [only] = gone;
    this.announcer.success(
      gone.length === 1 && only ? t.signedOut(deviceName(this.t, only)) : t.signedOutOthers(gone.length),
    );
    this.dispatchEvent(new AccountSessionRevokedEvent(gone.map((session) => session.id)));
    void this.focusAfterUpdate(this.nextFocus(before, gone));
  }

  /**
   * The button that opened the dialog is gone with its row: focus goes to the row that took its
   * place (the next device, else the one before), or, with no other device left, to the list.
   */
  private nextFocus(before: readonly Session[], gone: readonly Session[]): string {
    const left = inOrder(this.sessions.value ?? []);
    const index = before.findIndex((session) => session.id === gone[0]?.id);
    const candidates = [...before.slice(index + 1), ...before.slice(0, index).reverse()];
    const next = candidates.find(
      (session) => !session.current && left.some((kept) => kept.id === session.id),
    );
    if (!next) return '#only-this-device';
    return `#${rowId(left.findIndex((session) => session.id === next.id))}-sign-out`;
  }

  private others(): Session[] {
    return (this.sessions.value ?? []).filter((session) => !session.current);
  }

  protected renderContent(): TemplateResult {
    return this.whenLoaded(this.sessions, (sessions) => this.renderReady(inOrder(sessions)));
  }

  private renderReady(sessions: readonly Session[]): TemplateResult {
    const t = this.t.devices;
    const others = sessions.filter((session) => !session.current);
    const leaving =
      this.revoking.pending && this.confirming?.kind === 'one' ? this.confirming.session.id : undefined;
    return html`
      ${sessionList({
        t: this.t,
        locale: this.resolvedLocale,
        sessions,
        leaving,
        onSignOut: (session) => {
          this.confirmingList = sessions;
          this.open({ kind: 'one', session });
        },
      })}
      ${others.length === 0 ? html`<p class="note" id="only-this-device" tabindex="-1">${t.onlyThisDevice}</p>` : nothing}
      <div class="actions">
        ${this.announcer.render()}
        ${
          others.length === 0
            ? nothing
            : button({
                label: t.signOutOthers,
                variant: 'danger',
                id: 'sign-out-others',
                onClick: () => {
                  this.confirmingList = sessions;
                  this.open({ kind: 'others' });
                },
              })
        }
      </div>
    `;
  }

  protected override renderDialogs(): TemplateResult {
    return signOutDialog({
      t: this.t,
      confirming: this.confirming,
      action: this.action,
      onConfirm: () => this.onConfirm(),
      onClose: () => this.close(),
    });
  }
}
