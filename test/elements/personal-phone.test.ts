import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD, MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AccountPhoneUpdatedEvent } from '../../src/events/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { pressWithShift } from '../support/browser.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { CURRENT, CURRENT_READ, NEW, NEW_READ, PersonalPhoneHarness } from '../harness/personal-phone.js';
import { mount, mountIn } from '../support/mount.js';
import { lastSent } from '../support/outbox.js';
import { backend } from '../support/recording-adapter.js';

describe('<personal-phone> changing the number', () => {
  it('shows the number on file for reading, with "Change number"', async () => {
    const harness = await mount(PersonalPhoneHarness, backend());
    expect(harness.currentNumber).to.equal(CURRENT_READ);
    expect(harness.find('#current-number').getAttribute('dir')).to.equal('ltr');
    expect(harness.hasButton(en.phone.change)).to.equal(true);
    expect(harness.maybe('#phone-number')).to.equal(null);
  });

  it('with no cell on file says so and offers "Add number"', async () => {
    const harness = await mount(PersonalPhoneHarness, backend({ seed: { admin: { phone: null } } }));
    expect(harness.currentNumber).to.equal(en.phone.none);
    expect(harness.hasButton(en.phone.add)).to.equal(true);
    await harness.startChange('+1 415 555 0199');
    await harness.waitForCodeStep();
    await expectPartsDocumented(harness);
  });

  it('start to finish: identity check, the code, verified; every element on the page and the event', async () => {
    const adapter = new MemoryAdapter();
    const root = await fixture<HTMLElement>(
      html`<account-provider .adapter=${adapter}>
        <personal-phone></personal-phone>
        <personal-phone heading-level="3"></personal-phone>
      </account-provider>`,
    );
    const [first, second] = [...root.querySelectorAll('personal-phone')].map(
      (el) => new PersonalPhoneHarness(el),
    );
    await first!.ready(PersonalPhoneHarness.readySelector);
    await second!.ready(PersonalPhoneHarness.readySelector);
    const events: AccountPhoneUpdatedEvent[] = [];
    document.addEventListener('account-phone-updated', (event) => events.push(event), { once: true });

    await first!.startChange('+1 (415) 555-0199');
    await waitUntil(() => first!.identityCheck?.open, 'the identity check did not open');
    await first!.element.updateComplete;
    expect(adapter.lastMessage('phone_change'), 'a code went out before the identity check').to.equal(
      undefined,
    );
    await expectPartsDocumented(first!);

    await first!.confirmIdentity(DEMO_PASSWORD);
    await first!.waitForCodeStep();
    expect(first!.identityCheck!.open).to.equal(false);
    expect(adapter.lastMessage('phone_change')!.to).to.equal(NEW);
    expect(first!.codeStepPiece('hint')?.textContent).to.contain('+1 ••• ••• 0199');
    await waitUntil(() => deepActiveElement() === first!.codeInput, 'focus did not move to the code');
    await expectPartsDocumented(first!);

    await first!.enterCode(lastSent(adapter, 'phone_change'));
    await first!.said(en.phone.verified);
    expect(first!.currentNumber).to.equal(NEW_READ);
    expect(second!.currentNumber).to.equal(NEW_READ);
    expect(events.map((event) => event.account.phone)).to.deep.equal([NEW]);
    expect((await adapter.getAccount()).phone).to.equal(NEW);
    await waitUntil(
      () => deepActiveElement() === first!.changeButton,
      'focus did not go back to the summary',
    );
    expect(first!.maybe('#phone-code')).to.equal(null);
    await expectPartsDocumented(first!);
  });

  describe('Cancel goes back to the summary without sending more', () => {
    it('from the number', async () => {
      const adapter = backend();
      const harness = await mount(PersonalPhoneHarness, adapter);
      await harness.openChange();
      await harness.typeNumber('+1 415 555 0199');
      await harness.cancel();
      expect(harness.maybe('#phone-number')).to.equal(null);
      expect(harness.currentNumber).to.equal(CURRENT_READ);
      expect(adapter.outbox).to.deep.equal([]);
      await waitUntil(() => deepActiveElement() === harness.changeButton, 'focus did not go back');
    });

    it('while the code is being sent', async () => {
      const adapter = backend();
      adapter.hang('startPhoneChange');
      const harness = await mount(PersonalPhoneHarness, adapter);
      await harness.startChange('+1 415 555 0199');
      expect(harness.button(en.phone.sendCode).getAttribute('aria-busy')).to.equal('true');
      await harness.cancel();
      expect(harness.maybe('#phone-number')).to.equal(null);
      expect(adapter.sent('startPhoneChange')).to.have.length(1);
      expect(
        adapter.callsOf('startPhoneChange')[0]!.signal!.aborted,
        'the request in flight was not dropped',
      ).to.equal(true);
      expect(harness.hasButton(en.phone.change)).to.equal(true);
    });

    it('from the identity check, then Cancel', async () => {
      const adapter = new MemoryAdapter();
      const harness = await mount(PersonalPhoneHarness, adapter);
      await harness.startChange('+1 415 555 0199');
      await waitUntil(() => harness.identityCheck?.open);
      await harness.element.updateComplete;
      harness.button(en.common.cancel, harness.identityCheck!).click();
      await waitUntil(() => !harness.identityCheck!.open);
      await waitUntil(() => !harness.button(en.phone.sendCode).hasAttribute('aria-busy'));
      expect(harness.numberInput.value).to.equal('+1 415 555 0199');
      await harness.cancel();
      expect(adapter.outbox).to.deep.equal([]);
      expect(harness.currentNumber).to.equal(CURRENT_READ);
    });

    it('from the code', async () => {
      const adapter = backend();
      const harness = await mount(PersonalPhoneHarness, adapter);
      await harness.askForCode();
      await harness.enterCode('12');
      await harness.cancel();
      expect(harness.maybe('#phone-code')).to.equal(null);
      expect(adapter.outbox).to.have.length(1);
      expect((await adapter.getAccount()).phone).to.equal(CURRENT);
      await waitUntil(() => deepActiveElement() === harness.changeButton, 'focus did not go back');

      // Opening again starts afresh: an empty number, no code.
      await harness.openChange();
      expect(harness.numberInput.value).to.equal('');
    });
  });
});

describe('<personal-phone> keyboard only', () => {
  it('Tab to the button, type the number, Enter, type the code: verified, focus back on the button', async () => {
    const adapter = backend();
    const { root, harness } = await mountIn(
      PersonalPhoneHarness,
      html`<div>
        <button id="before">Before</button
        ><personal-phone .adapter=${adapter} locale="en-US"></personal-phone>
      </div>`,
    );
    root.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.changeButton);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.id === 'phone-number', 'focus did not move to the number');
    await waitUntil(() => harness.countrySelect.options.length > 1, 'the numbering plans did not load');

    await sendKeys({ type: '4155550199' });
    expect(harness.numberInput.value).to.equal('(415) 555-0199');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.id === 'phone-code', 'focus did not move to the code');

    await sendKeys({ type: lastSent(adapter, 'phone_change') });
    await harness.said(en.phone.verified);
    await waitUntil(() => deepActiveElement() === harness.changeButton, 'focus did not go back');
    expect(harness.currentNumber).to.equal(NEW_READ);
  });

  it('the country is chosen with the keyboard, and Tab order is country, number, Cancel, Send code', async () => {
    const adapter = backend();
    const harness = await mount(PersonalPhoneHarness, adapter);
    await harness.openChange();
    await pressWithShift('Tab');
    expect(deepActiveElement()).to.equal(harness.countrySelect);
    // A name without a space: WebKit takes a space on a closed list as the key that opens it, as
    // Safari does, where Chromium and Firefox take it as part of the name typed.
    await sendKeys({ type: 'Germany' });
    await waitUntil(() => harness.countrySelect.value === 'DE', 'typing did not choose the country');

    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      // Buttons by what they say, the field by its id.
      reached.push(
        active instanceof HTMLButtonElement ? (active.textContent ?? '').trim() : (active?.id ?? ''),
      );
    }
    expect(reached).to.deep.equal(['phone-number', en.common.cancel, en.phone.sendCode]);

    await pressWithShift('Tab');
    await pressWithShift('Tab');
    await sendKeys({ type: '0151 23456789' });
    await sendKeys({ press: 'Enter' });
    await harness.waitForCodeStep();
    expect(adapter.lastMessage('phone_change')!.to).to.equal('+4915123456789');
  });

  it('Escape in the identity check goes back to the number, keeping it', async () => {
    const harness = await mount(PersonalPhoneHarness, new MemoryAdapter());
    await harness.startChange('+44 7911 123456');
    await waitUntil(() => harness.identityCheck?.open);
    await harness.element.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !harness.identityCheck!.open);
    expect(harness.numberInput.value).to.equal('+44 7911 123456');
  });
});
