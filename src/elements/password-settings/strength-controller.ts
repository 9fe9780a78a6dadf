import type { ReactiveControllerHost } from 'lit';
import { LazyModule } from '../../core/index.js';
import type * as PasswordStrength from '../../kit/password-strength.js';
import type { StrengthLevel } from '../../kit/password-strength.js';

/**
 * The new password's strength hint. The estimate loads with `import()` the first time the person
 * types a new password, so a page where nobody does never downloads it. Nothing typed is kept here:
 * the level is computed from the value passed in at each render.
 */
export class StrengthController {
  private readonly estimate: LazyModule<typeof PasswordStrength>;

  constructor(host: ReactiveControllerHost) {
    this.estimate = new LazyModule(host, () => import('../../kit/password-strength.js'));
  }

  /** Starts loading the estimate; the host renders again once it is there. */
  load(): void {
    // A hint is no reason to fail: without the chunk (offline) there is none, and the next
    // keystroke tries again.
    this.estimate.load().catch(() => {});
  }

  /** The strength of `password`, or undefined while it is empty or the estimate is not loaded. */
  of(password: string, username: string | undefined): StrengthLevel | undefined {
    const estimate = this.estimate.module?.estimatePasswordStrength;
    return password && estimate ? estimate(password, { username }) : undefined;
  }
}
