/**
 * The package on a server, as a framework that prerenders a page loads it: Node, no DOM. Every
 * entry imports without throwing, `configure()` does nothing harmful, and the contract entry
 * registers nothing and needs nothing of a browser. Runs over the build (`npm run build` first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const DEFAULTS = Symbol.for('account-elements/defaults');

describe('account-elements/contract in Node', () => {
  it('registers nothing and needs no DOM', async () => {
    const contract = await import('../../dist/contract.js');
    assert.equal(globalThis.customElements, undefined, 'no custom element registry was made');
    assert.equal(globalThis.document, undefined);
    assert.ok(contract.ERROR_CODES.includes('idempotency_key_in_use'));
    assert.equal(contract.ROUTES.getAccount[1], '/account');
    assert.equal(contract.account.safeParse({}).success, false);
  });

  it('carries the checks a backend runs: the phone against the plans, the password against the list', async () => {
    const { checkPhone, passwordRuleProblem, AccountError } = await import('../../dist/contract.js');
    assert.deepEqual(checkPhone('+1 415 555 2671'), { ok: true, e164: '+14155552671' });
    assert.equal(checkPhone('+1 900 555 0100').ok, false);
    assert.equal(passwordRuleProblem('Password1!', { username: 'ada' }), 'password_common');
    assert.equal(
      passwordRuleProblem('my name is ada lovelace', { username: 'ada' }),
      'password_contains_username',
    );
    assert.equal(passwordRuleProblem('a fine new phrase', { username: 'ada' }), undefined);
    assert.equal(new AccountError('rate_limited', 'wait', { retryAfter: 3 }).retryable, true);
  });

  it('is a side-effect-free entry of the package', () => {
    assert.equal(packageJson.exports['./contract'].default, './dist/contract.js');
    assert.ok(!packageJson.sideEffects.includes('./dist/contract.js'));
  });
});

describe('every entry on a server', () => {
  const entries = Object.entries(packageJson.exports)
    .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js'))
    .map(([subpath, target]) => [subpath, target.default]);

  for (const [subpath, file] of entries) {
    it(`imports ${subpath} without a DOM`, async () => {
      await import(new URL(`../../${file}`, import.meta.url).href);
    });
  }

  it('configure() keeps nothing and throws nothing there', async () => {
    const { configure } = await import('../../dist/index.js');
    const { MemoryAdapter } = await import('../../dist/adapters/memory.js');
    assert.doesNotThrow(() => configure({ adapter: new MemoryAdapter(), locale: 'de' }));
    assert.equal(globalThis[DEFAULTS], undefined, "one visitor's adapter is not kept in the server's global");
  });
});

describe('account-elements/react on a server', () => {
  it('renders the page with its sections, as the element would make them, and its attributes', async () => {
    const React = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { AccountSettings } = await import('../../dist/react.js');
    const team = React.createElement('section', { 'data-section': 'team', 'data-label': 'Team' }, 'Team');
    const markup = renderToString(
      React.createElement(
        AccountSettings,
        { sections: 'plan team profile', hide: 'plan', headingLevel: 1, onAccountProfileUpdated: () => {} },
        team,
      ),
    );
    assert.equal(
      markup,
      '<account-settings sections="plan team profile" hide="plan" heading-level="1">' +
        '<section data-section="team" data-label="Team">Team</section>' +
        '<account-profile data-section="profile" heading-level="2"></account-profile>' +
        '</account-settings>',
    );
  });
});
