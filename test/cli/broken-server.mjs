/**
 * A backend that gets the contract wrong in the ways integrators do, for the kit's tests: each
 * mistake must come out of `verify` by name. Everything it does not serve answers 501, as the
 * contract says a backend without a feature does.
 */
import { createServer } from 'node:http';

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
const PLANS = [
  {
    id: 'starter',
    name: 'Starter',
    price: null,
    limits: { minutes: 100, messages: 100, groups: 1, apiRequests: 1000 },
    current: true,
    contactSales: false,
  },
  {
    id: 'business',
    name: 'Business',
    price: { amount: 4900, currency: 'USD', interval: 'month' },
    limits: { minutes: null, messages: null, groups: null, apiRequests: null },
    current: false,
    contactSales: false,
  },
];

function json(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'Content-Type': type });
  response.end(JSON.stringify(body));
}

function notOffered(response) {
  json(
    response,
    501,
    { title: 'Not supported', status: 501, code: 'unsupported' },
    'application/problem+json',
  );
}

/** Starts the server on a free port; resolves with its base URL and a way to stop it. */
export function startBrokenServer() {
  let checkouts = 0;
  const server = createServer(async (request, response) => {
    // CORS that looks right and is not: If-Match is not allowed, ETag is not exposed.
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      response.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, Idempotency-Key, Reverification-Token',
      );
      response.writeHead(204).end();
      return;
    }
    for await (const _chunk of request); // drain the body
    const route = `${request.method} ${new URL(request.url, 'http://x').pathname}`;
    switch (route) {
      case 'GET /account': // no ETag
      case 'PATCH /account': // no If-Match needed, so no 428
        return json(response, 200, ACCOUNT);
      case 'GET /settings/messages': // a login page answered with 200
        response.writeHead(200, { 'Content-Type': 'text/html' });
        return response.end('<!doctype html><title>Sign in</title>');
      case 'GET /plan': // a crash, as plain text
        response.writeHead(500, { 'Content-Type': 'text/plain' });
        return response.end('Internal Server Error');
      case 'GET /plans':
        return json(response, 200, PLANS);
      case 'POST /plan/checkout': // Idempotency-Key ignored: every call is a new checkout
        checkouts += 1;
        return json(response, 200, { url: `https://pay.example.com/checkout/${checkouts}` });
      default:
        return notOffered(response);
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
