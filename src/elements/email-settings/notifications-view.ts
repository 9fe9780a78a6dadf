import { html, type TemplateResult } from 'lit';
import type { NotificationSettings, NotificationUpdate } from '../../api/index.js';
import type { SwitchController } from '../../core/index.js';
import type { Catalog } from '../../i18n/index.js';
import { switchControl } from '../../ui/index.js';

type NotificationKind = keyof NotificationSettings;

/** Every kind of call an email can be about; the master switch turns all of them on or off. */
const NOTIFICATION_KINDS = ['missedCalls', 'voicemails'] as const satisfies readonly NotificationKind[];

/** Each kind's switch id. */
const KIND_NAMES: Record<NotificationKind, string> = {
  missedCalls: 'missed-calls',
  voicemails: 'voicemails',
};

/** What a flip sends: the kinds flipped, nothing else, so a kind changed elsewhere stays as it is. */
export function notificationUpdate(kinds: readonly string[], on: boolean): NotificationUpdate {
  const update: NotificationUpdate = {};
  for (const kind of NOTIFICATION_KINDS) if (kinds.includes(kind)) update[kind] = on;
  return update;
}

/**
 * The email notifications part: its heading, one level under the card's, over its content (the
 * switches, or their own skeleton or failure, so the address part never waits for them).
 */
export function notificationsPart(t: Catalog, level: number, content: TemplateResult): TemplateResult {
  return html`
    <div
      id="notifications"
      class="notifications"
      part="notifications"
      role="group"
      aria-labelledby="notifications-heading"
    >
      <p id="notifications-heading" class="subheading" role="heading" aria-level=${Math.min(6, level)}>
        ${t.email.notificationsHeading}
      </p>
      ${content}
    </div>
  `;
}

/** The master switch ("Email me about calls"), on while any kind is, and under it one per kind. */
export function notificationSwitches(
  t: Catalog,
  switches: SwitchController<NotificationSettings>,
): TemplateResult {
  return html`
    <div class="switches">
      ${switchControl({
        id: 'all-calls',
        label: t.email.notifyAll,
        hint: t.email.notifyAllHint,
        checked: NOTIFICATION_KINDS.some((kind) => switches.isOn(kind)),
        busy: NOTIFICATION_KINDS.every((kind) => switches.busy(kind)),
        disabled: switches.waiting,
        onChange: (on) => switches.flipAll(NOTIFICATION_KINDS, on),
      })}
      <div class="switch-kinds">
        ${NOTIFICATION_KINDS.map((kind) =>
          switchControl({
            id: KIND_NAMES[kind],
            label: t.email[kind],
            checked: switches.isOn(kind),
            busy: switches.busy(kind),
            disabled: switches.waiting,
            onChange: (on) => switches.flip(kind, on),
          }),
        )}
      </div>
    </div>
  `;
}
