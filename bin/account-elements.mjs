#!/usr/bin/env node
/**
 * `npx account-elements verify <base-url>`: checks a backend against the REST contract.
 * `npx account-elements mock-server`: the mock API as a real HTTP server, a reference to compare with.
 *
 * Plain Node ESM over the library's build (`dist/cli/`), so it runs from the installed package with
 * no TypeScript step.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  account-elements verify <base-url> [options]
      --token <token>         sent as Authorization: Bearer <token> (or ACCOUNT_ELEMENTS_TOKEN)
      --header 'Name: value'  an extra header on every request (a cookie, a CSRF header); repeatable
      --origin <origin>       check CORS for a page on this origin (https://app.example.com)
      --credentials           the page sends cookies (credentials: 'include'): CORS must allow them
      --write                 also run the checks that change the account (a test account!)
      --delete                also delete the account, last
      --password <password>   the account's password, for the identity check (or ACCOUNT_ELEMENTS_PASSWORD)
      --phone <number>        the number the phone change moves to (default a fictional one)
      --email <address>       the address the email change moves to (default a fictional one)
      --interactive           ask for SMS codes and email links on the terminal when the server
                              has no GET /test/outbox
      --json                  print the report as JSON
      --timeout <ms>          per request (default 10000)

  account-elements mock-server [options]
      --port <port>           default 8787
      --host <host>           default 127.0.0.1 (0.0.0.0 to reach it from a device)
      --origin <origin>       a page origin allowed by CORS and to write (default
                              http://localhost:5173; repeatable; * for any page, without
                              credentials)
      --allowed-host <name>   a host name besides loopback and --host that requests may be
                              addressed to (a LAN name for a device); repeatable
      --user admin|member     who is signed in (default admin)
      --base-path <path>      where the contract's paths start (default: the root)

Exit status: 0 when nothing failed, 1 when a check failed, 2 for a usage error.`;

function fail(message) {
  console.error(`account-elements: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** The library's build; a checkout that was never built says how to fix that. */
async function load(module) {
  const url = new URL(`../dist/cli/${module}.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url)))
    fail('the library is not built: run `npm run build` in the package first');
  try {
    return await import(url);
  } catch (error) {
    // Only the mock server imports packages the library does not depend on.
    if (error?.code === 'ERR_MODULE_NOT_FOUND') {
      console.error(
        `account-elements: ${error.message}\nThe mock server needs msw and @mswjs/http-middleware:` +
          ' npm install --save-dev msw @mswjs/http-middleware',
      );
      process.exit(2);
    }
    throw error;
  }
}

function headersFrom(values = []) {
  const headers = {};
  for (const value of values) {
    const colon = value.indexOf(':');
    if (colon <= 0) fail(`--header must read 'Name: value', not '${value}'`);
    headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
  }
  return headers;
}

async function runVerify(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      token: { type: 'string' },
      header: { type: 'string', multiple: true },
      origin: { type: 'string' },
      credentials: { type: 'boolean' },
      write: { type: 'boolean' },
      delete: { type: 'boolean' },
      password: { type: 'string' },
      phone: { type: 'string' },
      email: { type: 'string' },
      interactive: { type: 'boolean' },
      json: { type: 'boolean' },
      timeout: { type: 'string' },
    },
  });
  const [baseUrl, ...extra] = positionals;
  if (!baseUrl || extra.length > 0) fail('verify takes one base URL');
  if (!/^https?:\/\//.test(baseUrl))
    fail(`the base URL must start with http:// or https://, not '${baseUrl}'`);
  if (values.origin && !/^https?:\/\/[^/]+$/.test(values.origin)) {
    fail(
      `--origin is a scheme, host and port with no path (https://app.example.com), not '${values.origin}'`,
    );
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) fail('--timeout is a number of milliseconds');

  const terminal = values.interactive
    ? createInterface({ input: process.stdin, output: process.stderr })
    : null;
  const { verify, formatReport } = await load('verify');
  const report = await verify({
    baseUrl,
    token: values.token ?? process.env.ACCOUNT_ELEMENTS_TOKEN,
    headers: headersFrom(values.header),
    origin: values.origin,
    credentials: values.credentials,
    write: values.write,
    delete: values.delete,
    password: values.password ?? process.env.ACCOUNT_ELEMENTS_PASSWORD,
    phone: values.phone,
    email: values.email,
    timeout,
    onProgress: (message) => console.error(`… ${message}`),
    askSecret: terminal
      ? async ({ purpose, channel, sentTo }) => {
          const what = channel === 'sms' ? 'the code texted' : 'the link (or its token) emailed';
          const answer = await terminal.question(`${what} to ${sentTo} for ${purpose} (Enter to skip): `);
          return answer.trim() === '' ? undefined : answer.trim();
        }
      : undefined,
  });
  terminal?.close();
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
}

async function runMockServer(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true },
      'allowed-host': { type: 'string', multiple: true },
      user: { type: 'string', default: 'admin' },
      'base-path': { type: 'string', default: '' },
    },
  });
  if (positionals.length > 0) fail(`mock-server takes no argument '${positionals[0]}'`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port is a port number');
  if (values.user !== 'admin' && values.user !== 'member') fail('--user is admin or member');
  const origins = values.origin ?? ['http://localhost:5173'];
  const allowedHosts = [...(values['allowed-host'] ?? []), ...hostsOf(values.host)];

  const { createMockApi, corsDecision, guardRequest } = await load('mock-api');
  const { createServer: createMockApp } = await import('@mswjs/http-middleware').catch((error) => {
    console.error(
      `account-elements: ${error.message}\nThe mock server needs msw and @mswjs/http-middleware:` +
        ' npm install --save-dev msw @mswjs/http-middleware',
    );
    process.exit(2);
  });
  const { handlers } = createMockApi({ user: values.user, basePath: values['base-path'] });
  const app = createMockApp(...handlers);
  const server = createServer((request, response) => {
    const cors = corsDecision(request.method ?? 'GET', request.headers.origin, origins);
    for (const [name, value] of Object.entries(cors.headers)) response.setHeader(name, value);
    const refused = guardRequest(request.method ?? 'GET', request.headers, {
      allowedOrigins: origins,
      allowedHosts,
    });
    if (refused) {
      response.writeHead(refused.status, refused.headers);
      response.end(refused.body);
      return;
    }
    if (cors.preflight) {
      response.statusCode = 204;
      response.end();
      return;
    }
    app(request, response);
  });
  server.listen(port, values.host, () => {
    const address = server.address();
    const base = `http://${values.host}:${address.port}${values['base-path'].replace(/\/+$/, '')}`;
    // The first line is for scripts and tests that start the server and wait for it.
    console.log(`Mock API listening on ${base}`);
    console.log(
      `Signed in as the ${values.user} (demo password "correct horse 1"); CORS for ${origins.join(', ')};` +
        ` codes and links at ${base}/test/outbox. State is kept in memory: a restart starts over.`,
    );
  });
  const stop = () => {
    server.close(() => process.exit(0));
    // Kept-alive connections would hold the close open until they time out.
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * The names a server listening on `host` is reached by: that name, and when it listens on every
 * interface, the machine's own name and addresses (a phone on the LAN uses one of them).
 */
function hostsOf(host) {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const addresses = Object.values(networkInterfaces())
    .flat()
    .map((entry) => (entry.family === 'IPv6' ? `[${entry.address}]` : entry.address));
  return [hostname(), ...addresses];
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'verify') await runVerify(rest);
  else if (command === 'mock-server') await runMockServer(rest);
  else if (command === undefined || command === '--help' || command === '-h') console.log(USAGE);
  else fail(`unknown command '${command}'`);
} catch (error) {
  if (error?.code?.startsWith?.('ERR_PARSE_ARGS')) fail(error.message);
  throw error;
}
