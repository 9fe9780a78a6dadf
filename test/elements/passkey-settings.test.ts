import { expect } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { AccountError } from '../../src/api/index.js';
import { AccountPasskeyAddedEvent, AccountPasskeyRemovedEvent } from '../../src/events/index.js';
import { ar } from '../../src/i18n/ar.js';
import { es } from '../../src/i18n/es.js';
import { en, formatDate, formatRelative } from '../../src/i18n/index.js';
import { PasskeySettingsHarness } from '../harness/passkey-settings.js';
import { until } from '../harness/element-harness.js';
import { itWithDevtools } from '../support/browser.js';
import { realTime, TestClock } from '../support/clock.js';
import { addVirtualAuthenticator, removeVirtualAuthenticator } from '../support/devtools.js';
import { mount } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';
import { expectPartsDocumented } from './shared/element-suite.js';

const texts = en.passkeys;

/** This browser has WebAuthn (the WebKitGTK under test has none, as some embedded browsers). */
const hasWebAuthn = 'PublicKeyCredential' in window;
const itWithWebAuthn: Mocha.TestFunction | Mocha.PendingTestFunction = hasWebAuthn ? it : it.skip;

/** Makes the browser's passkey prompt fail as it does when the person closes it, until restored. */
function personCancelsPrompt(): () => void {
  const create = Object.getOwnPropertyDescriptor(CredentialsContainer.prototype, 'create')!;
  Object.defineProperty(navigator.credentials, 'create', {
    configurable: true,
    value: () =>
      Promise.reject(
        new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
      ),
  });
  return () => {
    Reflect.deleteProperty(navigator.credentials, 'create');
    expect(navigator.credentials.create).to.equal(create.value);
  };
}

describe('<passkey-settings>', () => {
  let clock: TestClock;

  beforeEach(() => {
    clock = new TestClock().onPage();
  });

  afterEach(async () => {
    realTime();
    if (navigator.userAgent.includes('Chrome')) await removeVirtualAuthenticator().catch(() => {});
  });

  it('lists a passkey with its provider, whether it is synced, and when it was added and last used', async () => {
    const adapter = backend();
    const [passkey] = await adapter.listPasskeys();
    const harness = await mount(PasskeySettingsHarness, adapter);
    const locale = harness.element.resolvedLocale;
    expect(harness.rows).to.deep.equal([
      {
        id: passkey!.id,
        name: 'iCloud Keychain',
        lines: [
          // Named after its provider: the provider is not said twice.
          texts.synced,
          texts.dates(
            formatDate(locale, passkey!.createdAt),
            formatRelative(locale, passkey!.lastUsedAt!, clock.now()),
          ),
        ],
      },
    ]);
    expect(harness.rows[0]!.lines[1]).to.contain('2 days ago');
    expect(harness.addButton !== null, 'Add a passkey').to.equal(hasWebAuthn);
    await expectPartsDocumented(harness);
  });

  it('says there is none yet when the account has no passkey', async () => {
    const adapter = backend();
    for (const passkey of await adapter.listPasskeys()) await adapter.removePasskey(passkey.id);
    const harness = await mount(PasskeySettingsHarness, adapter);
    expect(harness.rows).to.deep.equal([]);
    expect(harness.emptyNote).to.equal(texts.none);
  });

  itWithDevtools(
    'adds a real passkey from a (virtual) authenticator after the identity check, and says so',
    async () => {
      realTime();
      expect(await addVirtualAuthenticator()).to.deep.equal([]);
      const adapter = backend({ reverify: ['startPasskeyRegistration'] });
      const harness = await mount(PasskeySettingsHarness, adapter);
      const added: AccountPasskeyAddedEvent[] = [];
      harness.element.addEventListener(AccountPasskeyAddedEvent.eventName, (event) => added.push(event));

      await harness.add();
      await harness.waitForIdentityCheck();
      await harness.confirmIdentity(DEMO_PASSWORD);
      await until(() => harness.rows.length === 2, 'the new passkey was not listed', 10_000);

      const kept = await adapter.listPasskeys();
      expect(kept).to.have.length(2);
      const made = kept.find((passkey) => passkey.name !== 'iCloud Keychain')!;
      // The authenticator holds the very credential the backend checked and kept.
      const held = await addVirtualAuthenticator();
      expect(held.map((credential) => credential.rpId)).to.deep.equal([location.hostname]);
      expect(made.deviceType).to.equal('single_device');
      expect(harness.names[0], 'the newest first').to.equal(made.name);
      await harness.announced(texts.added(made.name));
      expect(added.map((event) => event.passkey.id)).to.deep.equal([made.id]);
      expect(adapter.count('completePasskeyRegistration')).to.equal(1);
    },
  );

  itWithDevtools('says so when this device already holds a passkey of the account', async () => {
    realTime();
    await addVirtualAuthenticator();
    const adapter = backend();
    const harness = await mount(PasskeySettingsHarness, adapter);
    await harness.add();
    await until(() => harness.rows.length === 2, 'the first passkey was not listed', 10_000);
    await harness.add();
    await harness.alerted(texts.ceremony.exists, 10_000);
    expect(harness.rows).to.have.length(2);
    expect(await adapter.listPasskeys()).to.have.length(2);
    // The backend's challenge for the refused one is never answered.
    expect(adapter.count('completePasskeyRegistration')).to.equal(1);
  });

  itWithWebAuthn(
    'says nothing was added when the person closes the browser prompt, and adds nothing',
    async () => {
      const restore = personCancelsPrompt();
      try {
        const adapter = backend();
        const harness = await mount(PasskeySettingsHarness, adapter);
        await harness.add();
        await harness.alerted(texts.ceremony.cancelled);
        expect(adapter.count('startPasskeyRegistration')).to.equal(1);
        expect(adapter.count('completePasskeyRegistration')).to.equal(0);
        expect(harness.rows).to.have.length(1);
      } finally {
        restore();
      }
    },
  );

  itWithWebAuthn('says a passkey the backend could not check was not added', async () => {
    const restore = personCancelsPrompt();
    try {
      const adapter = backend();
      adapter.answer('startPasskeyRegistration', () => {
        throw new AccountError('validation', 'The passkey could not be verified', {
          fields: { credential: { code: 'invalid_passkey' } },
        });
      });
      const harness = await mount(PasskeySettingsHarness, adapter);
      await harness.add();
      await harness.alerted(texts.invalid);
    } finally {
      restore();
    }
  });

  describe('renaming', () => {
    it('renames a passkey in place, says so, and puts focus back on its Rename button', async () => {
      const adapter = backend();
      const [passkey] = await adapter.listPasskeys();
      const harness = await mount(PasskeySettingsHarness, adapter);
      const input = await harness.rename(passkey!, '  Work laptop ');
      expect(harness.element.shadowRoot!.activeElement).to.equal(input);
      await harness.click(en.common.save);
      await harness.listed('Work laptop');
      await harness.announced(texts.renamed('Work laptop'));
      // Named otherwise now, its provider is said beside whether it is synced.
      expect(harness.rows[0]!.lines[0]).to.equal(`iCloud Keychain · ${texts.synced}`);
      expect((await adapter.listPasskeys())[0]!.name).to.equal('Work laptop');
      await until(() => harness.focusedId === `rename-${passkey!.id}`, 'focus did not go back to Rename');
    });

    it('says a blank name is required at the field, keeps what was typed, and sends nothing', async () => {
      const adapter = backend();
      const [passkey] = await adapter.listPasskeys();
      const harness = await mount(PasskeySettingsHarness, adapter);
      await harness.rename(passkey!, '   ');
      await harness.click(en.common.save);
      expect(harness.errorOf(texts.nameLabel(passkey!.name))).to.equal(en.fields.required);
      expect(harness.field(texts.nameLabel(passkey!.name)).value).to.equal('   ');
      expect(harness.focusedId).to.equal('passkey-name');
      expect(adapter.count('renamePasskey')).to.equal(0);
    });

    it("says the backend's refusal at the field and keeps the name typed", async () => {
      const adapter = backend();
      const [passkey] = await adapter.listPasskeys();
      const harness = await mount(PasskeySettingsHarness, adapter);
      const name = `Laptop ${'\u202e'}evil`;
      await harness.rename(passkey!, name);
      await harness.click(en.common.save);
      await until(() => harness.errorOf(texts.nameLabel(passkey!.name)) !== '', 'no error at the field');
      expect(harness.errorOf(texts.nameLabel(passkey!.name))).to.equal(en.fields.invalid_characters);
      expect(harness.field(texts.nameLabel(passkey!.name)).value).to.equal(name);
    });

    it('puts the row back as it was on Escape', async () => {
      const adapter = backend();
      const [passkey] = await adapter.listPasskeys();
      const harness = await mount(PasskeySettingsHarness, adapter);
      const input = await harness.rename(passkey!, 'Something else');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await harness.element.updateComplete;
      expect(harness.names).to.deep.equal(['iCloud Keychain']);
      await until(() => harness.focusedId === `rename-${passkey!.id}`, 'focus did not go back to Rename');
    });
  });

  describe('removing', () => {
    it('removes a passkey after a confirmation and the identity check, and says so', async () => {
      const adapter = backend({ reverify: ['removePasskey'] });
      const [passkey] = await adapter.listPasskeys();
      const harness = await mount(PasskeySettingsHarness, adapter);
      const removed: string[] = [];
      harness.element.addEventListener(AccountPasskeyRemovedEvent.eventName, (event) =>
        removed.push(event.passkeyId),
      );
      await harness.openRemoval(passkey!);
      expect(harness.removeDialog!.textContent).to.contain(texts.removeHeading('iCloud Keychain'));
      await harness.confirmRemoval();
      await harness.waitForIdentityCheck();
      await harness.confirmIdentity(DEMO_PASSWORD);
      await until(() => harness.rows.length === 0, 'the passkey was not removed');
      expect(await adapter.listPasskeys()).to.deep.equal([]);
      expect(removed).to.deep.equal([passkey!.id]);
      await harness.announced(texts.removed('iCloud Keychain'));
      expect(harness.emptyNote).to.equal(texts.none);
      // Where the browser makes none, the note that there is none is what is left to read.
      const next = hasWebAuthn ? 'add-passkey' : 'no-passkeys';
      await until(() => harness.focusedId === next, `focus did not go to #${next}`);
    });

    it('keeps the passkey when the confirmation is cancelled', async () => {
      const adapter = backend();
      const [passkey] = await adapter.listPasskeys();
      const harness = await mount(PasskeySettingsHarness, adapter);
      await harness.openRemoval(passkey!);
      await harness.click(en.common.cancel, harness.removeDialog!);
      await until(() => !harness.removeDialog?.open, 'the confirmation did not close');
      expect(adapter.count('removePasskey')).to.equal(0);
      expect(harness.names).to.deep.equal(['iCloud Keychain']);
    });

    it('says in the confirmation why it failed, and keeps the passkey', async () => {
      const adapter = backend();
      const [passkey] = await adapter.listPasskeys();
      adapter.answer('removePasskey', () => Promise.reject(new AccountError('network', 'down')));
      const harness = await mount(PasskeySettingsHarness, adapter);
      await harness.openRemoval(passkey!);
      await harness.confirmRemoval();
      await until(() => harness.removeDialog!.textContent!.includes(en.errors.network), 'no failure said');
      expect(harness.removeDialog!.open).to.equal(true);
      expect(harness.names).to.deep.equal(['iCloud Keychain']);
    });
  });

  it('keeps the list, says why, and offers no Add where the browser cannot make passkeys', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential');
    Reflect.deleteProperty(window, 'PublicKeyCredential');
    try {
      const harness = await mount(PasskeySettingsHarness, backend());
      expect(harness.browserNote).to.equal(texts.browserCannot);
      expect(harness.addButton).to.equal(null);
      expect(harness.names).to.deep.equal(['iCloud Keychain']);
      expect(harness.hasButton(texts.rename)).to.equal(true);
    } finally {
      if (original) Object.defineProperty(window, 'PublicKeyCredential', original);
    }
  });

  it('hides itself where the backend offers no passkeys', async () => {
    const harness = await mount(PasskeySettingsHarness, backend({ unsupported: ['listPasskeys'] }), {
      ready: false,
    });
    await until(() => harness.element.hidden, 'the card did not hide');
    expect(harness.root.querySelector('section')).to.equal(null);
  });

  for (const [locale, catalog, dir] of [
    ['es', es, 'ltr'],
    ['ar', ar, 'rtl'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const harness = await mount(PasskeySettingsHarness, backend(), { locale, dir });
      await until(() => harness.root.textContent!.includes(catalog.passkeys.heading), 'no heading');
      expect(harness.hasButton(catalog.passkeys.rename)).to.equal(true);
      expect(harness.root.textContent).to.contain(catalog.passkeys.synced);
    });
  }
});
