import { html, type TemplateResult } from 'lit';
import type { NotificationSettings } from '../../api/index.js';
import type { Catalog } from '../../i18n/index.js';
import { switchControl } from '../../ui/index.js';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationSwitches,
} from './notification-switches.js';

/** Each kind's switch id and the prefix of its part names. */
const KIND_NAMES: Record<NotificationKind, string> = {
  missedCalls: 'missed-calls',
  voicemails: 'voicemails',
};

/**
 * The email notifications part: its heading, one level under the card's, over its content (the
 * switches, or their own skeleton or failure, so the address part never waits for them).
 */
export function notificationsPart(t: Catalog, level: number, content: TemplateResult): TemplateResult {
  return html`
    <div class="notifications" part="notifications" role="group" aria-labelledby="notifications-heading">
      <p
        id="notifications-heading"
        class="subheading"
        role="heading"
        aria-level=${Math.min(6, level)}
        part="notifications-heading"
      >
        ${t.email.notificationsHeading}
      </p>
      ${content}
    </div>
  `;
}

/** The master switch ("Email me about calls"), and under it one switch per kind of call. */
export function notificationSwitches(
  t: Catalog,
  switches: NotificationSwitches,
  stored: NotificationSettings,
): TemplateResult {
  const shown = switches.shown(stored);
  return html`
    <div class="switches">
      ${switchControl({
        id: 'all-calls',
        label: t.email.notifyAll,
        hint: t.email.notifyAllHint,
        checked: switches.anyOn(stored),
        busy: switches.allBusy,
        disabled: switches.waiting,
        onChange: (on) => switches.setAll(on),
        part: 'all-calls',
      })}
      <div class="switch-kinds">
        ${NOTIFICATION_KINDS.map((kind) =>
          switchControl({
            id: KIND_NAMES[kind],
            label: t.email[kind],
            checked: shown[kind],
            busy: switches.busy(kind),
            disabled: switches.waiting,
            onChange: (on) => switches.set(kind, on),
            part: KIND_NAMES[kind],
          }),
        )}
      </div>
    </div>
  `;
}
