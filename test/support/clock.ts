/**
 * The one clock a test moves by hand. A `MemoryAdapter` takes it as its `now` (code expiry, cooldowns,
 * the billing cycle); the page's elements count by it once `onPage()` is called (countdowns, "sent
 * 2 minutes ago"), until `realTime()` gives them `Date.now` back. Nothing waits real seconds.
 */
import { configure } from '../../src/core/configure.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;

export class TestClock {
  private time: number;

  /** Starts at `start` (epoch milliseconds), or at the real time now. */
  constructor(start: number = Date.now()) {
    this.time = start;
  }

  /** The clock's time: hand it to a `MemoryAdapter` as `now`. */
  readonly now = (): number => this.time;

  advance(ms: number): void {
    this.time += ms;
  }

  /** The page's elements count by this clock too, until `realTime()`. */
  onPage(): this {
    configure({ now: this.now });
    return this;
  }
}

/** The page's elements count by the real clock again. */
export function realTime(): void {
  configure({ now: undefined });
}
