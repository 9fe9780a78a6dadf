import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  delay,
  isAbort,
  isAccountError,
  username as usernameSchema,
  validate,
  type AccountAdapter,
} from '../../api/index.js';
import { now } from '../../core/index.js';

export type UsernameCheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'available' }
  | { kind: 'unavailable'; reason: string }
  /** The backend limits how often names are checked: none is asked until `until` (epoch ms). */
  | { kind: 'paused'; until: number }
  | { kind: 'failed' };

/** How long typing must pause before the backend is asked. */
export const USERNAME_CHECK_DELAY = 300;

/**
 * Asks whether a username is free as the person types: debounced, and each new value aborts the
 * check before it, so a late answer about an older value is never shown. When the backend says
 * names are checked too often (`rate_limited`), it asks nothing more until the wait is over, then
 * checks what is typed by then; saving is not held up, as the save is checked on its own.
 */
export class UsernameCheck implements ReactiveController {
  private readonly task: Task<[AccountAdapter | undefined, string, string | undefined], string | undefined>;
  private pausedUntil = 0;
  private resume: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    inputs: () => [adapter: AccountAdapter | undefined, value: string, current: string | undefined],
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: inputs,
      task: async ([adapter, value, current], { signal }) => {
        const parsed = validate(usernameSchema, value);
        if (!adapter || !parsed.ok || parsed.data === current || this.paused) return undefined;
        await delay(USERNAME_CHECK_DELAY, signal);
        try {
          const answer = await adapter.checkUsername(parsed.data, { signal });
          return answer.available ? '' : (answer.reason ?? 'username_taken');
        } catch (error) {
          if (isAccountError(error, 'rate_limited')) this.pause(error.retryAfter ?? 60);
          throw error;
        }
      },
    });
  }

  get state(): UsernameCheckState {
    if (this.paused) return { kind: 'paused', until: this.pausedUntil };
    const { status } = this.task;
    if (status === TaskStatus.PENDING) return { kind: 'checking' };
    if (status === TaskStatus.ERROR)
      return isAbort(this.task.error) ? { kind: 'checking' } : { kind: 'failed' };
    const reason = this.task.value;
    if (status !== TaskStatus.COMPLETE || reason === undefined) return { kind: 'idle' };
    return reason === '' ? { kind: 'available' } : { kind: 'unavailable', reason };
  }

  hostDisconnected(): void {
    clearTimeout(this.resume);
    this.resume = undefined;
  }

  hostConnected(): void {
    if (this.paused) this.scheduleResume();
  }

  private get paused(): boolean {
    return now() < this.pausedUntil;
  }

  private pause(seconds: number): void {
    this.pausedUntil = now() + seconds * 1000;
    this.scheduleResume();
  }

  private scheduleResume(): void {
    clearTimeout(this.resume);
    this.resume = setTimeout(
      () => {
        this.resume = undefined;
        // The wait is over, whatever the clock reads: a timer may fire a moment before a coarse
        // clock (Firefox rounds it) reaches the end, and the check would then stay paused for good.
        this.pausedUntil = 0;
        void this.task.run();
      },
      Math.max(0, this.pausedUntil - now()),
    );
  }
}
