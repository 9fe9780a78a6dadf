import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { en } from '../../src/i18n/index.js';
import { deepActiveElement } from '../../src/ui/index.js';
import { ApiKeyHarness } from '../harness/api-key.js';
import { SKELETON, text, until } from '../harness/element-harness.js';
import { pressWithShift } from '../support/browser.js';
import { mount, mountIn } from '../support/mount.js';
import { stubClipboard } from '../support/page.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

interface State {
  name: string;
  backend: () => RecordingAdapter;
  /** From the element as mounted to the state; by default, waiting for the key to load. */
  reach?: (harness: ApiKeyHarness) => Promise<unknown>;
}

const loaded = (harness: ApiKeyHarness) => harness.ready(ApiKeyHarness.readySelector);

/** Every state the element can be in, as the stories show them. */
const STATES: State[] = [
  { name: 'key hidden', backend: () => backend() },
  {
    name: 'revealed, counting down',
    backend: () => backend(),
    reach: async (harness) => {
      await loaded(harness);
      await harness.reveal();
      await harness.keyShown();
    },
  },
  {
    name: 'copied',
    backend: () => backend(),
    reach: async (harness) => {
      await loaded(harness);
      await harness.copy();
      await until(() => harness.status === en.apiKey.copied, 'the copy was not said');
    },
  },
  {
    name: 'regenerate confirm',
    backend: () => backend(),
    reach: async (harness) => {
      await loaded(harness);
      await harness.openRegenerate();
    },
  },
  {
    name: 'new key shown once',
    backend: () => backend(),
    reach: async (harness) => {
      await loaded(harness);
      await harness.openRegenerate();
      await harness.confirmRegenerate();
      await harness.newKeyShown();
    },
  },
  {
    name: 'reveal unsupported',
    backend: () => backend({ unsupported: ['revealApiKey'] }),
    reach: async (harness) => {
      await loaded(harness);
      await harness.reveal();
      await until(() => !harness.hasButton(en.apiKey.reveal), 'Reveal stayed');
    },
  },
  { name: 'member', backend: () => backend({ user: 'member' }) },
  {
    name: 'identity check',
    backend: () => backend({ reverify: ['revealApiKey'] }),
    reach: async (harness) => {
      await loaded(harness);
      await harness.reveal();
      await until(() => harness.identityCheck?.open, 'no identity check');
    },
  },
  {
    name: 'reveal failing',
    backend: () => {
      const adapter = backend();
      adapter.failNext('network', { method: 'revealApiKey' });
      return adapter;
    },
    reach: async (harness) => {
      await loaded(harness);
      await harness.reveal();
      await until(() => harness.alert === en.errors.network, 'the failure was not said');
    },
  },
  {
    name: 'loading',
    backend: () => backend({ latency: 60_000 }),
    reach: (harness) => harness.waitFor(SKELETON),
  },
  {
    name: 'load failing',
    backend: () => {
      const adapter = backend();
      adapter.failNext('network', { method: 'getApiKey' });
      return adapter;
    },
    reach: (harness) => harness.waitFor('.notice--error'),
  },
];

const LOOKS = [
  { look: 'light', theme: 'light', dir: 'ltr' },
  { look: 'dark', theme: 'dark', dir: 'ltr' },
  { look: 'right to left', theme: 'light', dir: 'rtl' },
] as const;

describe('<api-key>: accessibility', () => {
  let clipboard: ReturnType<typeof stubClipboard>;

  beforeEach(() => {
    clipboard = stubClipboard();
  });

  afterEach(() => {
    clipboard.restore();
  });

  for (const state of STATES) {
    describe(state.name, () => {
      for (const { look, theme, dir } of LOOKS) {
        it(`is accessible, ${look}`, async () => {
          const harness = await mount(ApiKeyHarness, state.backend(), { theme, dir, ready: false });
          await (state.reach ?? loaded)(harness);
          await harness.animationsDone();
          await expect(harness.element).to.be.accessible();
          if (look === 'light') await expectPartsDocumented(harness);
        });
      }
    });
  }
});

describe('<api-key>: keyboard only', () => {
  let clipboard: ReturnType<typeof stubClipboard>;

  beforeEach(() => {
    clipboard = stubClipboard();
  });

  afterEach(() => {
    clipboard.restore();
  });

  /** The element after a button of the page, which has focus: everything from there is keys. */
  async function fromThePage(adapter: RecordingAdapter): Promise<ApiKeyHarness> {
    const { root, harness } = await mountIn(
      ApiKeyHarness,
      html`<div><button>Before</button><api-key .adapter=${adapter}></api-key></div>`,
    );
    root.querySelector('button')!.focus();
    return harness;
  }

  async function focusReaches(harness: ApiKeyHarness, id: string): Promise<void> {
    await until(
      () => deepActiveElement() === harness.maybe(`#${id}`),
      `focus is not on ${id} but on ${text(deepActiveElement())}`,
    );
  }

  it('reveals through the identity check, and hides again', async () => {
    const harness = await fromThePage(backend({ reverify: ['revealApiKey'] }));
    await sendKeys({ press: 'Tab' });
    await focusReaches(harness, 'reveal-button');
    await sendKeys({ press: 'Enter' });
    await until(() => harness.identityCheck?.open, 'no identity check');
    await until(
      () => deepActiveElement() === harness.maybe('#identity-check-password'),
      'focus is not in the password field',
    );
    await sendKeys({ type: DEMO_PASSWORD });
    await sendKeys({ press: 'Enter' });
    await harness.keyShown();
    await focusReaches(harness, 'reveal-button');
    await sendKeys({ press: 'Enter' });
    await harness.keyMasked();
  });

  it('copies the hidden key', async () => {
    const harness = await fromThePage(backend());
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await focusReaches(harness, 'copy-button');
    await sendKeys({ press: 'Enter' });
    await until(() => harness.status === en.apiKey.copied, 'the copy was not said');
    expect(clipboard.written.length).to.equal(1);
  });

  it('regenerates, copies the new key and puts it away', async () => {
    const adapter = backend();
    const before = await adapter.getApiKey();
    const harness = await fromThePage(adapter);
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'Tab' });
    await focusReaches(harness, 'regenerate-button');
    await sendKeys({ press: 'Enter' });
    await until(() => harness.dialog?.open, 'the confirmation did not open');
    // Focus starts on the dialog's close button; Cancel, then the danger button, follow.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await focusReaches(harness, 'confirm-regenerate');
    await sendKeys({ press: 'Enter' });
    const shown = await harness.newKeyShown();
    expect((await adapter.getApiKey()).id === before.id, 'the key was replaced').to.equal(false);
    await focusReaches(harness, 'copy-button');
    await sendKeys({ press: 'Enter' });
    await until(() => harness.status === en.apiKey.copied, 'the copy was not said');
    expect(clipboard.written.join() === shown, 'the new key was copied').to.equal(true);
    await pressWithShift('Tab');
    await focusReaches(harness, 'done-button');
    await sendKeys({ press: 'Enter' });
    await harness.keyMasked();
    await focusReaches(harness, 'reveal-button');
  });

  it('Escape closes the confirmation and gives focus back to Regenerate', async () => {
    const adapter = backend();
    const before = await adapter.getApiKey();
    const harness = await fromThePage(adapter);
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => harness.dialog?.open, 'the confirmation did not open');
    await sendKeys({ press: 'Escape' });
    await until(() => !harness.dialog?.open, 'Escape did not close it');
    await focusReaches(harness, 'regenerate-button');
    expect((await adapter.getApiKey()).id).to.equal(before.id);
  });
});
