import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  baseStyles,
  button,
  buttonStyles,
  section,
  sectionStyles,
  skeleton,
  skeletonStyles,
  tokenStyles,
  type HeadingLevel,
} from '../../src/ui/index.js';
import { inShadow } from './helpers.js';

@customElement('test-section-host')
class SectionHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, sectionStyles, buttonStyles, skeletonStyles];

  @property({ type: Number }) level: HeadingLevel = 2;
  @property({ type: Boolean }) loading = false;
  @property() sectionId: string | undefined = 'profile';

  override render() {
    return section({
      id: this.sectionId,
      heading: 'Profile',
      description: 'How others see you.',
      headingLevel: this.level,
      busy: this.loading,
      content: this.loading ? skeleton({ label: 'Loading…', lines: 4, avatar: true }) : html`<p>Ada</p>`,
      actions: button({ label: 'Save', variant: 'primary' }),
    });
  }
}

describe('section', () => {
  it('is a region named by its heading', async () => {
    const host = await fixture<SectionHost>(html`<test-section-host></test-section-host>`);
    const card = inShadow(host, 'section');
    expect(card.getAttribute('aria-labelledby')).to.equal('profile-heading');
    expect(inShadow(host, '#profile-heading').textContent).to.equal('Profile');
    expect(card.getAttribute('part')).to.equal('section');
    expect(inShadow(host, 'footer').getAttribute('part')).to.equal('section-actions');
  });

  for (const level of [1, 2, 3, 4, 5, 6] as const) {
    it(`renders an h${level} for headingLevel ${level}`, async () => {
      const host = await fixture<SectionHost>(html`<test-section-host .level=${level}></test-section-host>`);
      expect(inShadow(host, `h${level}`).id).to.equal('profile-heading');
      expect(host.renderRoot.querySelectorAll('h1, h2, h3, h4, h5, h6').length).to.equal(1);
    });
  }

  it('without an id is a plain section, not a named region', async () => {
    const host = await fixture<SectionHost>(
      html`<test-section-host .sectionId=${undefined}></test-section-host>`,
    );
    expect(inShadow(host, 'section').hasAttribute('aria-labelledby')).to.equal(false);
    expect(inShadow(host, 'h2').hasAttribute('id')).to.equal(false);
  });

  it('is aria-busy while loading, with a skeleton hidden from assistive technology', async () => {
    const host = await fixture<SectionHost>(html`<test-section-host loading></test-section-host>`);
    expect(inShadow(host, 'section').getAttribute('aria-busy')).to.equal('true');
    expect(inShadow(host, '.visually-hidden').textContent).to.equal('Loading…');
    expect(host.renderRoot.querySelectorAll('.skeleton-line').length).to.equal(4);
    for (const block of host.renderRoot.querySelectorAll('.skeleton')) {
      expect(block.closest('[aria-hidden="true"]'), block.className).not.to.equal(null);
    }
    host.loading = false;
    await host.updateComplete;
    expect(inShadow(host, 'section').hasAttribute('aria-busy')).to.equal(false);
  });
});
