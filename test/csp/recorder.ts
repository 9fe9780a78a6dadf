/**
 * Records what the Content-Security-Policy of `strict.html` refuses, and sends the report to the test
 * that opened the page in a frame. Loaded before the library, so a library that fails to load under the
 * policy is reported too (with the violation that made it fail) instead of leaving the test waiting.
 */

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  /** The step of the flow that was running. */
  step: string;
}

export interface StrictPageReport {
  /** The steps that finished, in order. */
  done: string[];
  /** The step that failed, and why; none when the flow ran to its end. */
  failed?: { step: string; error: string };
  /** What the policy refused while the elements were loaded and used. */
  violations: Violation[];
  /** The directives that refused the probes run after the flow: proof that the policy is in force. */
  probes: string[];
}

const violations: Violation[] = [];
let failed: StrictPageReport['failed'];
let sent = false;

export const recorder = {
  step: 'loading the library',
  done: [] as string[],

  fail(error: unknown): void {
    failed ??= { step: this.step, error: String(error) };
  },

  probes(): Violation[] {
    return violations.filter((violation) => violation.step === 'probes');
  },

  send(): void {
    if (sent) return;
    sent = true;
    const report: StrictPageReport = {
      done: this.done,
      ...(failed ? { failed } : {}),
      violations: violations.filter((violation) => violation.step !== 'probes'),
      probes: this.probes().map((violation) => violation.directive),
    };
    parent.postMessage(report, location.origin);
  },
};

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    step: recorder.step,
  });
});

// A module that throws while it loads (the library refused by the policy) never runs the flow.
addEventListener('error', (event) => {
  if (recorder.step !== 'loading the library') return;
  recorder.fail(event.error ?? event.message);
  // Let the violation that caused it arrive first.
  setTimeout(() => recorder.send(), 100);
});
