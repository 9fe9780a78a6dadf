import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { AccountElement } from '../../src/core/account-element.js';
import { ResourceController } from '../../src/core/resource-controller.js';
import { storeFor } from '../../src/core/store.js';
import { backend, type RecordingAdapter } from '../support/recording-adapter.js';

@customElement('test-lazy-resource-host')
class LazyHost extends AccountElement {
  readonly plans = new ResourceController(this, 'plans', { lazy: true });

  override render() {
    return html`<p>${this.plans.status}</p>`;
  }
}

@customElement('test-eager-resource-host')
class EagerHost extends AccountElement {
  readonly plans = new ResourceController(this, 'plans');

  override render() {
    return html`<p>${this.plans.status}</p>`;
  }
}

async function mount<E extends LazyHost | EagerHost>(
  tag: 'lazy' | 'eager',
  adapter: RecordingAdapter,
): Promise<E> {
  const el =
    tag === 'lazy'
      ? await fixture<LazyHost>(html`<test-lazy-resource-host .adapter=${adapter}></test-lazy-resource-host>`)
      : await fixture<EagerHost>(
          html`<test-eager-resource-host .adapter=${adapter}></test-eager-resource-host>`,
        );
  return el as E;
}

/** What the host shows, which is the controller's status. */
function shown(el: LazyHost | EagerHost): string {
  return el.shadowRoot?.textContent?.trim() ?? '';
}

describe('ResourceController, lazy', () => {
  it('reads at once by default, as before', async () => {
    const adapter = backend();
    const el = await mount<EagerHost>('eager', adapter);
    await waitUntil(() => el.plans.status === 'ready', 'the plans did not load');
    expect(adapter.count('listPlans')).to.equal(1);
    expect(el.plans.value?.length).to.equal(4);
  });

  it('asks nothing until load(), and says idle meanwhile', async () => {
    const adapter = backend();
    const el = await mount<LazyHost>('lazy', adapter);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(adapter.count('listPlans')).to.equal(0);
    expect(el.plans.status).to.equal('idle');
    expect(shown(el)).to.equal('idle');
    expect(el.plans.value).to.equal(undefined);
  });

  it('renders its idle state as loading', async () => {
    const el = await mount<LazyHost>('lazy', backend());
    const view = el.plans.render({
      ready: () => 'ready',
      loading: () => 'loading',
      error: () => 'error',
      noAdapter: () => 'no adapter',
    });
    expect(view).to.equal('loading');
  });

  it('load() reads once, however often it is called', async () => {
    const adapter = backend();
    const el = await mount<LazyHost>('lazy', adapter);
    const first = el.plans.load();
    expect(el.plans.status).to.equal('loading');
    await Promise.all([first, el.plans.load()]);
    await waitUntil(() => el.plans.status === 'ready', 'the plans did not load');
    await el.plans.load();
    expect(adapter.count('listPlans')).to.equal(1);
    expect(shown(el)).to.equal('ready');
  });

  it('is ready at once, with no request, when the store already has the value', async () => {
    const adapter = backend();
    await storeFor(adapter).load('plans');
    const el = await mount<LazyHost>('lazy', adapter);
    expect(el.plans.status).to.equal('ready');
    await el.plans.load();
    expect(adapter.count('listPlans')).to.equal(1);
  });

  it('says a failed read, and retry() reads again', async () => {
    const adapter = backend();
    adapter.failNext('network', { method: 'listPlans' });
    const el = await mount<LazyHost>('lazy', adapter);
    await el.plans.load();
    await waitUntil(() => el.plans.status === 'error', 'the failure was not said');
    expect(el.plans.error?.code).to.equal('network');
    await el.plans.retry();
    await waitUntil(() => el.plans.status === 'ready', 'the retry did not load');
    expect(adapter.count('listPlans')).to.equal(2);
  });

  it('follows a new adapter once asked for, and not before', async () => {
    const first = backend();
    const second = backend();
    const el = await mount<LazyHost>('lazy', first);
    el.adapter = second;
    await el.updateComplete;
    expect(first.count('listPlans') + second.count('listPlans')).to.equal(0);
    await el.plans.load();
    el.adapter = first;
    await el.updateComplete;
    await waitUntil(() => el.plans.status === 'ready', 'the plans did not load');
    expect(first.count('listPlans')).to.equal(1);
  });

  it('retry() starts a lazy resource that was never asked for', async () => {
    const adapter = backend();
    const el = await mount<LazyHost>('lazy', adapter);
    await el.plans.retry();
    await waitUntil(() => el.plans.status === 'ready', 'the plans did not load');
    expect(adapter.count('listPlans')).to.equal(1);
  });
});
