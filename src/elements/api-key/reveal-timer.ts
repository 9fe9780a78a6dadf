import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { now, Ticker } from '../../core/index.js';

/** How long a revealed key stays on screen. */
export const REVEAL_MS = 30_000;

/**
 * How long a revealed key may stay on screen: a countdown by the page's clock (so tests and demos
 * move time with `configure({ now })`), cut short as soon as the page is hidden, since a key left
 * on a screen nobody is looking at is read by whoever looks next.
 */
export class RevealTimer implements ReactiveController {
  private hidesAt: number | undefined;
  /** Moves the "Hides in 12 s" on, and hides the key when the time is up. */
  private readonly ticker: Ticker;
  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.expire();
  };

  constructor(
    host: ReactiveControllerHost,
    /** Hides the key: the time is up or the page was hidden. */
    private readonly onExpire: () => void,
  ) {
    this.ticker = new Ticker(host, {
      counting: () => this.secondsLeft > 0,
      onTick: () => (this.secondsLeft === 0 ? this.expire() : host.requestUpdate()),
    });
    host.addController(this);
  }

  get running(): boolean {
    return this.hidesAt !== undefined;
  }

  /** Whole seconds before the key hides; 0 when it is not shown. */
  get secondsLeft(): number {
    return this.hidesAt === undefined ? 0 : Math.max(0, Math.ceil((this.hidesAt - now()) / 1000));
  }

  start(): void {
    this.hidesAt = now() + REVEAL_MS;
    // A new reveal counts its seconds from now.
    this.ticker.stop();
    this.ticker.start();
  }

  stop(): void {
    this.hidesAt = undefined;
    this.ticker.stop();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  private expire(): void {
    if (!this.running) return;
    this.stop();
    this.onExpire();
  }
}
