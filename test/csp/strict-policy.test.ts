/**
 * The library under a strict Content-Security-Policy with Trusted Types, as a careful host sends it:
 * every element taken through its main flow on a page of its own (`strict.html`, sent with the policy
 * by the test server), with no violation at all. README's "Content Security Policy" quotes this policy.
 */
import { expect } from '@open-wc/testing';
import type { StrictPageReport } from './recorder.js';

const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
];

/** What the library needs: the strict policy, with Lit's one Trusted Types policy allowed by name. */
const LIBRARY_POLICY = [...STRICT, 'trusted-types lit-html'].join('; ');

/** Not one Trusted Types policy may be created. */
const NO_POLICIES = [...STRICT, "trusted-types 'none'"].join('; ');

/** Opens `strict.html` under `policy` in a frame and waits for what it reports. */
async function underPolicy(policy: string): Promise<StrictPageReport> {
  const frame = document.createElement('iframe');
  // Wide enough for the page's two-column layout, so the flow is the desktop one.
  frame.width = '1024';
  frame.height = '768';
  frame.src = `/test/csp/strict.html?policy=${encodeURIComponent(policy)}`;
  const report = new Promise<StrictPageReport>((resolve) => {
    const onMessage = (event: MessageEvent<StrictPageReport>) => {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      resolve(event.data);
    };
    addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

/** A violation as one line, so a failure says what was refused, where, and in which step. */
function described(report: StrictPageReport): string[] {
  return report.violations.map(({ step, directive, blocked, sample }) =>
    `${step}: ${directive} refused ${blocked} ${sample}`.trim(),
  );
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('the page is sent with the policy its URL names', async () => {
    const response = await fetch(`/test/csp/strict.html?policy=${encodeURIComponent(LIBRARY_POLICY)}`);
    expect(response.headers.get('content-security-policy')).to.equal(LIBRARY_POLICY);
  });

  it('every element goes through its main flow with no violation', async function () {
    // The page loads the library, the numbering plans and the password list before the flow starts.
    this.timeout(60_000);
    const report = await underPolicy(LIBRARY_POLICY);
    expect(report.failed?.error ?? '', `the flow stopped at "${report.failed?.step}"`).to.equal('');
    expect(report.done).to.deep.equal([
      'mount <account-settings>',
      'save the profile name',
      'change the cell number with the code',
      'change the password with the current one',
      'toggle a notification',
      'reveal the API key',
      'open and cancel the delete dialog',
      'turn on the authenticator app: its QR code drawn, its first code',
      'open the settings menu',
    ]);
    expect(described(report)).to.deep.equal([]);
    // Proof the page was strict: a style attribute and a string for a script were both refused.
    expect([...report.probes].sort(), 'the policy is in force').to.deep.equal([
      'require-trusted-types-for',
      'style-src-attr',
    ]);
  });

  it("needs Lit's policy: with trusted-types 'none' Lit cannot load, and nothing else is refused", async function () {
    this.timeout(60_000);
    const report = await underPolicy(NO_POLICIES);
    expect(report.failed?.step).to.equal('loading the library');
    expect(described(report)).to.deep.equal([
      'loading the library: trusted-types refused trusted-types-policy lit-html',
    ]);
  });
});
