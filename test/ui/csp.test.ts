/*
 * This page runs under a strict style-src, as a host with a Content-Security-Policy would. Styles must
 * come from constructed style sheets and computed values through the CSSOM, never `style` attributes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  baseStyles,
  fieldStyles,
  meter,
  meterStyles,
  oneTimeCode,
  oneTimeCodeStyles,
  tokenStyles,
} from '../../src/ui/index.js';
import { computed, inShadow } from './helpers.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));

const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "style-src 'self'";
document.head.append(policy);

@customElement('test-csp-host')
class CspHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, fieldStyles, meterStyles, oneTimeCodeStyles];

  override render() {
    return html`
      ${meter({ id: 'm', label: 'Minutes', value: 25, max: 100, valueText: '25 of 100 minutes' })}
      ${oneTimeCode({ id: 'code', label: 'Code', value: '', length: 8, onInput: () => {} })}
    `;
  }
}

describe('under style-src without unsafe-inline', () => {
  it('a meter is styled and filled, with no violation', async () => {
    const host = await fixture<CspHost>(html`<test-csp-host></test-csp-host>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const track = inShadow(host, '.meter-track').getBoundingClientRect().width;
    const fill = inShadow(host, '.meter-fill').getBoundingClientRect().width;
    expect(track).to.be.greaterThan(0);
    expect(fill).to.be.closeTo(track / 4, 0.5);
    expect(computed(inShadow(host, '.meter-fill'), 'background-color')).to.equal('rgb(79, 70, 229)');
    expect(violations).to.deep.equal([]);
  });

  it('a one-time-code input gets its length', async () => {
    const host = await fixture<CspHost>(html`<test-csp-host></test-csp-host>`);
    const input = inShadow(host, 'input');
    expect(input.style.getPropertyValue('--_code-length')).to.equal('8');
    expect(violations).to.deep.equal([]);
  });

  it('really enforces the policy on style attributes', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'inline-size: 10px');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.include('style-src-attr');
    probe.remove();
    violations.length = 0;
  });
});
