import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_PASSWORD, VERIFICATION_TTL_MS } from '../../src/adapters/memory/index.js';
import type { MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { PersonalPhoneHarness } from '../harness/personal-phone.js';
import { TestClock } from '../support/clock.js';
import { mount, type MountOptions } from '../support/mount.js';
import { goOffline } from '../support/network.js';
import { lastSent, wrongCode } from '../support/outbox.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';

interface State {
  name: string;
  backend?: MemoryAdapterOptions;
  /** Brings a ready element to the state; `server` is the backend's clock. */
  reach: (harness: PersonalPhoneHarness, adapter: RecordingAdapter, server: TestClock) => Promise<void>;
}

const STATES: State[] = [
  { name: 'idle', reach: async () => {} },
  { name: 'no cell on file', backend: { seed: { admin: { phone: null } } }, reach: async () => {} },
  {
    name: 'entering a number',
    reach: async (harness) => {
      await harness.openChange();
      await harness.typeNumber('4155550199');
    },
  },
  {
    name: 'a number refused at its field',
    reach: async (harness) => {
      await harness.startChange('abc');
      await waitUntil(() => harness.numberError !== '');
    },
  },
  {
    name: 'identity check',
    backend: { reverify: ['startPhoneChange'] },
    reach: async (harness) => {
      await harness.startChange('+1 415 555 0199');
      await waitUntil(() => harness.identityCheck?.open);
    },
  },
  {
    name: 'identity check, wrong password',
    backend: { reverify: ['startPhoneChange'] },
    reach: async (harness) => {
      await harness.startChange('+1 415 555 0199');
      await harness.confirmIdentity(`${DEMO_PASSWORD} no`);
      await harness.waitFor('#identity-check-password-error');
    },
  },
  { name: 'code sent, resend cooling down', reach: (harness) => harness.askForCode() },
  {
    name: 'wrong code',
    reach: async (harness, adapter) => {
      await harness.askForCode();
      await harness.enterCode(wrongCode(adapter, 'phone_change'));
      await waitUntil(() => harness.codeError !== '');
    },
  },
  {
    name: 'code too short',
    reach: async (harness) => {
      await harness.askForCode();
      await harness.enterCode('12');
      await harness.click(en.phone.verify);
      await waitUntil(() => harness.codeError === en.phone.codeIncomplete);
    },
  },
  {
    name: 'expired',
    reach: async (harness, adapter, server) => {
      await harness.askForCode();
      server.advance(VERIFICATION_TTL_MS);
      await harness.enterCode(lastSent(adapter, 'phone_change'));
      await waitUntil(() => harness.codeError === en.verification.expired);
    },
  },
  {
    name: 'out of tries',
    reach: async (harness, adapter) => {
      await harness.askForCode();
      adapter.failNext('verification_failed', { method: 'confirmPhoneChange', attemptsLeft: 0 });
      await harness.enterCode(wrongCode(adapter, 'phone_change'));
      await harness.waitForButton(en.verification.startAgain);
    },
  },
  {
    name: 'rate limited',
    reach: async (harness, adapter) => {
      adapter.failNext('rate_limited', { method: 'startPhoneChange', retryAfter: 30 });
      await harness.startChange('+1 415 555 0199');
      await harness.said(en.errors.rate_limited(30));
    },
  },
  {
    name: 'offline',
    reach: async (harness, adapter) => {
      adapter.failNext('network', { method: 'startPhoneChange' });
      const online = goOffline();
      try {
        await harness.startChange('+1 415 555 0199');
        await harness.said(en.errors.offline);
      } finally {
        online();
      }
    },
  },
  {
    name: 'save failing',
    reach: async (harness, adapter) => {
      adapter.failNext('network', { method: 'confirmPhoneChange' });
      await harness.askForCode();
      await harness.enterCode(lastSent(adapter, 'phone_change'));
      await harness.said(en.errors.network);
    },
  },
  {
    name: 'verified',
    reach: async (harness, adapter) => {
      await harness.askForCode();
      await harness.enterCode(lastSent(adapter, 'phone_change'));
      await harness.said(en.phone.verified);
    },
  },
];

const LOOKS: (MountOptions & { label: string })[] = [
  { label: 'light', theme: 'light' },
  { label: 'dark', theme: 'dark' },
  { label: 'right to left, 320 px wide', theme: 'light', dir: 'rtl', narrow: true },
];

describe('<personal-phone> in every state: axe, light, dark, right to left; parts documented', () => {
  for (const look of LOOKS) {
    describe(look.label, () => {
      for (const state of STATES) {
        it(state.name, async () => {
          const server = new TestClock();
          const adapter = backend({ now: server.now, ...state.backend });
          const harness = await mount(PersonalPhoneHarness, adapter, look);
          await state.reach(harness, adapter, server);
          await harness.element.updateComplete;
          await harness.animationsDone();
          await expect(harness.element).to.be.accessible();
          await expectPartsDocumented(harness);
          if (look.dir === 'rtl') {
            const card = harness.find('section');
            expect(getComputedStyle(card).direction).to.equal('rtl');
            expect(card.scrollWidth, 'the card scrolls sideways').to.be.at.most(card.clientWidth + 1);
          }
        });
      }
    });
  }
});
