import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TickerOptions {
  /** Something on screen still counts down; once nothing does, the ticker stops by itself. */
  counting: () => boolean;
  /** What each second does; by default the host renders again, so the seconds shown move on. */
  onTick?: () => void;
}

/**
 * A once-a-second beat for a countdown on screen: a wait after `rate_limited`, a code's resend and
 * expiry, how long a revealed key stays shown. The times themselves are read from the page clock
 * (`configure({ now })`); this only makes the host render again while they move. It stops while the
 * host is off the page, and starts again when the host comes back with something still counting.
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
    this.timer = setInterval(() => this.tick(), 1000);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

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
