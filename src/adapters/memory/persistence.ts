import { STATE_VERSION, type MemoryState } from './state.js';

/** The state in `localStorage`, read back only when it was written by this version of the shape. */
export function loadState(key: string): MemoryState | null {
  try {
    const text = localStorage.getItem(key);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    return isCurrentState(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveState(key: string, state: MemoryState): void {
  try {
    localStorage.setItem(key, JSON.stringify(state));
  } catch (error) {
    console.warn('MemoryAdapter: the state could not be saved to localStorage', error);
  }
}

/**
 * Calls `takeUp` with the state another tab of the page's origin saves under `key` (the `storage`
 * event, which a tab never gets for its own writes), for as long as `owner` lives: the listener
 * holds it weakly, so an owner nobody uses any more is collected and the listener goes with it.
 */
export function followOtherTabs<T extends object>(
  key: string,
  owner: T,
  takeUp: (owner: T, state: MemoryState) => void,
): void {
  if (typeof globalThis.addEventListener !== 'function' || typeof localStorage === 'undefined') return;
  const reference = new WeakRef(owner);
  const onStorage = (event: Event): void => {
    const target = reference.deref();
    if (!target) {
      globalThis.removeEventListener('storage', onStorage);
      return;
    }
    if (!(event instanceof StorageEvent) || event.key !== key) return;
    const state = loadState(key);
    if (state) takeUp(target, state);
  };
  globalThis.addEventListener('storage', onStorage);
}

export function clearState(key: string): void {
  localStorage.removeItem(key);
}

// A light check: the state is our own, written by this code; the version guards against old shapes.
function isCurrentState(value: unknown): value is MemoryState {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'version' in value &&
    value.version === STATE_VERSION &&
    'accounts' in value &&
    Array.isArray(value.accounts)
  );
}
