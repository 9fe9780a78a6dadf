import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles, status, statusStyles, tokenStyles, type StatusTone } from '../../src/ui/index.js';
import { inShadow } from './helpers.js';

@customElement('test-status-host')
class StatusHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, statusStyles];

  @property() message = '';
  @property() tone: StatusTone = 'info';

  override render() {
    return status({ message: this.message, tone: this.tone });
  }
}

describe('status', () => {
  it('renders both live regions with no message, taking no room', async () => {
    const host = await fixture<StatusHost>(html`<test-status-host></test-status-host>`);
    const polite = inShadow(host, '[role="status"]');
    const alert = inShadow(host, '[role="alert"]');
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(polite.getAttribute('aria-atomic')).to.equal('true');
    expect(alert.getAttribute('aria-atomic')).to.equal('true');
    expect(polite.textContent).to.equal('');
    expect(alert.textContent).to.equal('');
    expect(host.getBoundingClientRect().height).to.equal(0);
  });

  it('puts success and info in the polite region, the same element each time', async () => {
    const host = await fixture<StatusHost>(html`<test-status-host></test-status-host>`);
    const polite = inShadow(host, '[role="status"]');
    host.message = 'Saved';
    host.tone = 'success';
    await host.updateComplete;
    expect(inShadow(host, '[role="status"]')).to.equal(polite);
    expect(polite.textContent).to.equal('Saved');
    expect(inShadow(host, '[role="alert"]').textContent).to.equal('');
  });

  it('puts errors in the alert region and clears the polite one', async () => {
    const host = await fixture<StatusHost>(
      html`<test-status-host message="Saved" tone="success"></test-status-host>`,
    );
    const alert = inShadow(host, '[role="alert"]');
    host.message = 'Your changes were not saved.';
    host.tone = 'error';
    await host.updateComplete;
    expect(inShadow(host, '[role="alert"]')).to.equal(alert);
    expect(alert.textContent).to.equal('Your changes were not saved.');
    expect(inShadow(host, '[role="status"]').textContent).to.equal('');
    expect(host.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('renders a message as text, never as markup', async () => {
    const host = await fixture<StatusHost>(html`<test-status-host></test-status-host>`);
    host.message = '<img src=x onerror=alert(1)>';
    await host.updateComplete;
    expect(host.renderRoot.querySelector('img')).to.equal(null);
    expect(inShadow(host, '[role="status"]').textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});
