/**
 * The full key is held in one place while it is shown, and nowhere once it is hidden: not in the
 * element's properties or controllers (walked recursively), its attributes, its rendered DOM, the
 * event it fires, or the console.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { AccountApiKeyRegeneratedEvent } from '../../src/events/index.js';
import { en } from '../../src/i18n/index.js';
import { ApiKeyHarness, realKey, secretPart } from '../harness/api-key.js';
import { until } from '../harness/element-harness.js';
import { realTime, TestClock } from '../support/clock.js';
import { mount } from '../support/mount.js';
import { consoleDuring, hidePage, showPage, stubClipboard } from '../support/page.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';
import { pathsHolding, tracesOf } from '../support/secrets.js';

/** Where the key in force can still be found from the element; [] when nowhere. */
async function traces(harness: ApiKeyHarness, adapter: RecordingAdapter): Promise<string> {
  await harness.element.updateComplete;
  return tracesOf(secretPart(await realKey(adapter)), harness.element, [adapter]).join(', ');
}

describe('<api-key>: the key leaves no trace', () => {
  let clock: TestClock;
  let clipboard: ReturnType<typeof stubClipboard>;

  beforeEach(() => {
    clock = new TestClock().onPage();
    clipboard = stubClipboard();
  });

  afterEach(() => {
    realTime();
    showPage();
    clipboard.restore();
  });

  it('the walk finds the key while it is shown (so an empty answer means something)', async () => {
    const adapter = backend();
    const harness = await mount(ApiKeyHarness, adapter);
    await harness.reveal();
    await harness.keyShown();
    const found = await traces(harness, adapter);
    expect(found).to.contain('element.held');
    expect(found).to.contain('shadow DOM markup');
    // It reaches into controllers and their tasks: the key's info is found there.
    const info = await adapter.getApiKey();
    const infoPaths = tracesOf(info.id, harness.element, [adapter]);
    expect(
      infoPaths.some((path) => path.includes('__controllers')),
      infoPaths.join(', '),
    ).to.equal(true);
  });

  for (const [how, hide] of [
    ['Hide', (harness: ApiKeyHarness) => harness.hide()],
    ['30 s of the page clock', async () => clock.advance(30_000)],
    ['the page hidden', async () => hidePage()],
  ] as const) {
    it(`after a reveal, once hidden by ${how}`, async () => {
      const adapter = backend({ reverify: ['revealApiKey'] });
      const harness = await mount(ApiKeyHarness, adapter);
      const said = await consoleDuring(async () => {
        await harness.reveal();
        await harness.proveIdentity(DEMO_PASSWORD);
        await harness.keyShown();
        await hide(harness);
        await harness.keyMasked();
      });
      expect(await traces(harness, adapter)).to.equal('');
      const key = await realKey(adapter);
      expect(
        said.some((line) => line.includes(secretPart(key))),
        'the console was told the key',
      ).to.equal(false);
    });
  }

  it('after a copy of the hidden key', async () => {
    const adapter = backend({ reverify: ['revealApiKey'] });
    const harness = await mount(ApiKeyHarness, adapter);
    const said = await consoleDuring(async () => {
      await harness.copy();
      await harness.proveIdentity(DEMO_PASSWORD);
      await until(() => harness.status === en.apiKey.copied, 'the copy was not said');
    });
    expect(clipboard.written.join() === (await realKey(adapter)), 'the key was copied').to.equal(true);
    expect(await traces(harness, adapter)).to.equal('');
    expect(said.some((line) => line.includes(secretPart(clipboard.written.join())))).to.equal(false);
  });

  it('after a new key is shown and Done, the event included', async () => {
    const adapter = backend({ reverify: ['regenerateApiKey'] });
    const harness = await mount(ApiKeyHarness, adapter);
    let event: AccountApiKeyRegeneratedEvent | undefined;
    const said = await consoleDuring(async () => {
      await harness.openRegenerate();
      const regenerated = oneEvent<AccountApiKeyRegeneratedEvent>(
        harness.element,
        AccountApiKeyRegeneratedEvent.eventName,
      );
      await harness.confirmRegenerate();
      await harness.proveIdentity(DEMO_PASSWORD);
      event = await regenerated;
      await harness.newKeyShown();
      await harness.copy();
      await harness.click(en.apiKey.done);
      await harness.keyMasked();
    });
    expect(await traces(harness, adapter)).to.equal('');
    const secret = secretPart(await realKey(adapter));
    expect(pathsHolding(event, secret).join()).to.equal('');
    expect(said.some((line) => line.includes(secret))).to.equal(false);
  });

  it('when the element leaves the page while the key shows', async () => {
    const adapter = backend();
    const harness = await mount(ApiKeyHarness, adapter);
    await harness.reveal();
    await harness.keyShown();
    harness.element.remove();
    expect(await traces(harness, adapter)).to.equal('');
  });

  it('when a new key leaves the page before Done', async () => {
    const adapter = backend();
    const harness = await mount(ApiKeyHarness, adapter);
    await harness.openRegenerate();
    await harness.confirmRegenerate();
    await harness.newKeyShown();
    harness.element.remove();
    expect(await traces(harness, adapter)).to.equal('');
  });

  it('when the element gets another adapter, whose key is not shown in its place', async () => {
    const adapter = backend();
    const harness = await mount(ApiKeyHarness, adapter);
    await harness.reveal();
    await harness.keyShown();
    const other = backend();
    harness.element.adapter = other;
    await harness.element.updateComplete;
    expect(await traces(harness, adapter)).to.equal('');
    await harness.ready(ApiKeyHarness.readySelector);
    await until(() => harness.key === '' || harness.key.includes('•'), 'a full key stayed on screen');
    expect(harness.root.innerHTML.includes(secretPart(await realKey(other)))).to.equal(false);
  });

  it('when the key in force changes under it (another element regenerated it)', async () => {
    const adapter = backend();
    const harness = await mount(ApiKeyHarness, adapter);
    const second = await mount(ApiKeyHarness, adapter);
    await harness.reveal();
    const first = await harness.keyShown();
    await second.openRegenerate();
    await second.confirmRegenerate();
    await second.newKeyShown();
    await harness.keyMasked();
    expect(tracesOf(secretPart(first), harness.element, [adapter]).join(', ')).to.equal('');
  });
});
