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
