import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  baseStyles,
  button,
  buttonStyles,
  fieldStyles,
  meter,
  meterStyles,
  oneTimeCode,
  oneTimeCodeStyles,
  section,
  sectionStyles,
  skeleton,
  skeletonStyles,
  status,
  statusStyles,
  textInput,
  tokenStyles,
} from '../../src/ui/index.js';

/** A settings card built only from the blocks, in the states an element goes through. */
@customElement('test-a11y-form')
class A11yForm extends LitElement {
  static override styles = [
    tokenStyles,
    baseStyles,
    sectionStyles,
    fieldStyles,
    buttonStyles,
    oneTimeCodeStyles,
    meterStyles,
    statusStyles,
    skeletonStyles,
  ];

  @property({ type: Boolean }) invalid = false;
  @property({ type: Boolean }) busy = false;

  override render() {
    const error = this.invalid ? 'Enter the number with its country code.' : '';
    return html`
      ${section({
        id: 'phone',
        heading: 'Personal cell',
        description: 'Used for sign-in codes and password resets.',
        content: html`
          ${textInput({
            id: 'name',
            label: 'Full name',
            value: 'Ada Lovelace',
            autocomplete: 'name',
            optionalLabel: '(optional)',
            onInput: () => {},
          })}
          ${textInput({
            id: 'tel',
            label: 'Cell number',
            value: '+1 415',
            type: 'tel',
            autocomplete: 'tel',
            dir: 'ltr',
            required: true,
            hint: 'We text a code to it.',
            error,
            onInput: () => {},
            trailing: button({ label: 'Send code', busy: this.busy, busyLabel: 'Sending…' }),
          })}
          ${oneTimeCode({ id: 'code', label: 'Code', value: '12', error, onInput: () => {} })}
          ${meter({ id: 'minutes', label: 'Minutes', value: 850, max: 1000, valueText: '850 of 1,000 minutes' })}
          ${meter({ id: 'groups', label: 'Groups', value: 12, max: 10, valueText: '12 of 10 groups' })}
          ${meter({ id: 'api', label: 'API requests', value: 9000, max: null, valueText: '9,000 requests' })}
          ${status({ message: this.invalid ? 'Some fields need attention.' : 'Saved', tone: this.invalid ? 'error' : 'success' })}
        `,
        actions: html`
          ${button({ label: 'Cancel', variant: 'ghost' })}
          ${button({ label: 'Remove number', variant: 'danger', disabled: true })}
          ${button({ label: 'Save', variant: 'primary', type: 'submit', busy: this.busy, busyLabel: 'Saving…' })}
        `,
      })}
      ${section({
        id: 'profile',
        heading: 'Profile',
        headingLevel: 3,
        busy: true,
        content: skeleton({ label: 'Loading…', avatar: true }),
      })}
    `;
  }
}

describe('accessibility of the blocks together (axe)', () => {
  it('is really checked: a low-contrast override inside the shadow root fails', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--ae-color-text-muted: rgb(200, 200, 200)"><test-a11y-form></test-a11y-form></div>`,
    );
    await expect(wrapper).not.to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} scheme`, () => {
      it('passes when valid', async () => {
        const el = await fixture<A11yForm>(html`<test-a11y-form theme=${theme}></test-a11y-form>`);
        await expect(el).to.be.accessible();
      });

      it('passes with errors shown', async () => {
        const el = await fixture<A11yForm>(html`<test-a11y-form theme=${theme} invalid></test-a11y-form>`);
        await expect(el).to.be.accessible();
      });

      it('passes while busy', async () => {
        const el = await fixture<A11yForm>(html`<test-a11y-form theme=${theme} busy></test-a11y-form>`);
        await expect(el).to.be.accessible();
      });

      it('passes right to left, inside an ancestor that sets the scheme', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div dir="rtl" style=${`color-scheme: ${theme}`}>
            <test-a11y-form invalid></test-a11y-form>
          </div>`,
        );
        await expect(wrapper).to.be.accessible();
      });
    });
  }
});
