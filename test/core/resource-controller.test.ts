import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { AccountElement } from '../../src/core/account-element.js';
import { ResourceController } from '../../src/core/resource-controller.js';
import { storeFor } from '../../src/core/store.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';

@customElement('test-leaving-resource-host')
class LeavingHost extends AccountElement {
  readonly plans = new ResourceController(this, 'plans');
  renders = 0;

  override render() {
    this.renders++;
    return html`<p>${this.plans.status}</p>`;
  }
}

async function mount(adapter: RecordingAdapter): Promise<LeavingHost> {
  const el = await fixture<LeavingHost>(
    html`<test-leaving-resource-host .adapter=${adapter}></test-leaving-resource-host>`,
  );
  await waitUntil(() => el.plans.status === 'ready', 'the plans did not load');
  return el;
}

/**
 * A host that left the page can still be updated (a part of it fetched late arrives, its locale
 * loads). The store and the adapters live on, so such an update must not tie the host to them again.
 */
describe('ResourceController, once its host has left the page', () => {
  it('hears nothing more from the store, even when it is updated after it left', async () => {
    const adapter = backend();
    const el = await mount(adapter);
    const parent = el.parentElement!;
    el.remove();
    el.requestUpdate();
    await el.updateComplete;
    const renders = el.renders;
    storeFor(adapter).set('plans', []);
    await el.updateComplete;
    expect(el.renders, 'the store still reaches the removed host').to.equal(renders);

    // Back on the page, it follows the store again.
    parent.append(el);
    storeFor(adapter).set('plans', (await adapter.listPlans()).slice(0, 1));
    await el.updateComplete;
    expect(el.renders).to.be.greaterThan(renders);
    expect(el.plans.value?.length).to.equal(1);
  });

  it('starts no read while away, when it is given another adapter; it reads once back', async () => {
    const first = backend();
    const second = backend();
    const el = await mount(first);
    const parent = el.parentElement!;
    el.remove();
    el.adapter = second;
    await el.updateComplete;
    // Nothing would ever abort a read started now: the host is not on the page to leave it.
    expect(second.count('listPlans'), 'read while away').to.equal(0);

    parent.append(el);
    await waitUntil(() => second.count('listPlans') === 1, 'the new adapter was not read once back');
    await waitUntil(() => el.plans.status === 'ready', 'the plans did not load');
    expect(el.plans.value?.length).to.equal(4);
  });
});
