import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TickerOptions {
  /** Something on screen still counts down; once nothing does, the ticker stops by itself. */
  counting: () => boolean;
  /** What each beat does; by default the host renders again, so the times shown move on. */
  onTick?: () => void;
  /** Milliseconds between beats: a second by default, a minute for "2 hours ago". */
  every?: number;
}

/**
 * A beat for times on screen that move: once a second for a countdown (a wait after
 * `rate_limited`, a code's resend and expiry, how long a revealed key stays shown), once a minute
 * for a relative time ("last active 2 hours ago"). The times themselves are read from the page
 * clock (`configure({ now })`); this only makes the host render again while they move. It stops
 * while the host is off the page, and starts again when the host comes back with something still
 * counting. A browser slows or stops timers in a tab out of sight, so when the person comes back to
 * the page it beats at once rather than show stale times until the next beat.
 */
export class Ticker implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private readonly host: ReactiveControllerHost;
  private readonly options: TickerOptions;

  constructor(host: ReactiveControllerHost, options: TickerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Starts beating, unless it already is. */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => this.tick(), this.options.every ?? 1000);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.tick();
  };

  hostConnected(): void {
    if (this.options.counting()) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private tick(): void {
    // The last beat still renders: it is the one that shows the countdown at its end.
    if (!this.options.counting()) this.stop();
    if (this.options.onTick) this.options.onTick();
    else this.host.requestUpdate();
  }
}

/**
 * For a host that shows relative times ("last active 2 hours ago"), read from the page clock at
 * each render: it renders again once a minute, and as the person comes back to the page, so the
 * times do not go stale on a page left open.
 */
export function keepRelativeTimesCurrent(host: ReactiveControllerHost): void {
  new Ticker(host, { counting: () => true, every: 60_000 });
}
