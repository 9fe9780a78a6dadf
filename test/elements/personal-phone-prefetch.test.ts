import { expect, waitUntil } from '@open-wc/testing';
import { PersonalPhoneHarness } from '../harness/personal-phone.js';
import { mount } from '../support/mount.js';
import { backend } from '../support/recording-adapter.js';

/** Whether the page has fetched the module of the new number's fields. */
function changeFetched(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /\/personal-phone\/phone-change\.(ts|js)\b/.test(entry.name));
}

// Alone in its file: a page fetches a module once, and this test must see the first fetch.
describe('<personal-phone> fetching the change', () => {
  // The test page loads hundreds of modules: room for the ones this test looks for.
  before(() => performance.setResourceTimingBufferSize(10_000));

  it('fetches the new number’s fields when focus comes to "Change number", not with the page', async () => {
    const harness = await mount(PersonalPhoneHarness, backend());
    expect(changeFetched(), 'fetched with the page').to.equal(false);
    harness.changeButton.focus();
    await waitUntil(changeFetched, 'not fetched when focus came to "Change number"');
    await harness.openChange();
    expect(harness.maybe('#phone-number')).to.not.equal(null);
  });
});
