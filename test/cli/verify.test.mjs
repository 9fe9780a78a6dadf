/**
 * The kit end to end, as an integrator runs it: the `account-elements` command from bin/, over the
 * library's build (run `npm run build` first), against the mock server and a broken one.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startBrokenServer } from './broken-server.mjs';
import { startNaiveServer } from './naive-server.mjs';

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
    assert.deepEqual(row(stdout, 'revealApiKey').slice(2), ['partial', '9/9', 'skipped: spent-token']);
    assert.deepEqual(row(stdout, 'updateProfile').slice(2), [
      'partial',
      '6/6',
      'skipped: validation, update',
    ]);
    assert.deepEqual(row(stdout, 'deleteAccount').slice(2, 4), ['partial', '1/1']);
    assert.equal(row(stdout, '<message-settings>')[1], 'not verified');
    // Sign-in security, read-only: the lists, and the guarded starts refused without a token.
    for (const read of ['listPasskeys', 'getTwoStep', 'listSessions'])
      assert.equal(row(stdout, read)[2], 'pass');
    assert.deepEqual(row(stdout, 'startPasskeyRegistration').slice(2), ['pass', '4/4']);
    assert.deepEqual(row(stdout, 'disableTotp').slice(2), [
      'partial',
      '1/1',
      'skipped: reverification, status',
    ]);
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
      assert.equal(operations.length, 46);
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

describe('account-elements verify against a backend an attacker races through', () => {
  let naive;
  let result;
  before(async () => {
    naive = await startNaiveServer();
    result = await run('verify', naive.url, '--password', PASSWORD, '--write', '--json');
  });
  after(() => naive.close());

  const outcome = (operation, check) =>
    JSON.parse(result.stdout)
      .operations.find((entry) => entry.operation === operation)
      .checks.find((entry) => entry.check === check);
  const expected = {
    'the password reset saying same_as_current before the code': [
      'completePasswordReset',
      'no-password-oracle',
      /answered same_as_current/,
    ],
    'parallel wrong passwords all checked': ['completeReverification', 'parallel-tries', /were checked/],
    'parallel wrong codes all checked, the right one after them accepted': [
      'completePasswordReset',
      'parallel-tries',
      /the right one, last, was accepted/,
    ],
    'a spent token opened again with another key': ['revealApiKey', 'spent-token', /Idempotency-Key: spent/],
    'one token opening parallel requests': ['regenerateApiKey', 'one-token-once', /opened [2-5] of them/],
    'one idempotency key running parallel requests': ['regenerateApiKey', 'one-key-once', /made [2-5] keys/],
    'username checks without a limit': ['checkUsername', 'limited', /without a limit/],
    'a text/plain write from another site': ['startPasswordReset', 'cross-site-write', /text\/plain POST/],
  };
  it('reports the sign-in security it does not serve as not offered, not failed', () => {
    const report = JSON.parse(result.stdout);
    for (const operation of ['listPasskeys', 'getTwoStep', 'listSessions', 'startTotpSetup']) {
      const entry = report.operations.find((candidate) => candidate.operation === operation);
      assert.equal(entry.status, 'not offered', operation);
    }
  });
  for (const [hole, [operation, check, detail]] of Object.entries(expected)) {
    it(`names ${hole}`, () => {
      const found = outcome(operation, check);
      assert.equal(found?.outcome, 'fail', `${operation} ${check}: ${JSON.stringify(found)}`);
      assert.match(found.detail, detail);
    });
  }
});

describe('account-elements mock-server against hostile pages', () => {
  let server;
  before(async () => {
    server = await startMockServer('--origin', ORIGIN);
  });
  after(() => server.stop());

  /** A raw request, so Host and Origin can be anything a browser or a rebinding page would send. */
  function request(method, path, headers = {}, body = undefined) {
    const url = new URL(path, server.url);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method, headers },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  it('refuses a write that is not JSON with 415, before it is read', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const guess = JSON.stringify({ method: 'password', password: 'a guess', operation: 'revealApiKey' });
      const answer = await request('POST', '/reverifications', { 'Content-Type': type }, guess);
      assert.equal(answer.status, 415, type);
    }
    const outbox = await (await fetch(`${server.url}/test/outbox`)).json();
    const sent = await request('POST', '/account/password/reset-codes', { 'Content-Type': 'text/plain' });
    assert.equal(sent.status, 415);
    assert.equal((await (await fetch(`${server.url}/test/outbox`)).json()).length, outbox.length);
  });

  it('refuses a write from an origin it does not allow with 403, and takes one it allows', async () => {
    const forged = await request('POST', '/account/password/reset-codes', {
      Origin: 'https://attacker.example',
    });
    assert.equal(forged.status, 403);
    assert.equal(JSON.parse(forged.text).code, 'forbidden');
    const opaque = await request('POST', '/account/password/reset-codes', { Origin: 'null' });
    assert.equal(opaque.status, 403);
    const read = await request('GET', '/account', { Origin: 'https://attacker.example' });
    assert.equal(read.status, 200);
    assert.equal(read.headers['access-control-allow-origin'], undefined, 'nothing readable by that page');
    const allowed = await request('POST', '/account/password/reset-codes', { Origin: ORIGIN });
    assert.equal(allowed.status, 200);
  });

  it('answers only for its own host names, so a rebound name reads nothing', async () => {
    const rebound = await request('GET', '/test/outbox', { Host: 'attacker.example:8787' });
    assert.equal(rebound.status, 403);
    assert.doesNotMatch(rebound.text, /secret/);
    for (const host of ['localhost', '127.0.0.1', `127.0.0.1:${new URL(server.url).port}`]) {
      assert.equal((await request('GET', '/account', { Host: host })).status, 200, host);
    }
  });

  it('never pairs any origin with credentials', async () => {
    const open = await startMockServer('--origin', '*');
    try {
      const answer = await fetch(`${open.url}/account`, { headers: { Origin: 'https://any.example' } });
      assert.equal(answer.headers.get('Access-Control-Allow-Origin'), '*');
      assert.equal(answer.headers.get('Access-Control-Allow-Credentials'), null);
      const opaque = await fetch(`${open.url}/account`, { headers: { Origin: 'null' } });
      assert.notEqual(opaque.headers.get('Access-Control-Allow-Origin'), 'null');
      assert.equal(opaque.headers.get('Access-Control-Allow-Credentials'), null);
    } finally {
      open.stop();
    }
  });
});

describe('account-elements', () => {
  it('says how to use it, with exit code 2, when the arguments are wrong', async () => {
    const { code, stderr } = await run('verify', 'not-a-url');
    assert.equal(code, 2);
    assert.match(stderr, /Usage:/);
  });
});
