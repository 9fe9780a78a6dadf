import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LazyModule, whenNearOrIdle } from '../../src/core/lazy-module.js';

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

describe('whenNearOrIdle', () => {
  /** The browser's idle callbacks, held by the test: `idle()` runs them as an idle moment would. */
  function holdIdle(): { idle: () => void; restore: () => void } {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'requestIdleCallback');
    const savedCancel = Object.getOwnPropertyDescriptor(globalThis, 'cancelIdleCallback');
    const waiting = new Map<number, () => void>();
    let next = 1;
    Object.defineProperty(globalThis, 'requestIdleCallback', {
      configurable: true,
      value: (callback: () => void) => (waiting.set(next, callback), next++),
    });
    Object.defineProperty(globalThis, 'cancelIdleCallback', {
      configurable: true,
      value: (id: number) => waiting.delete(id),
    });
    return {
      idle: () => {
        for (const [id, callback] of [...waiting]) {
          waiting.delete(id);
          callback();
        }
      },
      restore: () => {
        if (saved) Object.defineProperty(globalThis, 'requestIdleCallback', saved);
        else delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
        if (savedCancel) Object.defineProperty(globalThis, 'cancelIdleCallback', savedCancel);
        else delete (globalThis as { cancelIdleCallback?: unknown }).cancelIdleCallback;
      },
    };
  }

  /** A block far below the viewport, and one to scroll the page by. */
  async function farBelow(): Promise<HTMLElement> {
    const root = await fixture<HTMLElement>(
      html`<div>
        <div style="block-size: 400vh"></div>
        <div id="target" style="block-size: 10px"></div>
      </div>`,
    );
    return root.querySelector<HTMLElement>('#target')!;
  }

  afterEach(() => scrollTo({ top: 0, behavior: 'instant' }));

  it('calls once, when the browser is idle, though the target is far from the view', async () => {
    const held = holdIdle();
    try {
      let calls = 0;
      whenNearOrIdle(await farBelow(), () => calls++);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls, 'before the browser was idle').to.equal(0);
      held.idle();
      expect(calls).to.equal(1);
      held.idle();
      expect(calls, 'called again').to.equal(1);
    } finally {
      held.restore();
    }
  });

  it('calls once the target nears the view, the browser never idle; and not at all once called off', async () => {
    const held = holdIdle();
    try {
      let calls = 0;
      const target = await farBelow();
      whenNearOrIdle(target, () => calls++, { margin: '0px' });
      let offCalls = 0;
      const callOff = whenNearOrIdle(target, () => offCalls++, { margin: '0px' });
      callOff();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls, 'while far from the view').to.equal(0);
      target.scrollIntoView();
      await waitUntil(() => calls === 1, 'not called as the target came into view');
      held.idle();
      expect(calls).to.equal(1);
      expect(offCalls, 'called, though called off').to.equal(0);
    } finally {
      held.restore();
    }
  });
});
