import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../api/index.js';
import { now, type ActionState } from '../../core/index.js';
import { formatRegion, formatRelative, type Catalog } from '../../i18n/index.js';
import { confirmDialog } from '../../kit/index.js';
import { button } from '../../ui/index.js';

/** This device first (it is where the person is), then the others, the most recently active first. */
export function inOrder(sessions: readonly Session[]): Session[] {
  const time = (session: Session) => new Date(session.lastActiveAt).getTime();
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || time(b) - time(a));
}

/** "Computer, macOS 15": how a device is named on its row, in its confirmation and when announced. */
export function deviceName(t: Catalog, session: Session): string {
  const texts = t.devices;
  return texts.device(texts.kinds[session.device.kind], session.device.os);
}

/** The row's id: a session id is the backend's, so it is not trusted as an id of the page. */
export function rowId(index: number): string {
  return `session-${index}`;
}

export interface SessionListOptions {
  t: Catalog;
  locale: string;
  sessions: readonly Session[];
  /** The session being signed out, whose button shows it busy. */
  leaving: string | undefined;
  onSignOut: (session: Session) => void;
}

export function sessionList(options: SessionListOptions): TemplateResult {
  return html`<ul class="sessions" part="list" data-sessions aria-label=${options.t.devices.navLabel}>
    ${options.sessions.map((session, index) => sessionRow(options, session, index))}
  </ul>`;
}

function sessionRow(options: SessionListOptions, session: Session, index: number): TemplateResult {
  const { t, locale } = options;
  const texts = t.devices;
  const id = rowId(index);
  const city = session.place?.city ?? null;
  const code = session.place?.country ?? null;
  const country = code === null ? null : formatRegion(locale, code);
  const where = city !== null && country !== null ? texts.place(city, country) : (city ?? country ?? '');
  // The backend's clock and this one differ by a little: a minute ago is now, as far as a person cares.
  const justNow = now() - new Date(session.lastActiveAt).getTime() < 60_000;
  const active =
    session.current || justNow
      ? texts.activeNow
      : texts.lastActive(formatRelative(locale, session.lastActiveAt, now()));
  return html`<li
    class="session"
    part="session"
    data-session-id=${session.id}
    ?data-current=${session.current}
  >
    <div class="session-text">
      <p class="session-device" id=${`${id}-device`}>
        <span>${deviceName(t, session)}</span>
        ${session.current ? html`<span class="badge">${texts.thisDevice}</span>` : nothing}
      </p>
      <p class="note" id=${`${id}-details`}>
        ${details([session.device.browser ?? texts.unknownBrowser, where, active])}
      </p>
    </div>
    ${
      // This device is signed out by the product's own sign-out, which ends what the host keeps too.
      session.current
        ? nothing
        : button({
            label: texts.signOut,
            size: 'sm',
            id: `${id}-sign-out`,
            describedBy: `${id}-device ${id}-details`,
            busy: options.leaving === session.id,
            busyLabel: texts.signingOut,
            onClick: () => options.onSignOut(session),
          })
    }
  </li>`;
}

/**
 * Browser, place and last activity, each kept whole: a browser's Latin name beside an Arabic
 * place would otherwise be reordered with it.
 */
function details(pieces: string[]): TemplateResult[] {
  return pieces.filter(Boolean).map((piece, index) => html`${index > 0 ? ' · ' : ''}<bdi>${piece}</bdi>`);
}

/** What the open confirmation is for: one device, or every one but this. */
export type Confirming = { kind: 'one'; session: Session } | { kind: 'others' };

export interface SignOutDialogOptions {
  t: Catalog;
  confirming: Confirming | undefined;
  /** The action the dialog confirms now. */
  action: ActionState;
  onConfirm: () => void;
  onClose: () => void;
}

/** The confirmation before a device is signed out; a failure is said in it, where the person is. */
export function signOutDialog(options: SignOutDialogOptions): TemplateResult {
  const { t, confirming } = options;
  const texts = t.devices;
  const one = confirming?.kind === 'one' ? confirming.session : undefined;
  return confirmDialog(t, {
    id: 'sign-out-dialog',
    part: 'sign-out',
    heading: one ? texts.confirmHeading(deviceName(t, one)) : texts.confirmOthersHeading,
    warning: one ? texts.confirmIntro : texts.confirmOthersIntro,
    open: confirming !== undefined,
    action: options.action,
    confirm: {
      label: one ? texts.signOut : texts.confirmOthers,
      busyLabel: texts.signingOut,
      onClick: options.onConfirm,
      part: 'confirm-sign-out',
    },
    onClose: options.onClose,
  });
}
