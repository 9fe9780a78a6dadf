import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LazyModule } from '../../src/core/lazy-module.js';

interface Greeting {
  greet: (name: string) => string;
}

/** An importer the test controls: each call is a fetch that the test answers or fails. */
class Fetches {
  calls = 0;
  private pending: { resolve: (module: Greeting) => void; reject: (error: Error) => void }[] = [];

  readonly importer = (): Promise<Greeting> => {
    this.calls++;
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  };

  arrive(): void {
    this.pending.shift()!.resolve({ greet: (name) => `Hello, ${name}` });
  }

  fail(): void {
    this.pending.shift()!.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
}

let fetches = new Fetches();

@customElement('test-lazy-module-host')
class LazyModuleHost extends LitElement {
  /** How often `onLoad` ran. */
  arrivals = 0;
  readonly greeting = new LazyModule(this, fetches.importer, () => this.arrivals++);
  retry?: () => void;

  override render() {
    return html`<p>
      ${this.greeting.render({
        ready: (module) => module.greet('Ada'),
        loading: () => 'loading',
        error: (error, retry) => {
          this.retry = retry;
          return `failed: ${error.code}`;
        },
        noAdapter: () => 'no adapter',
      })}
    </p>`;
  }
}

async function host(): Promise<LazyModuleHost> {
  fetches = new Fetches();
  return fixture<LazyModuleHost>(html`<test-lazy-module-host></test-lazy-module-host>`);
}

function shown(el: LazyModuleHost): string {
  return el.shadowRoot?.textContent?.trim() ?? '';
}

describe('LazyModule', () => {
  it('fetches nothing until asked, then shows the module once it arrives', async () => {
    const el = await host();
    expect(fetches.calls).to.equal(0);
    expect(el.greeting.status).to.equal('idle');
    const loaded = el.greeting.load();
    await el.updateComplete;
    expect(el.greeting.status).to.equal('loading');
    expect(shown(el)).to.equal('loading');
    fetches.arrive();
    expect((await loaded).greet('Grace')).to.equal('Hello, Grace');
    await waitUntil(() => shown(el) === 'Hello, Ada', 'the host did not render the module');
    expect(el.greeting.module).to.not.equal(undefined);
  });

  it('fetches once however often it is asked', async () => {
    const el = await host();
    const first = el.greeting.load();
    const second = el.greeting.load();
    fetches.arrive();
    expect(await first).to.equal(await second);
    await el.greeting.load();
    expect(fetches.calls).to.equal(1);
    expect(el.arrivals).to.equal(1);
  });

  it('says a failed fetch as a network error, and its retry fetches again', async () => {
    const el = await host();
    const failed = el.greeting.load();
    fetches.fail();
    const error = await failed.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.have.property('code', 'network');
    await waitUntil(() => shown(el) === 'failed: network', 'the failure was not shown');
    expect(el.greeting.status).to.equal('error');
    expect(el.arrivals).to.equal(0);

    el.retry!();
    await el.updateComplete;
    expect(fetches.calls).to.equal(2);
    expect(shown(el)).to.equal('loading');
    fetches.arrive();
    await waitUntil(() => shown(el) === 'Hello, Ada', 'the retry did not bring the module');
    // What waits for the module hears of it, though the retry was not its own call.
    expect(el.arrivals).to.equal(1);
  });
});
