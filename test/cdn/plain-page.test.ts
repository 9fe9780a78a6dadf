/**
 * README's page with no build step (`plain-page.html`, on the CDN entry), opened fresh, as a person
 * who follows a link from an email or a support article opens it: the elements are registered
 * before the page configures its adapter, and the backend answers over `fetch`.
 */
import { expect } from '@open-wc/testing';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.component.js';
import { de } from '../../src/i18n/de.js';
import { es } from '../../src/i18n/es.js';
import { AccountSettingsHarness } from '../harness/account-settings.js';
import { text, until } from '../harness/element-harness.js';
import { expectArrivedAt } from '../support/deep-link.js';
import { recordRequests, settledRequests, SETTINGS_PAGE_READS } from '../support/devtools.js';
import { inFrame, openInFrame } from '../support/frame.js';

const PAGE = '/test/cdn/plain-page.html';

describe('a plain page with the CDN file, opened fresh', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const id of ['plan', 'api-key']) {
    it(`lands on the section a deep link names (#${id}), heading focused, current in the navigation`, async () => {
      frame = await openInFrame(`${PAGE}#${id}`);
      await expectArrivedAt(frame, id);
    });
  }

  const hosts: { holder: string; url: string; heading: string }[] = [
    { holder: 'configure()', url: `${PAGE}?locale=de`, heading: de.settings.heading },
    {
      holder: 'the <account-settings> element',
      url: `${PAGE}?adapter-on=account-settings&locale=es`,
      heading: es.settings.heading,
    },
    {
      holder: 'an <account-provider>',
      url: '/test/cdn/provider-page.html?adapter-on=account-provider&locale=de',
      heading: de.settings.heading,
    },
  ];
  for (const { holder, url, heading } of hosts) {
    it(`asks for each resource once, none aborted, its adapter and then its locale given to ${holder} after the elements mounted`, async () => {
      await recordRequests();
      frame = await openInFrame(url);
      const page = new AccountSettingsHarness(await inFrame<AccountSettings>(frame, 'account-settings'));
      await page.allShowData();
      await until(() => text(page.pageHeading) === heading, 'the locale did not reach the page');
      const requests = await settledRequests(frame);
      expect(requests.map(({ method, url }) => `${method} ${new URL(url).pathname}`).sort()).to.deep.equal(
        SETTINGS_PAGE_READS,
      );
      expect(requests.filter((request) => request.outcome !== 'answered')).to.deep.equal([]);
    });
  }
});
