/** A delay in ms, fixed or drawn evenly from a range. */
export type Latency = number | { min: number; max: number };

export function pickDelay(latency: Latency | undefined): number {
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return Math.max(0, latency);
  const { min, max } = latency;
  return Math.max(0, min + Math.random() * Math.max(0, max - min));
}

/** Waits, or rejects with the signal's reason as soon as it aborts, as `fetch` does. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    // No latency asked for: answer on the next microtask rather than the next timer tick.
    if (ms <= 0) {
      resolve();
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
