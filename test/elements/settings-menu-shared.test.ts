/**
 * What every element promises, for `<settings-menu>`. The shared suite (`sharedElementSuite`) checks a
 * settings card (a section, a skeleton shown at once, a notice with a retry); this element is a
 * header button whose states live in a closed panel, so the same promises are checked here in its
 * terms: adapter lookup three ways, the no-adapter message, axe closed and open in light, dark and
 * right to left, every rendered part documented, and no dev-mode warnings.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { configure } from '../../src/core/configure.js';
import '../../src/elements/account-provider/account-provider.js';
import { pngBlob } from '../support/images.js';
import { expectPartsDocumented } from './shared/element-suite.js';
import { en } from '../../src/i18n/index.js';
import { until } from '../harness/element-harness.js';
import { hostEntries, SettingsMenuHarness } from '../harness/settings-menu.js';
import { mountMenu } from '../support/host-header.js';
import { mountIn } from '../support/mount.js';
import { consoleDuring } from '../support/page.js';
import { backend } from '../support/recording-adapter.js';

describe('<settings-menu>: what every element does', () => {
  describe('finding its adapter', () => {
    it('uses its own adapter property', async () => {
      await mountMenu({ adapter: backend(), ready: true });
    });

    it('uses the nearest <account-provider>', async () => {
      await mountIn(
        SettingsMenuHarness,
        html`<account-provider .adapter=${backend()}
          ><div><settings-menu></settings-menu></div
        ></account-provider>`,
      );
    });

    it('uses the page default set with configure()', async () => {
      configure({ adapter: backend() });
      try {
        await mountIn(SettingsMenuHarness, html`<settings-menu></settings-menu>`);
      } finally {
        configure({ adapter: undefined });
      }
    });

    it('tells the integrator when there is none, and "My Settings" still works', async () => {
      const harness = await mountMenu({ adapter: undefined });
      await harness.open();
      expect(harness.notice).to.equal(en.errors.noAdapter);
      expect(harness.triggerName).to.equal(en.menu.button);
      let requests = 0;
      harness.element.addEventListener('account-settings-requested', () => requests++);
      await harness.choose(en.menu.mySettings);
      expect(requests).to.equal(1);
    });
  });

  describe('for everyone (axe)', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`closed and open, ${theme}, ${dir}`, async () => {
          const harness = await mountMenu({
            adapter: backend(),
            theme,
            dir,
            items: hostEntries(),
            ready: true,
          });
          expect(harness.element.matches(`:dir(${dir})`)).to.equal(true);
          await expect(harness.element).to.be.accessible();
          await harness.open();
          await expect(harness.element).to.be.accessible();
        });
      }

      it(`open while loading, after a failed load, and with no adapter, ${theme}`, async () => {
        const loading = await mountMenu({ adapter: backend({ latency: 60_000 }), theme });
        await loading.open();
        await expect(loading.element).to.be.accessible();

        const adapter = backend();
        adapter.failNext('network', { method: 'getAccount', times: 2 });
        const failed = await mountMenu({ adapter, theme });
        await until(() => failed.notice !== '', 'the failure was not said');
        await failed.open();
        await until(() => failed.notice !== '', 'the failure was not said again');
        await expect(failed.element).to.be.accessible();

        const none = await mountMenu({ adapter: undefined, theme });
        await none.open();
        await expect(none.element).to.be.accessible();
      });
    }

    it('open with a member and a picture, dark', async () => {
      const adapter = backend({ user: 'member' });
      await adapter.uploadAvatar(await pngBlob(64, 64));
      const harness = await mountMenu({ adapter, theme: 'dark', ready: true });
      expect(harness.maybe('img#person-avatar') !== null, 'the picture shows').to.equal(true);
      await harness.open();
      await expect(harness.element).to.be.accessible();
    });
  });

  describe('documented', () => {
    it('every part it renders, closed, open, loading, failed and with no adapter', async () => {
      const ready = await mountMenu({ adapter: backend(), items: hostEntries(), ready: true });
      await expectPartsDocumented(ready);
      await ready.open();
      await expectPartsDocumented(ready);

      const link = await mountMenu({ adapter: backend(), href: '#settings' });
      await expectPartsDocumented(link);

      await expectPartsDocumented(await mountMenu({ adapter: backend({ latency: 60_000 }) }));

      const adapter = backend();
      adapter.failNext('network', { method: 'getAccount' });
      const failed = await mountMenu({ adapter });
      await until(() => failed.notice !== '', 'the failure was not said');
      await expectPartsDocumented(failed);

      await expectPartsDocumented(await mountMenu({ adapter: undefined }));
    });
  });

  it('warns nothing in Lit dev mode while it loads, renders, opens and closes', async () => {
    const warnings = await consoleDuring(async () => {
      const harness = await mountMenu({ adapter: backend(), items: hostEntries(), ready: true });
      await harness.open();
      await harness.choose('Help');
      await waitUntil(() => !harness.isOpen);
    }, ['warn']);
    expect(warnings.filter((warning) => !warning.includes('Lit is in dev mode'))).to.deep.equal([]);
  });
});
