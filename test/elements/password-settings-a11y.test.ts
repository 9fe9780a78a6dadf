import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD, MAX_ATTEMPTS, VERIFICATION_TTL_MS } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { text, until } from '../harness/element-harness.js';
import { NEW_PASSWORD, PasswordSettingsHarness, passwordWorks } from '../harness/password-settings.js';
import { SPACE } from '../support/browser.js';
import { realTime, TestClock } from '../support/clock.js';
import { mount, mountIn, type Theme } from '../support/mount.js';
import { lastSent, wrongCode } from '../support/outbox.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

type Direction = 'ltr' | 'rtl';

interface Setup {
  adapter: RecordingAdapter;
  harness: PasswordSettingsHarness;
  clock: TestClock;
}

/** Every state the element can be in, each reached as a person would reach it. */
const STATES: Record<string, (setup: Setup) => Promise<void>> = {
  idle: async () => {},
  'no cell number on file': async () => {},
  'change form open': async ({ harness }) => harness.openChange(),
  'change failing: wrong current password': async ({ harness }) => {
    await harness.openChange();
    await harness.changePassword('not my password 1', NEW_PASSWORD);
    await until(() => harness.errorOf(en.password.current) !== '', 'no error');
  },
  'new password refused, shown as text with its strength': async ({ harness }) => {
    await harness.openChange();
    await harness.fill(en.password.new, 'short');
    await until(() => harness.strength !== '', 'no strength');
    await harness.click(en.password.show);
  },
  saving: async ({ adapter, harness }) => {
    adapter.hold('changePassword');
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    await until(() => harness.maybe('[aria-busy="true"]'), 'not busy');
  },
  saved: async ({ harness }) => {
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    await harness.announced(en.password.changed);
  },
  'change unsupported': async ({ harness }) => {
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    await harness.alerted(en.password.changeUnsupported);
  },
  'reset code sent, resend cooling down': async ({ harness }) => harness.startReset(),
  'wrong code': async ({ adapter, harness }) => {
    await harness.startReset();
    await harness.resetPassword(wrongCode(adapter, 'password_reset'), NEW_PASSWORD);
    await until(() => harness.errorOf(en.verification.code) !== '', 'no error');
  },
  expired: async ({ harness, clock }) => {
    await harness.startReset();
    clock.advance(VERIFICATION_TTL_MS);
    harness.element.requestUpdate();
    await harness.element.updateComplete;
  },
  'out of tries': async ({ adapter, harness }) => {
    await harness.startReset();
    await harness.fill(en.password.new, NEW_PASSWORD);
    for (let tries = 0; tries < MAX_ATTEMPTS; tries++) {
      await harness.enterCode(wrongCode(adapter, 'password_reset'));
      await harness.save();
      await until(
        () => harness.hasButton(en.verification.startAgain) || harness.errorOf(en.verification.code),
        'no answer',
      );
    }
    await until(() => harness.hasButton(en.verification.startAgain), 'not out of tries');
  },
  'rate limited': async ({ adapter, harness }) => {
    adapter.failNext('rate_limited', { method: 'startPasswordReset', retryAfter: 30 });
    await harness.click(en.password.reset);
    await harness.alerted(en.errors.rate_limited(30));
  },
  'offline, reset failing': async ({ adapter, harness }) => {
    await harness.startReset();
    adapter.failNext('network', { method: 'completePasswordReset' });
    await harness.resetPassword(lastSent(adapter, 'password_reset'), NEW_PASSWORD);
    await harness.alerted(en.errors.network);
  },
};

function adapterFor(state: string, clock: TestClock): RecordingAdapter {
  return backend({
    now: clock.now,
    unsupported: state === 'change unsupported' ? ['changePassword'] : [],
    seed: state === 'no cell number on file' ? { admin: { phone: null } } : {},
  });
}

async function reach(state: string, theme: Theme, dir: Direction): Promise<PasswordSettingsHarness> {
  const clock = new TestClock(Date.parse('2025-03-01T12:00:00.000Z')).onPage();
  try {
    const adapter = adapterFor(state, clock);
    const harness = await mount(PasswordSettingsHarness, adapter, { theme, dir });
    await STATES[state]!({ adapter, harness, clock });
    return harness;
  } finally {
    realTime();
  }
}

describe('<password-settings> in every state: axe, light and dark, right to left, parts documented', () => {
  for (const state of Object.keys(STATES)) {
    for (const [theme, dir] of [
      ['light', 'ltr'],
      ['dark', 'ltr'],
      ['light', 'rtl'],
    ] as const) {
      it(`${state}, ${theme}${dir === 'rtl' ? ', right to left' : ''}`, async () => {
        const harness = await reach(state, theme, dir);
        await expect(harness.element).to.be.accessible();
        await expectPartsDocumented(harness);
        if (dir === 'rtl') {
          expect(harness.element.matches(':dir(rtl)')).to.equal(true);
          const form = harness.form;
          if (form) expect(getComputedStyle(form).direction).to.equal('rtl');
        }
      });
    }
  }

  it('the identity check, if the backend asks for one, is documented and accessible too', async () => {
    const adapter = backend({ reverify: ['changePassword'] });
    const harness = await mount(PasswordSettingsHarness, adapter);
    await harness.openChange();
    await harness.changePassword(DEMO_PASSWORD, NEW_PASSWORD);
    await harness.waitForIdentityCheck();
    await expectPartsDocumented(harness);
    await harness.animationsDone();
    await expect(harness.element).to.be.accessible();
    await harness.confirmIdentity(DEMO_PASSWORD);
    await harness.announced(en.password.changed);
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });
});

describe('<password-settings> with the keyboard only', () => {
  async function onPage(adapter: RecordingAdapter) {
    const { root, harness } = await mountIn(
      PasswordSettingsHarness,
      html`<div>
        <button id="before">Before</button><password-settings .adapter=${adapter}></password-settings>
      </div>`,
    );
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    return harness;
  }

  /** What has focus, named for a failure message: its id, its part, or its text. */
  function focused(): string {
    const active = deepActiveElement();
    return active?.id || active?.getAttribute('part') || text(active);
  }

  it('changes the password: Tab, Enter, typing, the toggle with Space, Enter to save', async () => {
    const adapter = backend();
    const harness = await onPage(adapter);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.button(en.password.change));
    await sendKeys({ press: 'Enter' });
    await until(
      () => deepActiveElement() === harness.form?.querySelector('input[autocomplete="current-password"]'),
      focused(),
    );
    await sendKeys({ type: DEMO_PASSWORD });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.newPassword);
    await sendKeys({ type: NEW_PASSWORD });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.showButton);
    await sendKeys({ press: SPACE });
    await harness.element.updateComplete;
    expect(harness.showButton.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActiveElement(), 'the toggle keeps focus').to.equal(harness.showButton);
    expect(harness.newPassword.type).to.equal('text');

    // Then the rest of the row, in reading order.
    const order: string[] = [];
    for (let step = 0; step < 3; step++) {
      await sendKeys({ press: 'Tab' });
      order.push(text(deepActiveElement()?.querySelector('.button-label') ?? deepActiveElement()));
    }
    expect(order).to.deep.equal([en.password.forgot, en.common.cancel, en.password.save]);

    harness.newPassword.focus();
    await sendKeys({ press: 'Enter' });
    await harness.announced(en.password.changed);
    expect(deepActiveElement()).to.equal(harness.button(en.password.change));
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });

  it('resets the password: Tab to Reset, Enter, the code, the new password, Enter', async () => {
    const adapter = backend();
    const harness = await onPage(adapter);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.button(en.password.reset));
    await sendKeys({ press: 'Enter' });
    await until(
      () => deepActiveElement() === harness.maybe('input[autocomplete="one-time-code"]'),
      focused(),
    );
    await sendKeys({ type: lastSent(adapter, 'password_reset') });
    await sendKeys({ press: 'Tab' });
    // The resend button is next, waiting out its cooldown, then the new password.
    expect(text(deepActiveElement())).to.match(/^Send a new code in \d+ s$/);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(harness.newPassword);
    await sendKeys({ type: NEW_PASSWORD });
    await sendKeys({ press: 'Enter' });
    await harness.announced(en.password.resetDone);
    expect(deepActiveElement()).to.equal(harness.button(en.password.reset));
    expect(await passwordWorks(adapter, NEW_PASSWORD)).to.equal(true);
  });

  it('Escape is not needed: Cancel by keyboard closes the form and returns focus', async () => {
    const harness = await onPage(backend());
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => harness.form, 'no form');
    harness.button(en.common.cancel).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !harness.form, 'the form stayed');
    expect(deepActiveElement()).to.equal(harness.button(en.password.change));
  });
});
