import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { now } from '../../core/index.js';

/** The shortest time, in seconds, between two reads the element makes on its own. */
export const MIN_REFRESH_SECONDS = 15;

/** Calls `callback` once after `delay` ms; the answer cancels it. */
export type Schedule = (callback: () => void, delay: number) => () => void;

export interface UsageRefreshOptions {
  /** Seconds between reads; undefined, 0 or less: none. Below the floor counts as the floor. */
  seconds: () => number | undefined;
  read: () => Promise<unknown>;
  schedule: Schedule;
}

/**
 * Reads the usage again every so often, while the element is on the page and the page is seen: a
 * hidden tab asks nothing, and one shown again after the interval has passed reads at once.
 */
export class UsageRefresh implements ReactiveController {
  private readonly options: UsageRefreshOptions;
  private cancel: (() => void) | undefined;
  /** The interval in effect, in ms, to notice when the attribute changes. */
  private interval: number | undefined;
  private lastRead = 0;
  private connected = false;
  private readonly onVisibilityChange = (): void => this.plan();

  constructor(host: ReactiveControllerHost, options: UsageRefreshOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // The element reads the usage as it arrives: the first periodic read is one interval later.
    this.lastRead = now();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.plan();
  }

  hostUpdated(): void {
    if (this.wanted() !== this.interval) this.plan();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  private wanted(): number | undefined {
    const seconds = this.options.seconds();
    if (seconds === undefined || !(seconds > 0)) return undefined;
    return Math.max(seconds, MIN_REFRESH_SECONDS) * 1000;
  }

  /** The next read, from the last one: now if it is overdue, none while hidden or off. */
  private plan(): void {
    this.stop();
    this.interval = this.wanted();
    if (this.interval === undefined || !this.connected || document.visibilityState !== 'visible') return;
    const wait = this.lastRead + this.interval - now();
    if (wait <= 0) this.read();
    else this.cancel = this.options.schedule(() => this.read(), wait);
  }

  private read(): void {
    this.cancel = undefined;
    this.lastRead = now();
    this.plan();
    // A failed read keeps the usage last shown; the next one tries again.
    void this.options.read().catch(() => {});
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
