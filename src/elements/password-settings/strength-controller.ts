import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StrengthContext, StrengthLevel } from '../../fragments/password-strength.js';

type Estimate = (password: string, context: StrengthContext) => StrengthLevel;

/**
 * The new password's strength hint. The estimate loads with `import()` the first time the person
 * types a new password, so a page where nobody does never downloads it. Nothing typed is kept here:
 * the level is computed from the value passed in at each render.
 */
export class StrengthController implements ReactiveController {
  private estimate?: Estimate;
  private loading?: Promise<void>;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Starts loading the estimate; the host renders again once it is there. */
  load(): void {
    if (this.estimate) return;
    this.loading ??= import('../../fragments/password-strength.js').then(
      (module) => {
        this.estimate = module.estimatePasswordStrength;
        this.host.requestUpdate();
      },
      // A hint is no reason to fail: without the chunk (offline) there is none, and the next
      // keystroke tries again.
      () => {
        this.loading = undefined;
      },
    );
  }

  /** The strength of `password`, or undefined while it is empty or the estimate is not loaded. */
  of(password: string, username: string | undefined): StrengthLevel | undefined {
    return password && this.estimate ? this.estimate(password, { username }) : undefined;
  }

  hostConnected(): void {}
}
