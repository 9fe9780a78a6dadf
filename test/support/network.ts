/**
 * The browser losing its network, as a person's laptop does: `navigator.onLine` turns false and the
 * window hears `offline`; when it comes back, `onLine` is the browser's own again and the window
 * hears `online`. Elements listen for both (an action that failed offline offers to try again once
 * back), so both are sent, as a browser sends them.
 */

/** The browser is offline until the returned function is called. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  globalThis.dispatchEvent(new Event('offline'));
  return () => {
    Reflect.deleteProperty(navigator, 'onLine');
    globalThis.dispatchEvent(new Event('online'));
  };
}
