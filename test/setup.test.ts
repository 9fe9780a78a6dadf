import { expect } from '@open-wc/testing';

/** The tags defined while `load` runs, with their classes. */
async function definedDuring(load: () => Promise<unknown>): Promise<Map<string, CustomElementConstructor>> {
  const defined = new Map<string, CustomElementConstructor>();
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, constructor, options) => {
    defined.set(tag, constructor);
    define(tag, constructor, options);
  };
  try {
    await load();
  } finally {
    customElements.define = define;
  }
  return defined;
}

// Each test file runs in a page of its own: nothing has registered a tag here before these imports.
describe('account-elements/setup', () => {
  it('registers no tag, and exports what the root entry does, which registers every one', async function () {
    // The two imports load the whole source, each module transformed by the test server on first use.
    this.timeout(60_000);
    let setup: Record<string, unknown> = {};
    const bySetup = await definedDuring(async () => (setup = { ...(await import('../src/setup.js')) }));
    expect([...bySetup.keys()]).to.deep.equal([]);
    expect(setup['configure']).to.be.a('function');

    let root: Record<string, unknown> = {};
    const byRoot = await definedDuring(async () => (root = { ...(await import('../src/index.js')) }));
    expect([...byRoot.keys()]).to.include.members([
      'account-settings',
      'account-profile',
      'account-provider',
    ]);
    // Every class the root registers is one setup exports, to be registered under a name of the page's own.
    const exported = new Set(Object.values(setup));
    for (const [tag, constructor] of byRoot) expect(exported.has(constructor), tag).to.equal(true);
    expect(Object.keys(setup).sort()).to.deep.equal(Object.keys(root).sort());
    for (const name of Object.keys(setup)) expect(root[name], name).to.equal(setup[name]);
  });
});
