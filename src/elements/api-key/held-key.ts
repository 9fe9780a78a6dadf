import type { ReactiveControllerHost } from 'lit';
import type { AccountAdapter } from '../../api/index.js';
import { RevealTimer } from './reveal-timer.js';

/** The full key, while it is on screen or on its way to the clipboard, and where it came from. */
export interface HeldKey {
  key: string;
  /** The id of the key it is: once another is in force, it is not shown. */
  id: string;
  adapter: AccountAdapter;
  accountId: string | undefined;
  /** `revealed`: shown until the timer hides it; `new`: just made, shown until Done; `copy`: never shown. */
  view: 'revealed' | 'new' | 'copy';
}

/**
 * The one place the full key is held. Forgetting it empties the field and asks for a render, so
 * the text leaves the screen at the same time; a revealed key is forgotten when its time is up.
 */
export class KeyHolder {
  private held: HeldKey | undefined;
  /** Counts down a revealed key; stopped for any other. */
  readonly timer: RevealTimer;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Said once a revealed key hid by itself. */
    onTimeUp: () => void,
  ) {
    this.timer = new RevealTimer(host, () => {
      this.forget();
      onTimeUp();
    });
  }

  get current(): HeldKey | undefined {
    return this.held;
  }

  hold(held: HeldKey): void {
    this.held = held;
    if (held.view === 'revealed') this.timer.start();
    else this.timer.stop();
    this.host.requestUpdate();
  }

  forget(): void {
    this.held = undefined;
    this.timer.stop();
    this.host.requestUpdate();
  }
}
