import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  baseStyles,
  button,
  buttonStyles,
  deepActiveElement,
  dialog,
  DialogController,
  dialogStyles,
  tokenStyles,
} from '../../src/ui/index.js';
import { inShadow } from './helpers.js';

@customElement('test-dialog-host')
class DialogHost extends LitElement {
  static override styles = [tokenStyles, baseStyles, buttonStyles, dialogStyles];

  @state() open = false;
  closes = 0;
  readonly controller = new DialogController(this, () => this.renderRoot.querySelector('dialog'));

  // Inside a <dialog>, autofocus picks where focus goes when it opens, not a jump on page load.
  private renderCancel() {
    // eslint-disable-next-line lit-a11y/no-autofocus
    return html`<button type="button" id="cancel" autofocus @click=${() => (this.open = false)}>
      Cancel
    </button>`;
  }

  override render() {
    return html`
      ${button({ id: 'opener', label: 'Regenerate key', onClick: () => (this.open = true) })}
      ${dialog({
        id: 'confirm',
        heading: 'Regenerate the API key?',
        description: 'Apps using the current key stop working.',
        open: this.open,
        closeLabel: 'Close',
        onClose: () => {
          this.closes++;
          this.open = false;
        },
        content: html`<p>This cannot be undone.</p>`,
        actions: this.renderCancel(),
      })}
    `;
  }
}

async function openedHost(): Promise<{
  host: DialogHost;
  opener: HTMLButtonElement;
  modal: HTMLDialogElement;
}> {
  const host = await fixture<DialogHost>(html`<test-dialog-host></test-dialog-host>`);
  const opener = inShadow<HTMLButtonElement>(host, '#opener');
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await host.updateComplete;
  return { host, opener, modal: inShadow<HTMLDialogElement>(host, 'dialog') };
}

describe('dialog', () => {
  it('stays closed until asked', async () => {
    const host = await fixture<DialogHost>(html`<test-dialog-host></test-dialog-host>`);
    expect(inShadow<HTMLDialogElement>(host, 'dialog').open).to.equal(false);
  });

  it('opens modal, named by its heading and described by its description', async () => {
    const { modal } = await openedHost();
    expect(modal.open).to.equal(true);
    expect(modal.matches(':modal')).to.equal(true);
    expect(modal.getAttribute('aria-labelledby')).to.equal('confirm-heading');
    expect(modal.querySelector('#confirm-heading')!.textContent!.trim()).to.equal('Regenerate the API key?');
    expect(modal.querySelector('#confirm-description')).not.to.equal(null);
  });

  it('moves focus into the dialog, to the autofocus element', async () => {
    const { modal } = await openedHost();
    expect(deepActiveElement()).to.equal(modal.querySelector('#cancel'));
  });

  it('calls onClose on Escape, closes, and returns focus to the opener', async () => {
    const { host, opener, modal } = await openedHost();
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(host.closes).to.equal(1);
    expect(modal.open).to.equal(false);
    expect(deepActiveElement()).to.equal(opener);
  });

  it('returns focus to the opener when the host closes it', async () => {
    const { host, opener, modal } = await openedHost();
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    expect(modal.open).to.equal(false);
    expect(host.closes).to.equal(0);
    expect(deepActiveElement()).to.equal(opener);
  });

  it('has a labelled close button that calls onClose', async () => {
    const { host, modal } = await openedHost();
    const close = modal.querySelector<HTMLButtonElement>('.dialog-close')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    close.click();
    await host.updateComplete;
    expect(host.closes).to.equal(1);
    expect(modal.open).to.equal(false);
  });

  it('tells the host when the browser closes it natively', async () => {
    const { host, modal } = await openedHost();
    const closed = oneEvent(modal, 'close');
    modal.close();
    await closed;
    await host.updateComplete;
    expect(host.closes).to.equal(1);
    expect(host.open).to.equal(false);
  });
});
