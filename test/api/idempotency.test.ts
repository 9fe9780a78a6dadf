import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '../../src/api/index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs `body` with `crypto.randomUUID` replaced (or gone, as on a plain-http page), then puts it back. */
function withRandomUUID(replacement: (() => string) | undefined, body: () => void): void {
  Object.defineProperty(crypto, 'randomUUID', { value: replacement, configurable: true, writable: true });
  try {
    body();
  } finally {
    // The replacement was an own property shadowing the prototype's method; removing it restores that.
    Reflect.deleteProperty(crypto, 'randomUUID');
  }
}

describe('newIdempotencyKey', () => {
  it('makes different UUID v4 keys without crypto.randomUUID', () => {
    withRandomUUID(undefined, () => {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const keys = Array.from({ length: 50 }, () => newIdempotencyKey());
      for (const key of keys) expect(key).to.match(UUID_V4);
      expect(new Set(keys).size).to.equal(keys.length);
    });
    expect(crypto.randomUUID()).to.match(UUID_V4);
  });

  it('uses crypto.randomUUID where there is one', () => {
    const fromPlatform = '0f8fad5b-d9cb-469f-a165-70867728950e';
    withRandomUUID(
      () => fromPlatform,
      () => expect(newIdempotencyKey()).to.equal(fromPlatform),
    );
  });
});
