import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD, MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import '../../src/elements/delete-account/delete-account.js';
import type { DeleteAccount } from '../../src/elements/delete-account/delete-account.component.js';
import { AccountDeletedEvent } from '../../src/events/index.js';
import { en } from '../../src/i18n/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { DeleteAccountHarness } from '../harness/delete-account.js';
import { text, until } from '../harness/element-harness.js';
import { useMockApi } from '../support/mock-api.js';
import { expectPartsDocumented } from './shared/element-suite.js';

async function mount(
  options: MemoryAdapterOptions = {},
  theme = 'light',
): Promise<{ harness: DeleteAccountHarness; adapter: MemoryAdapter }> {
  const adapter = new MemoryAdapter({ reverify: [], ...options });
  const el = await fixture<DeleteAccount>(
    html`<delete-account .adapter=${adapter} theme=${theme}></delete-account>`,
  );
  const harness = new DeleteAccountHarness(el);
  await harness.ready(DeleteAccountHarness.readySelector);
  return { harness, adapter };
}

describe('<delete-account>', () => {
  describe('a member', () => {
    it('is told only an admin can delete the account, and sees no button', async () => {
      const { harness } = await mount({ user: 'member' });
      expect(text(harness.find('#member-note'))).to.equal(en.deleteAccount.adminOnly);
      expect(harness.root.querySelectorAll('button').length, 'buttons').to.equal(0);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('is refused by the backend whatever the page shows: directly and over HTTP', async () => {
      const member = new MemoryAdapter({ user: 'member', reverify: [] });
      const refusal = await member.deleteAccount('grace').catch((error: unknown) => error);
      expect((refusal as { code?: string }).code).to.equal('forbidden');
      await useMockApi(createHandlers(member, { baseUrl: '/api' }));
      const rest = new RestAdapter({ baseUrl: '/api', retries: 0 });
      const overHttp = await rest.deleteAccount('grace').catch((error: unknown) => error);
      expect((overHttp as { code?: string }).code).to.equal('forbidden');
      expect((await member.getAccount()).username).to.equal('grace');
    });
  });

  describe('an admin', () => {
    it('sees what deleting means, then confirms by typing the username', async () => {
      const { harness } = await mount();
      expect(text(harness.find('#consequences'))).to.equal(en.deleteAccount.consequences);
      await harness.open();
      const confirm = harness.confirmButton;
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      await harness.type('ad');
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      await harness.type('ADA');
      expect(confirm.getAttribute('aria-disabled'), 'the username is typed exactly').to.equal('true');
      await harness.type('ada');
      expect(confirm.hasAttribute('aria-disabled')).to.equal(false);
      await expectPartsDocumented(harness);
      await expect(harness.element).to.be.accessible();
    });

    it('deletes after the identity check, fires account-deleted and shows the final state', async () => {
      const { harness, adapter } = await mount({ reverify: ['deleteAccount'] });
      await harness.open();
      await harness.type('ada');
      const deleted = oneEvent(harness.element, AccountDeletedEvent.eventName);
      await harness.confirm();
      await harness.confirmIdentity(DEMO_PASSWORD);
      const event = await deleted;
      expect(event instanceof AccountDeletedEvent).to.equal(true);
      await until(() => harness.deletedMessage, 'the account was not said to be gone');
      expect(text(harness.deletedMessage)).to.equal(en.deleteAccount.deleted);
      expect(harness.dialog.open).to.equal(false);
      await waitUntil(() => deepActiveElement() === harness.deletedMessage, 'focus was lost');
      const after = await adapter.getAccount().catch((error: unknown) => error);
      expect((after as { code?: string }).code).to.equal('unauthorized');
      await expectPartsDocumented(harness);
    });

    it('on failure keeps the dialog open, says why, and deletes nothing', async () => {
      const { harness, adapter } = await mount();
      adapter.failNext('network', { method: 'deleteAccount' });
      await harness.open();
      await harness.type('ada');
      await harness.confirm();
      await harness.waitFor('#delete-dialog [role="alert"]');
      expect(text(harness.find('#delete-dialog [role="alert"]'))).to.equal(en.errors.network);
      expect(harness.dialog.open).to.equal(true);
      expect(harness.find<HTMLInputElement>('#confirmation').value).to.equal('ada');
      expect((await adapter.getAccount()).username).to.equal('ada');
      await expectPartsDocumented(harness);
      await harness.animationsDone();
      await expect(harness.element).to.be.accessible();
    });

    it('shows the backend’s refusal of the confirmation at the field', async () => {
      const { harness, adapter } = await mount();
      adapter.failNext('validation', {
        method: 'deleteAccount',
        fields: { confirmation: { code: 'confirmation_mismatch' } },
      });
      await harness.open();
      await harness.type('ada');
      await harness.confirm();
      await waitUntil(() => harness.maybe('#confirmation-error'), 'no error at the field');
      expect(text(harness.find('#confirmation-error'))).to.equal(en.fields.confirmation_mismatch);
    });

    it('counts a rate-limit wait down on the button', async () => {
      const { harness, adapter } = await mount();
      adapter.failNext('rate_limited', { method: 'deleteAccount', retryAfter: 20 });
      await harness.open();
      await harness.type('ada');
      await harness.confirm();
      await waitUntil(() => text(harness.confirmButton).includes(en.common.tryAgainIn(20)));
      expect(harness.confirmButton.getAttribute('aria-disabled')).to.equal('true');
    });

    it('Cancel closes the dialog, deletes nothing and puts focus back on the button', async () => {
      const { harness, adapter } = await mount();
      await harness.open();
      await harness.type('ada');
      await harness.click(en.common.cancel);
      await waitUntil(() => !harness.dialog.open);
      expect(deepActiveElement() === harness.find('#delete-button'), 'focus on the button').to.equal(true);
      expect((await adapter.getAccount()).username).to.equal('ada');
    });

    it('works from the keyboard alone', async () => {
      const { harness } = await mount();
      harness.find<HTMLButtonElement>('#delete-button').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => harness.dialog.open, 'Enter did not open the dialog');
      await waitUntil(
        () => deepActiveElement() === harness.find('#confirmation'),
        'focus is not in the field',
      );
      const deleted = oneEvent(harness.element, AccountDeletedEvent.eventName);
      await sendKeys({ type: 'ada' });
      await sendKeys({ press: 'Enter' });
      expect((await deleted) instanceof AccountDeletedEvent).to.equal(true);
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible with the dialog open, ${theme}`, async () => {
        const { harness } = await mount({}, theme);
        await harness.open();
        await harness.type('ada');
        await expect(harness.element).to.be.accessible();
      });
    }
  });
});
