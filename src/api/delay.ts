/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts, as `fetch` does. Shared by
 * the adapters (latency, retry backoff) and the elements (debounce), which all must stop waiting
 * the moment their caller gives up.
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    // Nothing to wait for: answer on the next microtask rather than the next timer tick.
    if (ms <= 0) {
      resolve();
      return;
    }
    const onAbort = (): void => {
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
