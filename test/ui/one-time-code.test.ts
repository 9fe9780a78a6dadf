import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  baseStyles,
  codeDigits,
  fieldStyles,
  oneTimeCode,
  oneTimeCodeStyles,
  tokenStyles,
} from '../../src/ui/index.js';
import { dispatchPaste } from '../harness/element-harness.js';
import { inShadow } from './helpers.js';

@customElement('test-code-host')
class CodeHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, fieldStyles, oneTimeCodeStyles];

  @property() value = '';
  @property() error = '';
  completed: string[] = [];

  override render() {
    return oneTimeCode({
      id: 'code',
      label: 'Verification code',
      hint: 'We sent it to +1 415 555 0123.',
      value: this.value,
      error: this.error,
      onInput: (value) => (this.value = value),
      onComplete: (value) => this.completed.push(value),
    });
  }
}

function paste(input: HTMLInputElement, text: string): void {
  dispatchPaste(input, text);
}

describe('oneTimeCode', () => {
  it('is one input that SMS autofill and numeric keyboards understand', async () => {
    const host = await fixture<CodeHost>(html`<test-code-host></test-code-host>`);
    const inputs = host.renderRoot.querySelectorAll('input');
    expect(inputs.length).to.equal(1);
    const input = inputs[0]!;
    // The attribute is what autofill reads; Firefox's `autocomplete` property returns '' for a token it
    // does not implement itself.
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.inputMode).to.equal('numeric');
    expect(input.pattern).to.equal('[0-9]{6}');
    expect(input.maxLength).to.equal(6);
    expect(input.getAttribute('aria-describedby')).to.equal('code-hint');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Verification code');
  });

  it('keeps only the digits of a paste and completes: "123 456"', async () => {
    const host = await fixture<CodeHost>(html`<test-code-host></test-code-host>`);
    const input = inShadow<HTMLInputElement>(host, 'input');
    input.focus();
    paste(input, '123 456');
    await host.updateComplete;
    expect(input.value).to.equal('123456');
    expect(host.value).to.equal('123456');
    expect(host.completed).to.deep.equal(['123456']);
  });

  it('keeps only the digits of a paste with a dash, longer than maxlength allows', async () => {
    const host = await fixture<CodeHost>(html`<test-code-host></test-code-host>`);
    const input = inShadow<HTMLInputElement>(host, 'input');
    paste(input, ' 123-456\n');
    expect(input.value).to.equal('123456');
    expect(host.completed).to.deep.equal(['123456']);
  });

  it('cleans up an input event (autofill, drop) the same way', async () => {
    const host = await fixture<CodeHost>(html`<test-code-host></test-code-host>`);
    const input = inShadow<HTMLInputElement>(host, 'input');
    input.value = '12-3a';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(input.value).to.equal('123');
    expect(host.value).to.equal('123');
    expect(host.completed).to.deep.equal([]);
  });

  it('drops typed spaces and letters as they are typed', async () => {
    const host = await fixture<CodeHost>(html`<test-code-host></test-code-host>`);
    const input = inShadow<HTMLInputElement>(host, 'input');
    input.focus();
    await sendKeys({ type: '12 3x45 6' });
    await host.updateComplete;
    expect(input.value).to.equal('123456');
    expect(host.completed).to.deep.equal(['123456']);
  });

  it('reads digits from other scripts as ASCII', () => {
    expect(codeDigits('١٢٣-٤٥٦')).to.equal('123456');
    expect(codeDigits('۱۲۳ ۴۵۶')).to.equal('123456');
    expect(codeDigits('１２３４５６')).to.equal('123456');
    expect(codeDigits('12345678', 6)).to.equal('123456');
  });

  it('is invalid and tied to its error when the code is wrong', async () => {
    const host = await fixture<CodeHost>(
      html`<test-code-host error="That code is not right."></test-code-host>`,
    );
    const input = inShadow<HTMLInputElement>(host, 'input');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('code-error code-hint');
  });
});
