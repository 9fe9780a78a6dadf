import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles, button, buttonStyles, deepActiveElement, tokenStyles } from '../../src/ui/index.js';
import { inShadow } from './helpers.js';

@customElement('test-button-host')
class ButtonHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, buttonStyles];

  @property({ type: Boolean }) busy = false;
  @property({ type: Boolean }) disabled = false;
  clicks = 0;
  submits = 0;

  override render() {
    return html`
      <form
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          this.submits++;
        }}
      >
        <input aria-label="Name" />
        ${button({
          label: 'Save changes',
          busyLabel: 'Saving…',
          variant: 'primary',
          type: 'submit',
          busy: this.busy,
          disabled: this.disabled,
          onClick: () => this.clicks++,
        })}
      </form>
    `;
  }
}

describe('button', () => {
  it('is a native button with its variant in class and part names', async () => {
    const host = await fixture<ButtonHost>(html`<test-button-host></test-button-host>`);
    const el = inShadow<HTMLButtonElement>(host, 'button');
    expect(el.type).to.equal('submit');
    expect(el.getAttribute('part')).to.equal('button button-primary');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    el.click();
    expect(host.clicks).to.equal(1);
    expect(host.submits).to.equal(1);
  });

  it('keeps focus while it turns busy, and says so', async () => {
    const host = await fixture<ButtonHost>(html`<test-button-host></test-button-host>`);
    const el = inShadow<HTMLButtonElement>(host, 'button');
    el.focus();
    const width = el.getBoundingClientRect().width;
    host.busy = true;
    await host.updateComplete;
    expect(deepActiveElement()).to.equal(el);
    expect(el.disabled).to.equal(false);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getAttribute('aria-disabled')).to.equal('true');
    expect(el.getBoundingClientRect().width).to.equal(width);
    expect(el.querySelector('.button-spinner')).not.to.equal(null);
    expect(el.querySelector('.visually-hidden')!.textContent).to.equal('Saving…');
    expect(el.querySelector('.button-label')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('ignores clicks and does not submit its form while busy', async () => {
    const host = await fixture<ButtonHost>(html`<test-button-host busy></test-button-host>`);
    inShadow<HTMLButtonElement>(host, 'button').click();
    expect(host.clicks).to.equal(0);
    expect(host.submits).to.equal(0);
  });

  it('blocks implicit submission (Enter in a field) while busy', async () => {
    const host = await fixture<ButtonHost>(html`<test-button-host busy></test-button-host>`);
    inShadow<HTMLInputElement>(host, 'input').focus();
    await sendKeys({ press: 'Enter' });
    expect(host.submits).to.equal(0);
    host.busy = false;
    await host.updateComplete;
    await sendKeys({ press: 'Enter' });
    expect(host.submits).to.equal(1);
  });

  it('stays in the tab order when disabled, and ignores clicks', async () => {
    const host = await fixture<ButtonHost>(html`<test-button-host disabled></test-button-host>`);
    const el = inShadow<HTMLButtonElement>(host, 'button');
    el.focus();
    expect(deepActiveElement()).to.equal(el);
    expect(el.getAttribute('aria-disabled')).to.equal('true');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    el.click();
    expect(host.clicks).to.equal(0);
  });
});
