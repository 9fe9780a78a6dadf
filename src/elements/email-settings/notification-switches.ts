import type { AccountError, NotificationSettings, NotificationUpdate } from '../../api/index.js';
import { ActionController, type ActionHost } from '../../core/index.js';

export type NotificationKind = keyof NotificationSettings;

/** Every kind of call an email can be about; the master switch turns all of them on or off. */
export const NOTIFICATION_KINDS = [
  'missedCalls',
  'voicemails',
] as const satisfies readonly NotificationKind[];

export interface NotificationSwitchesOptions {
  onSaved: (settings: NotificationSettings) => void;
  onFailed: (error: AccountError) => void;
}

/**
 * The email-notification switches, each saved the moment it is flipped. A switch shows the stored
 * value, which only a successful save changes, so a failed save puts it back by itself; while a
 * save runs, the switches it concerns show the value asked for.
 *
 * One save at a time: each update is made against the version last read, so two in flight would
 * make the second a conflict. The other switches wait (disabled) until the answer is in.
 */
export class NotificationSwitches {
  readonly saving: ActionController<[NotificationUpdate], NotificationSettings>;
  /** What the save in flight asks for. */
  private wanted: NotificationUpdate = {};

  constructor(host: ActionHost, options: NotificationSwitchesOptions) {
    this.saving = new ActionController(host, {
      call: (adapter, [update], callOptions) => adapter.updateNotificationSettings(update, callOptions),
      saves: 'notifications',
      affects: ['notifications'],
      // The failure is said with what was not saved, by the element.
      quiet: true,
      onSuccess: (settings) => options.onSaved(settings),
      onFailure: (error) => options.onFailed(error),
    });
  }

  /** The settings to show: the stored ones, with the save in flight applied. */
  shown(stored: NotificationSettings): NotificationSettings {
    return this.saving.pending ? { ...stored, ...this.wanted } : stored;
  }

  /** The master switch is on while any kind is. */
  anyOn(stored: NotificationSettings): boolean {
    const shown = this.shown(stored);
    return NOTIFICATION_KINDS.some((kind) => shown[kind]);
  }

  /** This kind's switch is the one being saved. */
  busy(kind: NotificationKind): boolean {
    return this.saving.pending && this.wanted[kind] !== undefined;
  }

  /** The master switch is being saved: it asked for every kind. */
  get allBusy(): boolean {
    return NOTIFICATION_KINDS.every((kind) => this.busy(kind));
  }

  /** No switch takes a change now: another save is in flight, or the backend asked to wait. */
  get waiting(): boolean {
    return this.saving.pending || this.saving.waitSeconds > 0;
  }

  set(kind: NotificationKind, on: boolean): void {
    this.save({ [kind]: on });
  }

  setAll(on: boolean): void {
    this.save(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, on])));
  }

  private save(update: NotificationUpdate): void {
    if (this.waiting) return;
    this.wanted = update;
    void this.saving.run(update);
  }
}
