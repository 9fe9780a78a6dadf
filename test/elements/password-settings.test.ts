import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DEMO_PASSWORD, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { AccountPasswordUpdatedEvent } from '../../src/events/index.js';
import { en } from '../../src/i18n/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { text, until } from '../harness/element-harness.js';
import { NEW_PASSWORD, PasswordSettingsHarness, passwordWorks } from '../harness/password-settings.js';
import { useMockApi } from '../support/mock-api.js';
import { mount, mountIn } from '../support/mount.js';
import { lastSent } from '../support/outbox.js';
import { consoleDuring } from '../support/page.js';
import { backend } from '../support/recording-adapter.js';
import { pathsHolding, tracesOf } from '../support/secrets.js';

describe('<password-settings> changing the password', () => {
  it('changes it with the current one, start to finish, and the new one is then the password', async () => {
    const adapter = backend();
    const { root, harness } = await mountIn(
      PasswordSettingsHarness,
      html`<div><password-settings .adapter=${adapter}></password-settings></div>`,
    );
    expect(harness.form, 'no form until one is asked for').to.equal(null);
    await harness.openChange();
    expect(deepActiveElement()).to.equal(harness.currentPassword);

    const updated = oneEvent(
      root,
      AccountPasswordUpdatedEvent.eventName,
    ) as Promise<AccountPasswordUpdatedEvent>;
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    const event = await updated;
    expect(event).to.be.instanceOf(AccountPasswordUpdatedEvent);
    expect(event.method).to.equal('change');
    expect(event.bubbles && event.composed).to.equal(true);

    await harness.announced(en.password.changed);
    expect(harness.form, 'the form is taken down, which password managers read as success').to.equal(null);
    expect(deepActiveElement()).to.equal(harness.button(en.password.change));
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
    expect(await passwordWorks(adapter, DEMO_PASSWORD)).to.equal(false);
  });

  it('shows the busy Save while saving', async () => {
    const harness = await mount(PasswordSettingsHarness, backend({ latency: 300 }));
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    const save = harness.button(en.password.save);
    expect(save.getAttribute('aria-busy')).to.equal('true');
    expect(text(save.querySelector('.visually-hidden'))).to.equal(en.common.saving);
    await harness.announced(en.password.changed);
  });

  it('Cancel closes the form, forgets what was typed and gives focus back', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.openChange();
    await harness.fill(en.password.current, 'typed but not sent');
    await harness.click(en.common.cancel);
    expect(harness.form).to.equal(null);
    expect(deepActiveElement()).to.equal(harness.button(en.password.change));
    await harness.openChange();
    expect(harness.currentPassword.value).to.equal('');
    expect(adapter.count('changePassword')).to.equal(0);
  });
});

describe('<password-settings> resetting the password', () => {
  it('texts a code, then takes the code and the new password, start to finish', async () => {
    const adapter = backend();
    const { root, harness } = await mountIn(
      PasswordSettingsHarness,
      html`<div><password-settings .adapter=${adapter}></password-settings></div>`,
    );
    await harness.startReset();
    expect(deepActiveElement()).to.equal(harness.code);
    // Where the code went, masked as the backend said it.
    const sent = adapter.lastMessage('password_reset')!;
    expect(sent.to).to.equal('+14155550123');
    expect(text(harness.find(`#${harness.code.id}-hint`))).to.contain('••');
    expect(text(harness.find(`#${harness.code.id}-hint`))).not.to.contain('5550123');

    const updated = oneEvent(
      root,
      AccountPasswordUpdatedEvent.eventName,
    ) as Promise<AccountPasswordUpdatedEvent>;
    await harness.resetPassword(lastSent(adapter, 'password_reset'), NEW_PASSWORD);
    expect((await updated).method).to.equal('reset');
    await harness.announced(en.password.resetDone);
    expect(harness.form).to.equal(null);
    expect(deepActiveElement()).to.equal(harness.button(en.password.reset));
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });

  it('starts from the change form when the current password is forgotten, keeping the new one typed', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.openChange();
    await harness.fill(en.password.new, NEW_PASSWORD);
    await harness.startReset(en.password.forgot);
    expect(harness.maybe(`input[autocomplete="current-password"]`)).to.equal(null);
    expect(harness.newPassword.value).to.equal(NEW_PASSWORD);
    await harness.enterCode(lastSent(adapter, 'password_reset'));
    await harness.save();
    await harness.announced(en.password.resetDone);
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });

  it('with no cell number on file, says so and points to the personal cell section', async () => {
    const harness = await mount(PasswordSettingsHarness, backend({ seed: { admin: { phone: null } } }));
    expect(harness.hasButton(en.password.reset)).to.equal(false);
    expect(text(harness.find('#no-phone-note'))).to.contain(en.password.noPhone);
    const link = harness.find<HTMLAnchorElement>('#phone-link');
    expect(link.getAttribute('href')).to.equal('#personal-phone');
    expect(text(link)).to.equal(en.password.addPhone);
    await harness.openChange();
    expect(harness.hasButton(en.password.forgot)).to.equal(false);
  });

  it('says so when the number went away after the account loaded', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    adapter.failNext('precondition_required', { method: 'startPasswordReset' });
    await harness.click(en.password.reset);
    await harness.alerted(en.password.noPhone);
  });
});

describe('<password-settings> on a backend without the change', () => {
  it('learns it from the first unsupported answer: the change goes, the reset stays', async () => {
    const adapter = backend({ unsupported: ['changePassword'] });
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    await harness.alerted(en.password.changeUnsupported);
    expect(harness.form).to.equal(null);
    expect(harness.hasButton(en.password.change)).to.equal(false);
    expect(harness.notice, 'said once, not also in a notice').to.equal('');
    expect(deepActiveElement()).to.equal(harness.button(en.password.reset));

    // Another element on the same backend knows it from the start, and says why.
    const other = await mount(PasswordSettingsHarness, adapter);
    expect(other.hasButton(en.password.change)).to.equal(false);
    expect(other.hasButton(en.password.reset)).to.equal(true);
    expect(text(other.find('#change-unsupported'))).to.equal(en.password.changeUnsupported);
  });
});

describe('<password-settings> keeps its form in the light DOM, for password managers', () => {
  it('renders the credential inputs where the page can find them, each labelled', async () => {
    const harness = await mount(PasswordSettingsHarness, backend());
    await harness.openChange();
    const form = document.querySelector('password-settings form');
    expect(form).to.exist;
    const newPassword = document.querySelector<HTMLInputElement>(
      'password-settings input[autocomplete="new-password"]',
    )!;
    const current = document.querySelector<HTMLInputElement>(
      'password-settings input[autocomplete="current-password"]',
    )!;
    const username = document.querySelector<HTMLInputElement>(
      'password-settings input[autocomplete="username"]',
    )!;
    for (const input of [newPassword, current, username]) expect(input.form).to.equal(form);
    expect(newPassword.type).to.equal('password');
    expect(current.type).to.equal('password');
    expect(username.value).to.equal('ada');
    expect(username.readOnly && username.hidden).to.equal(true);
    expect(harness.root.querySelector('input'), 'no input is left in the shadow root').to.equal(null);
    // Shown in the card: the container is slotted into it.
    const slot = harness.find<HTMLSlotElement>('slot');
    expect(slot.assignedElements()).to.deep.equal([form!.parentElement]);
    expect(harness.find('section').contains(slot)).to.equal(true);
    // Labelled, and the rules said up front.
    expect(newPassword.labels![0]!.textContent!.trim()).to.equal(en.password.new);
    expect(current.labels![0]!.textContent!.trim()).to.equal(en.password.current);
    expect(text(harness.find(`#${newPassword.id}-hint`))).to.equal(en.password.rules(8, 128));
    await expect(harness.element).to.be.accessible();

    await harness.click(en.common.cancel);
    await harness.startReset();
    const code = document.querySelector<HTMLInputElement>(
      'password-settings input[autocomplete="one-time-code"]',
    )!;
    expect(code.form).to.equal(document.querySelector('password-settings form'));
    expect(document.querySelector('password-settings input[autocomplete="username"]')).to.exist;
  });

  it('gives every instance its own ids, so two on a page never share one', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <password-settings .adapter=${backend()}></password-settings>
        <password-settings .adapter=${backend()}></password-settings>
      </div>`,
    );
    const [first, second] = [...root.querySelectorAll('password-settings')].map(
      (el) => new PasswordSettingsHarness(el),
    );
    await first!.ready(PasswordSettingsHarness.readySelector);
    await second!.ready(PasswordSettingsHarness.readySelector);
    await first!.openChange();
    await second!.openChange();
    const ids = [...root.querySelectorAll('[id]')].map((node) => node.id);
    expect(ids.length).to.be.greaterThan(4);
    expect(new Set(ids).size).to.equal(ids.length);
    // Each label names the input of its own element.
    for (const harness of [first!, second!]) {
      for (const label of harness.element.querySelectorAll('label')) {
        expect(harness.element.contains(document.getElementById(label.htmlFor))).to.equal(true);
      }
    }
  });

  it('styles the light-DOM form with the tokens, light and dark', async () => {
    const light = await mount(PasswordSettingsHarness, backend());
    await light.openChange();
    const input = light.currentPassword;
    expect(getComputedStyle(input).borderTopLeftRadius).to.equal('6px');
    expect(getComputedStyle(input).backgroundColor).to.equal('rgb(255, 255, 255)');
    const dark = await mount(PasswordSettingsHarness, backend(), { theme: 'dark' });
    await dark.openChange();
    expect(getComputedStyle(dark.currentPassword).backgroundColor).to.equal('rgb(22, 24, 29)');
    // A style sheet adopted by the page, not a <style> element (Content-Security-Policy).
    expect(document.querySelectorAll('style').length).to.equal(
      [...document.querySelectorAll('style')].filter((style) => !style.textContent?.includes('ae-light-form'))
        .length,
    );
    expect(document.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it("gives the form the kit's rules and its own, in two sheets the page adopts once", async () => {
    const first = await mount(PasswordSettingsHarness, backend());
    const second = await mount(PasswordSettingsHarness, backend());
    await first.openChange();
    await second.openChange();
    const form = first.element.querySelector('.ae-light-form form')!;
    // The kit's `.form` lays it out; the password form's own rule narrows it (28rem).
    expect(getComputedStyle(form).display).to.equal('grid');
    expect(getComputedStyle(form).maxWidth).to.equal('448px');
    const scoped = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some(
        (rule) => rule instanceof CSSStyleRule && rule.selectorText.startsWith('.ae-light-form '),
      ),
    );
    expect(scoped.length).to.equal(2);
  });
});

describe('<password-settings> keeps no password', () => {
  const current = DEMO_PASSWORD;

  function expectNoSecret(harness: PasswordSettingsHarness, adapter: MemoryAdapter, secrets: string[]): void {
    const el = harness.element;
    for (const secret of secrets) {
      expect(pathsHolding(el, secret, [adapter]), `"${secret}" kept in the element's state`).to.deep.equal(
        [],
      );
      expect(pathsHolding(harness.element.querySelector('.ae-light-form'), secret, [adapter])).to.deep.equal(
        [],
      );
      expect(tracesOf(secret, el, [adapter]), `"${secret}" left in the element's DOM`).to.deep.equal([]);
    }
    for (const input of el.querySelectorAll('input')) {
      if (input.autocomplete !== 'username') expect(input.value).to.equal('');
    }
  }

  it('after a change: not in its properties, attributes, inputs, the event or the console', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    let event: AccountPasswordUpdatedEvent | undefined;
    harness.element.addEventListener(AccountPasswordUpdatedEvent.eventName, (fired) => (event = fired));
    const said = await consoleDuring(async () => {
      await harness.openChange();
      await harness.changePassword(current, NEW_PASSWORD);
      await harness.announced(en.password.changed);
    });
    const logged = said.join('\n');
    expectNoSecret(harness, adapter, [current, NEW_PASSWORD]);
    expect(pathsHolding(event, NEW_PASSWORD)).to.deep.equal([]);
    expect(Object.keys(event!).filter((key) => key !== 'isTrusted')).to.deep.equal(['method']);
    expect(logged).not.to.contain(NEW_PASSWORD);
    expect(logged).not.to.contain(current);
  });

  it('after a reset: the same, and not the code either', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    let event: AccountPasswordUpdatedEvent | undefined;
    harness.element.addEventListener(AccountPasswordUpdatedEvent.eventName, (fired) => (event = fired));
    await harness.startReset();
    const code = lastSent(adapter, 'password_reset');
    const said = await consoleDuring(async () => {
      await harness.resetPassword(code, NEW_PASSWORD);
      await harness.announced(en.password.resetDone);
    });
    const logged = said.join('\n');
    expectNoSecret(harness, adapter, [NEW_PASSWORD, code]);
    expect(Object.keys(event!).filter((key) => key !== 'isTrusted')).to.deep.equal(['method']);
    expect(logged).not.to.contain(NEW_PASSWORD);
  });

  it('after a failed change followed by leaving the page', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.openChange();
    await harness.changePassword('not my password 1', NEW_PASSWORD);
    await until(() => harness.errorOf(en.password.current) !== '', 'the wrong password was not said');
    // Kept while the person is at it (which also shows the search finds what is there)...
    expect(harness.newPassword.value).to.equal(NEW_PASSWORD);
    expect(pathsHolding(harness.element, NEW_PASSWORD, [adapter])).not.to.deep.equal([]);
    // ...and forgotten when the element leaves.
    harness.element.remove();
    await harness.element.updateComplete;
    expectNoSecret(harness, adapter, ['not my password 1', NEW_PASSWORD]);
    expect(harness.element.querySelector('form')).to.equal(null);
  });

  it('after leaving in the middle of a reset', async () => {
    const adapter = backend();
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.startReset();
    await harness.fill(en.password.new, NEW_PASSWORD);
    harness.element.remove();
    expectNoSecret(harness, adapter, [NEW_PASSWORD]);
  });
});

describe('<password-settings> over the REST contract (RestAdapter on the mock API)', () => {
  it('says a wrong current password at its field, then learns the change is not offered', async () => {
    const memory = backend({ unsupported: [] });
    await useMockApi(createHandlers(memory, { baseUrl: '/api' }));
    const harness = await mount(PasswordSettingsHarness, new RestAdapter({ baseUrl: '/api', retries: 0 }));
    await harness.openChange();
    await harness.changePassword('not my password 1', NEW_PASSWORD);
    await until(() => harness.errorOf(en.password.current) !== '', 'the wrong password was not said');
    expect(harness.errorOf(en.password.current)).to.equal(en.password.wrongPassword(4));

    await harness.fill(en.password.current, DEMO_PASSWORD);
    await harness.save();
    await harness.announced(en.password.changed);
    expect(await passwordWorks(memory, NEW_PASSWORD)).to.equal(true);
  });

  it('hides the change after the backend answers unsupported over HTTP, and resets instead', async () => {
    const memory = backend({ unsupported: ['changePassword'] });
    await useMockApi(createHandlers(memory, { baseUrl: '/api' }));
    const harness = await mount(PasswordSettingsHarness, new RestAdapter({ baseUrl: '/api', retries: 0 }));
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    await harness.alerted(en.password.changeUnsupported);
    expect(harness.hasButton(en.password.change)).to.equal(false);
    await harness.startReset();
    await harness.resetPassword(lastSent(memory, 'password_reset'), NEW_PASSWORD);
    await harness.announced(en.password.resetDone);
  });
});
