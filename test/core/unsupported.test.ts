import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { knownUnsupported, rememberUnsupported } from '../../src/core/unsupported.js';

describe('knownUnsupported / rememberUnsupported', () => {
  it('knows nothing of a backend until it refuses', () => {
    const adapter = new MemoryAdapter();
    expect(knownUnsupported(adapter, 'revealApiKey')).to.equal(false);
    expect(knownUnsupported(undefined, 'revealApiKey')).to.equal(false);
  });

  it('remembers each refusal for its adapter and operation alone', () => {
    const adapter = new MemoryAdapter();
    const other = new MemoryAdapter();
    rememberUnsupported(adapter, 'revealApiKey');
    rememberUnsupported(adapter, 'changePassword');
    expect(knownUnsupported(adapter, 'revealApiKey')).to.equal(true);
    expect(knownUnsupported(adapter, 'changePassword')).to.equal(true);
    expect(knownUnsupported(adapter, 'regenerateApiKey')).to.equal(false);
    expect(knownUnsupported(other, 'revealApiKey')).to.equal(false);
  });

  it('remembers nothing without an adapter', () => {
    rememberUnsupported(undefined, 'revealApiKey');
    expect(knownUnsupported(undefined, 'revealApiKey')).to.equal(false);
  });
});
