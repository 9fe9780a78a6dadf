import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import {
  delay,
  isAbort,
  username as usernameSchema,
  validate,
  type AccountAdapter,
} from '../../api/index.js';

export type UsernameCheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'available' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'failed' };

/** How long typing must pause before the backend is asked. */
export const USERNAME_CHECK_DELAY = 300;

/**
 * Asks whether a username is free as the person types: debounced, and each new value aborts the
 * check before it, so a late answer about an older value is never shown.
 */
export class UsernameCheck {
  private readonly task: Task<[AccountAdapter | undefined, string, string | undefined], string | undefined>;

  constructor(
    host: ReactiveControllerHost,
    inputs: () => [adapter: AccountAdapter | undefined, value: string, current: string | undefined],
  ) {
    this.task = new Task(host, {
      args: inputs,
      task: async ([adapter, value, current], { signal }) => {
        const parsed = validate(usernameSchema, value);
        if (!adapter || !parsed.ok || parsed.data === current) return undefined;
        await delay(USERNAME_CHECK_DELAY, signal);
        const answer = await adapter.checkUsername(parsed.data, { signal });
        return answer.available ? '' : (answer.reason ?? 'username_taken');
      },
    });
  }

  get state(): UsernameCheckState {
    const { status } = this.task;
    if (status === TaskStatus.PENDING) return { kind: 'checking' };
    if (status === TaskStatus.ERROR)
      return isAbort(this.task.error) ? { kind: 'checking' } : { kind: 'failed' };
    const reason = this.task.value;
    if (status !== TaskStatus.COMPLETE || reason === undefined) return { kind: 'idle' };
    return reason === '' ? { kind: 'available' } : { kind: 'unavailable', reason };
  }
}
