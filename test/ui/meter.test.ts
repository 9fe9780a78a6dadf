import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles, meter, meterStyles, meterTone, tokenStyles } from '../../src/ui/index.js';
import { computed, inShadow } from './helpers.js';

@customElement('test-meter-host')
class MeterHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, meterStyles];

  @property({ type: Number }) value = 0;
  @property({ attribute: false }) max: number | null = 100;

  override render() {
    return html`<div style="inline-size: 200px">
      ${meter({
        id: 'minutes',
        label: 'Minutes',
        value: this.value,
        max: this.max,
        valueText: this.max === null ? `${this.value} minutes` : `${this.value} of ${this.max} minutes`,
      })}
    </div>`;
  }
}

describe('meter', () => {
  it('exposes its values, label and reading', async () => {
    const host = await fixture<MeterHost>(html`<test-meter-host .value=${40} .max=${200}></test-meter-host>`);
    const el = inShadow(host, '[role="meter"]');
    expect(el.getAttribute('aria-valuenow')).to.equal('40');
    expect(el.getAttribute('aria-valuemin')).to.equal('0');
    expect(el.getAttribute('aria-valuemax')).to.equal('200');
    expect(el.getAttribute('aria-valuetext')).to.equal('40 of 200 minutes');
    const label = host.renderRoot.querySelector(`#${el.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).to.equal('Minutes');
  });

  it('draws the fill as a share of the track', async () => {
    const host = await fixture<MeterHost>(html`<test-meter-host .value=${50} .max=${200}></test-meter-host>`);
    const fill = inShadow(host, '.meter-fill');
    const track = inShadow(host, '.meter-track');
    expect(fill.getBoundingClientRect().width).to.be.closeTo(track.getBoundingClientRect().width / 4, 0.5);
  });

  it('fills from the inline start, also right to left', async () => {
    const host = await fixture<MeterHost>(
      html`<test-meter-host dir="rtl" .value=${50} .max=${200}></test-meter-host>`,
    );
    const fill = inShadow(host, '.meter-fill').getBoundingClientRect();
    const track = inShadow(host, '.meter-track').getBoundingClientRect();
    expect(fill.right).to.be.closeTo(track.right, 0.5);
  });

  it('warns from 80% and is used up at the limit, keeping aria-valuenow in range', async () => {
    expect(meterTone(79, 100)).to.equal('normal');
    expect(meterTone(80, 100)).to.equal('warning');
    expect(meterTone(100, 100)).to.equal('danger');
    expect(meterTone(0, 0)).to.equal('normal');
    const host = await fixture<MeterHost>(
      html`<test-meter-host .value=${130} .max=${100}></test-meter-host>`,
    );
    const el = inShadow(host, '[role="meter"]');
    expect(el.getAttribute('aria-valuenow')).to.equal('100');
    expect(el.getAttribute('aria-valuetext')).to.equal('130 of 100 minutes');
    expect(inShadow(host, '.meter').getAttribute('part')).to.equal('meter meter-danger');
    expect(computed(inShadow(host, '.meter-fill'), 'background-color')).to.equal(
      computed(inShadow(host, '.meter-value'), 'color'),
    );
  });

  it('is plain text with no meter role when unlimited', async () => {
    const host = await fixture<MeterHost>(
      html`<test-meter-host .value=${1200} .max=${null}></test-meter-host>`,
    );
    expect(host.renderRoot.querySelector('[role="meter"]')).to.equal(null);
    expect(host.renderRoot.querySelector('.meter-fill')).to.equal(null);
    const reading = inShadow(host, '.meter-value');
    expect(reading.textContent).to.equal('1200 minutes');
    expect(reading.hasAttribute('aria-hidden')).to.equal(false);
    expect(inShadow(host, '.meter').getAttribute('part')).to.equal('meter meter-unlimited');
  });

  it('follows a change of value', async () => {
    const host = await fixture<MeterHost>(html`<test-meter-host .value=${10} .max=${100}></test-meter-host>`);
    host.value = 90;
    await host.updateComplete;
    expect(inShadow(host, '[role="meter"]').getAttribute('aria-valuenow')).to.equal('90');
    expect(inShadow(host, '.meter').classList.contains('meter--warning')).to.equal(true);
  });
});
