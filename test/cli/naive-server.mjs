/**
 * A backend written the obvious way, for the kit's tests: every rule of the contract is there, but
 * checked in the order that first comes to mind (read a count, await the slow check, then write),
 * so an attacker's parallel requests get through. `verify --write` must name each hole. Routes it
 * does not serve answer 501.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const LIMIT = 5;
const ACCOUNT = {
  id: 'acc_1',
  name: 'Ada Lovelace',
  username: 'ada',
  email: 'ada@example.com',
  pendingEmail: null,
  phone: '+14155550123',
  avatarUrl: null,
  role: 'admin',
  createdAt: '2026-01-01T00:00:00Z',
};

/** The password's length rule, which depends on the request alone. */
function tooShort(response, password) {
  if (typeof password === 'string' && [...password].length >= 8) return false;
  problem(response, 422, 'validation', { errors: [{ field: 'newPassword', code: 'too_short', min: 8 }] });
  return true;
}

function send(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

function problem(response, status, code, extra = {}) {
  send(response, status, { title: code, status, code, ...extra }, 'application/problem+json');
}

export function startNaiveServer() {
  let password = 'correct horse 1';
  /** A password hash takes time: the await a naive limit is raced through. */
  const passwordMatches = async (candidate) => {
    await sleep(20);
    return candidate === password;
  };
  const tries = { reverification: 0, password_reset: 0 };
  const tokens = new Map();
  const keys = new Map();
  const outbox = [];
  let reset;
  let apiKey = 'ak_live_0000';
  let sends = 0;

  const verification = (id, purpose) => ({
    id,
    purpose,
    channel: 'sms',
    sentTo: '•••• 0123',
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    resendAvailableAt: new Date(Date.now() + 30_000).toISOString(),
    attemptsLeft: LIMIT - tries[purpose],
  });
  const secret = () => ({
    key: apiKey,
    info: {
      id: apiKey,
      masked: `ak_live_••••${apiKey.slice(-4)}`,
      createdAt: ACCOUNT.createdAt,
      lastUsedAt: null,
    },
  });

  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk; // any Content-Type is read as JSON
    let body = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {};
    }
    const url = new URL(request.url, 'http://x');
    const route = `${request.method} ${url.pathname}`;
    const token = request.headers['reverification-token'];
    const key = request.headers['idempotency-key'];

    /** The token is looked up, the work awaited, and only then the token marked used. */
    const guarded = async (operation, work) => {
      const record = tokens.get(token);
      if (!record || record.operation !== operation || (record.spentOn !== null && record.spentOn !== key)) {
        return problem(response, 403, 'reverification_required', { methods: ['password'], operation });
      }
      // The idempotency key is looked up before the work and written after it.
      const remembered = key === undefined ? undefined : keys.get(`${operation} ${key}`);
      if (remembered) return send(response, 200, remembered);
      await sleep(10);
      const answer = work();
      record.spentOn = key ?? 'spent';
      if (key !== undefined) keys.set(`${operation} ${key}`, answer);
      return send(response, 200, answer);
    };

    switch (route) {
      case 'GET /account':
        return send(response, 200, ACCOUNT);
      case 'GET /account/username-availability': // no limit: taken names can be listed
        return send(response, 200, { username: url.searchParams.get('username'), available: true });
      case 'POST /reverifications': {
        if (tries.reverification >= LIMIT)
          return problem(response, 429, 'rate_limited', { retryAfter: 3600 });
        if (!(await passwordMatches(body.password))) {
          tries.reverification += 1; // counted after the awaited check
          return problem(response, 422, 'verification_failed', {
            attemptsLeft: Math.max(0, LIMIT - tries.reverification),
          });
        }
        const issued = randomUUID();
        tokens.set(issued, { operation: body.operation, spentOn: null });
        return send(response, 200, {
          token: issued,
          expiresAt: new Date(Date.now() + 300_000).toISOString(),
        });
      }
      case 'POST /api-key/reveal':
        return guarded('revealApiKey', secret);
      case 'POST /api-key/regenerate':
        return guarded('regenerateApiKey', () => {
          apiKey = `ak_live_${randomUUID().slice(0, 8)}`;
          return secret();
        });
      case 'POST /account/password/reset-codes': {
        sends += 1;
        reset = { id: `ver_${sends}`, code: String(100000 + sends) };
        outbox.push({
          id: `msg_${sends}`,
          channel: 'sms',
          to: ACCOUNT.phone,
          purpose: 'password_reset',
          secret: reset.code,
          sentAt: new Date().toISOString(),
        });
        return send(response, 200, verification(reset.id, 'password_reset'));
      }
      case 'POST /account/password/reset': {
        if (tooShort(response, body.newPassword)) return undefined;
        // The new password is judged first: a refused one should not cost a try.
        if (await passwordMatches(body.newPassword)) {
          return problem(response, 422, 'validation', {
            errors: [{ field: 'newPassword', code: 'same_as_current' }],
          });
        }
        if (!reset || body.verificationId !== reset.id) return problem(response, 404, 'not_found');
        if (tries.password_reset >= LIMIT)
          return problem(response, 422, 'verification_failed', { attemptsLeft: 0 });
        await sleep(10); // the code is looked up in the database
        if (body.code !== reset.code) {
          tries.password_reset += 1;
          return problem(response, 422, 'verification_failed', {
            attemptsLeft: Math.max(0, LIMIT - tries.password_reset),
          });
        }
        reset = undefined;
        password = body.newPassword;
        return send(response, 204);
      }
      case 'POST /account/password/change': {
        if (tooShort(response, body.newPassword)) return undefined;
        if (tries.reverification >= LIMIT)
          return problem(response, 429, 'rate_limited', { retryAfter: 3600 });
        if (!(await passwordMatches(body.currentPassword))) {
          tries.reverification += 1;
          return problem(response, 422, 'verification_failed', {
            attemptsLeft: Math.max(0, LIMIT - tries.reverification),
          });
        }
        if (body.newPassword === password) {
          return problem(response, 422, 'validation', {
            errors: [{ field: 'newPassword', code: 'same_as_current' }],
          });
        }
        password = body.newPassword;
        return send(response, 204);
      }
      case 'GET /test/outbox':
        return send(
          response,
          200,
          outbox.filter(
            (message) =>
              !url.searchParams.get('purpose') || message.purpose === url.searchParams.get('purpose'),
          ),
        );
      default:
        return problem(response, 501, 'unsupported');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}
