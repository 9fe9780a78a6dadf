/**
 * The kit end to end, as an integrator runs it: the `account-elements` command from bin/, over the
 * library's build (run `npm run build` first), against the mock server and a broken one.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startBrokenServer } from './broken-server.mjs';

const BIN = fileURLToPath(new URL('../../bin/account-elements.mjs', import.meta.url));
const ORIGIN = 'http://localhost:5173';
const PASSWORD = 'correct horse 1';
/** A whole 1 × 1 PNG: signature, IHDR, IDAT and IEND, each with its CRC. */
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Runs the command to its end: exit code and output. */
async function run(...args) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'close');
  return { code, stdout, stderr };
}

/** `account-elements mock-server` on a free port; resolves once it listens. */
async function startMockServer(...args) {
  const child = spawn(process.execPath, [BIN, 'mock-server', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  for await (const chunk of child.stdout) {
    output += chunk;
    const listening = /Mock API listening on (\S+)/.exec(output);
    if (listening) return { url: listening[1], stop: () => child.kill('SIGTERM') };
  }
  throw new Error(`the mock server did not start: ${output}`);
}

/** The table row of an operation or an element, split into its cells. */
function row(stdout, name) {
  const line = stdout.split('\n').find((text) => text.startsWith(`${name} `));
  assert.ok(line, `a row for ${name}`);
  return line.split(/\s{2,}/);
}

describe('account-elements verify against the mock server', () => {
  let server;
  before(async () => {
    server = await startMockServer('--origin', ORIGIN);
  });
  after(() => server.stop());

  it('passes read-only, and reports what it did not run as skipped, not passed', async () => {
    const { code, stdout } = await run('verify', server.url, '--origin', ORIGIN, '--password', PASSWORD);
    assert.equal(code, 0, stdout);
    assert.doesNotMatch(stdout, /FAIL/);
    assert.equal(row(stdout, 'getAccount')[2], 'pass');
    assert.equal(row(stdout, 'revealApiKey')[2], 'pass');
    assert.deepEqual(row(stdout, 'updateProfile').slice(2), [
      'partial',
      '6/6',
      'skipped: validation, update',
    ]);
    assert.deepEqual(row(stdout, 'deleteAccount').slice(2, 4), ['partial', '1/1']);
    assert.equal(row(stdout, '<message-settings>')[1], 'not verified');
    assert.match(stdout, /deletes the account: run with --delete:\n {4}deleteAccount reverification/);
  });

  it('passes everything with --write --delete on a throwaway server, every element included', async () => {
    const throwaway = await startMockServer('--origin', ORIGIN);
    try {
      const args = [
        'verify',
        throwaway.url,
        '--origin',
        ORIGIN,
        '--password',
        PASSWORD,
        '--write',
        '--delete',
      ];
      const { code, stdout } = await run(...args);
      assert.equal(code, 0, stdout);
      const operations = stdout.split('\n\n')[1].split('\n').slice(2);
      assert.equal(operations.length, 31);
      for (const line of operations) assert.equal(line.split(/\s{2,}/)[2], 'pass', line);
      const elements = stdout.split('\n\n')[2].split('\n').slice(2);
      for (const line of elements) assert.equal(line.split(/\s{2,}/)[1], 'pass', line);
      assert.doesNotMatch(stdout, /Skipped/);
    } finally {
      throwaway.stop();
    }
  });

  it('takes the member as the member: admin-only operations must be forbidden', async () => {
    const member = await startMockServer('--user', 'member');
    try {
      const { code, stdout } = await run('verify', member.url, '--password', PASSWORD, '--json');
      assert.equal(code, 0, stdout);
      const reveal = JSON.parse(stdout).operations.find((entry) => entry.operation === 'revealApiKey');
      assert.equal(reveal.status, 'partial');
      assert.deepEqual(
        reveal.checks
          .filter((check) => check.outcome === 'pass')
          .map((check) => check.check)
          .sort(),
        ['forbidden', 'problem'],
      );
    } finally {
      member.stop();
    }
  });

  it('reports CORS for an origin the server does not allow', async () => {
    const { code, stdout } = await run('verify', server.url, '--origin', 'https://elsewhere.example');
    assert.equal(code, 1);
    assert.match(stdout, /getAccount cors-preflight: GET \/account: no Access-Control-Allow-Origin/);
    assert.match(stdout, /getAccount cors-origin: HTTP 200 with no Access-Control-Allow-Origin/);
  });

  it('serves an uploaded picture at an address a page on another origin can load', async () => {
    const { RestAdapter } = await import('../../dist/adapters/rest.js');
    const adapter = new RestAdapter({ baseUrl: server.url });
    await adapter.getAccount();
    const picture = async () => {
      const png = Buffer.from(ONE_PIXEL_PNG, 'base64');
      return (await adapter.uploadAvatar(new Blob([png], { type: 'image/png' }))).avatarUrl;
    };
    const first = await picture();
    assert.ok(first.startsWith(`${new URL(server.url).origin}/files/avatar/`), first);
    const served = await fetch(first);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('Content-Type'), 'image/png');
    assert.equal(served.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), Buffer.from(ONE_PIXEL_PNG, 'base64'));
    // A new picture gets a new address; the old one is gone.
    const second = await picture();
    assert.notEqual(second, first);
    assert.equal((await fetch(second)).status, 200);
    assert.equal((await fetch(first)).status, 404);
  });

  it('serves the test outbox and a problem 404 off the contract', async () => {
    const outbox = await fetch(`${server.url}/test/outbox`);
    assert.equal(outbox.headers.get('Cache-Control'), 'no-store');
    assert.ok(Array.isArray(await outbox.json()));
    const unknown = await fetch(`${server.url}/no/such/route`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers.get('Content-Type'), 'application/problem+json');
    assert.equal((await unknown.json()).code, 'not_found');
  });
});

describe('account-elements verify against a broken server', () => {
  let broken;
  let result;
  before(async () => {
    broken = await startBrokenServer();
    result = await run('verify', broken.url, '--origin', ORIGIN, '--write');
  });
  after(() => broken.close());

  it('fails, with exit code 1', () => {
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, /operation\(s\) failed\.$/m);
  });

  const expected = {
    'a read without an ETag': /^ {2}getAccount etag: HTTP 200 without an ETag/m,
    'HTML answered with 200':
      /^ {2}getMessageSettings json: HTTP 200 with text\/html, not application\/json/m,
    'a plain-text 500': /^ {2}getPlan problem: HTTP 500 with text\/plain, not application\/problem\+json/m,
    'CORS that hides the ETag': /^ {2}getAccount cors-expose: Access-Control-Expose-Headers lacks ETag/m,
    'CORS that does not allow If-Match':
      /^ {2}updateProfile cors-preflight: PATCH \/account: Access-Control-Allow-Headers lacks If-Match/m,
    'a POST that ignores Idempotency-Key':
      /^ {2}startCheckout idempotency-key-reused: HTTP 200 application\/json, expected 422 idempotency_key_reused/m,
    'a replay that is not a replay':
      /^ {2}startCheckout idempotency-replay: the same Idempotency-Key and body gave another checkout/m,
    'an update without If-Match taken':
      /^ {2}updateProfile if-match-428: HTTP 200 application\/json, expected 428 precondition_required/m,
  };
  for (const [breakage, line] of Object.entries(expected)) {
    it(`reports ${breakage} by name`, () => assert.match(result.stdout, line));
  }

  it('tells a broken route from one not offered (501), and an element from its routes', () => {
    assert.equal(row(result.stdout, 'getVoiceSettings')[2], 'not offered');
    assert.equal(row(result.stdout, 'listPlans')[2], 'pass');
    assert.match(
      row(result.stdout, '<account-profile>').join(' '),
      /FAIL failed: getAccount, updateProfile; not offered: checkUsername/,
    );
  });

  it('never passes a route of which only the preflight was checked', () => {
    assert.equal(row(result.stdout, 'completePasswordReset')[2], 'partial');
  });
});

describe('account-elements', () => {
  it('says how to use it, with exit code 2, when the arguments are wrong', async () => {
    const { code, stderr } = await run('verify', 'not-a-url');
    assert.equal(code, 2);
    assert.match(stderr, /Usage:/);
  });
});
