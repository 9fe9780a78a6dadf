import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles, field, fieldStyles, textInput, tokenStyles } from '../../src/ui/index.js';
import { inShadow } from './helpers.js';

@customElement('test-field-host')
class FieldHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, fieldStyles];

  @property() value = '';
  @property() error = '';
  @property() hint = '';
  blurred: string[] = [];

  override render() {
    return textInput({
      id: 'username',
      label: 'Username',
      value: this.value,
      hint: this.hint,
      error: this.error,
      autocomplete: 'username',
      maxlength: 30,
      part: 'username',
      onInput: (value) => (this.value = value),
      onBlur: (value) => this.blurred.push(value),
    });
  }
}

describe('field / textInput', () => {
  it('labels the input through for/id', async () => {
    const host = await fixture<FieldHost>(html`<test-field-host></test-field-host>`);
    const input = inShadow<HTMLInputElement>(host, 'input');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Username');
    expect(input.getAttribute('autocomplete')).to.equal('username');
    expect(input.maxLength).to.equal(30);
  });

  it('ties the hint and the error to the input with ids that exist, error first', async () => {
    const host = await fixture<FieldHost>(
      html`<test-field-host hint="Letters and digits." error="That username is taken."></test-field-host>`,
    );
    const input = inShadow<HTMLInputElement>(host, 'input');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids).to.deep.equal(['username-error', 'username-hint']);
    const texts = ids.map((id) => host.renderRoot.querySelector(`#${id}`)?.textContent?.trim());
    expect(texts).to.deep.equal(['That username is taken.', 'Letters and digits.']);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(inShadow(host, '.field-error').id).to.equal('username-error');
  });

  it('is valid and described by nothing when there is no hint or error', async () => {
    const host = await fixture<FieldHost>(html`<test-field-host></test-field-host>`);
    const input = inShadow<HTMLInputElement>(host, 'input');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('drops the error when it is cleared', async () => {
    const host = await fixture<FieldHost>(html`<test-field-host error="Required."></test-field-host>`);
    host.error = '';
    await host.updateComplete;
    expect(host.renderRoot.querySelector('#username-error')).to.equal(null);
    expect(inShadow(host, 'input').getAttribute('aria-invalid')).to.equal('false');
  });

  it('reports input and blur, and keeps the typed value through re-renders', async () => {
    const host = await fixture<FieldHost>(html`<test-field-host></test-field-host>`);
    const input = inShadow<HTMLInputElement>(host, 'input');
    input.value = 'ada';
    input.dispatchEvent(new Event('input'));
    await host.updateComplete;
    expect(host.value).to.equal('ada');
    input.dispatchEvent(new Event('blur'));
    expect(host.blurred).to.deep.equal(['ada']);
    host.value = 'grace';
    await host.updateComplete;
    expect(input.value).to.equal('grace');
  });

  it('gives generic and, with a prefix, specific part names', async () => {
    const host = await fixture<FieldHost>(html`<test-field-host hint="h" error="e"></test-field-host>`);
    const pieces = {
      field: '.field',
      label: 'label',
      input: 'input',
      hint: '.field-hint',
      error: '.field-error',
    };
    for (const [name, selector] of Object.entries(pieces)) {
      expect(inShadow(host, selector).getAttribute('part')).to.equal(`${name} username-${name}`);
    }
  });

  it('lets a custom control use the same wiring', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    const { render } = await import('lit');
    render(
      field({
        id: 'tz',
        label: 'Time zone',
        hint: 'Used for quiet hours.',
        control: (describedBy, invalid) =>
          html`<select
            id="tz"
            aria-describedby=${describedBy ?? ''}
            aria-invalid=${String(invalid)}
          ></select>`,
      }),
      el,
    );
    expect(el.querySelector('select')!.getAttribute('aria-describedby')).to.equal('tz-hint');
    expect(el.querySelector('label')!.htmlFor).to.equal('tz');
  });
});
