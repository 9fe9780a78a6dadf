/**
 * The demo account's billing cycle, seen at one fixed time: midnight UTC, twelve days into a 30-day
 * cycle that began at midnight UTC, so the projections come out round.
 */
import type { MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { DAY, TestClock } from './clock.js';
import { backend, type RecordingAdapter } from './recording-adapter.js';

export const NOW = Date.UTC(2025, 2, 15);
export const CYCLE_START = NOW - 12 * DAY;
export const CYCLE_END = CYCLE_START + 30 * DAY;

/** A backend at `NOW`, and the page's elements counting from `NOW` too (until `realTime()`). */
export function atNow(options: MemoryAdapterOptions = {}): RecordingAdapter {
  new TestClock(NOW).onPage();
  return backend({ now: () => NOW, ...options });
}
