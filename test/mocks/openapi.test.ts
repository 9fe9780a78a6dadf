import { expect } from '@open-wc/testing';
import { parse } from 'yaml';
import { MemoryAdapter, STEP_UP_BY_DEFAULT } from '../../src/adapters/memory/index.js';
import {
  ADMIN_OPERATIONS,
  ANSWER_VERSIONS,
  CONDITIONAL_UPDATES,
  ERROR_CODES,
  HEADERS,
  ROUTES,
  SECRET_ANSWERS,
  STATUS_FOR_CODE,
} from '../../src/api/index.js';
import { createHandlers } from '../../src/mocks/index.js';

/**
 * The OpenAPI document is what a third-party backend implements, so whatever the code's own lists
 * say (which answers carry an ETag, which need a fresh identity check, which status each error
 * code has) must be in it too; these tests read both and compare, so neither drifts alone.
 */

interface Reference {
  $ref: string;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
}
interface Header {
  schema?: { const?: string };
}
interface Response {
  headers?: Record<string, Header | Reference>;
}
interface Operation {
  operationId?: string;
  parameters?: (Parameter | Reference)[];
  requestBody?: { content: Record<string, unknown> } | Reference;
  responses: Record<string, Response | Reference>;
  'x-reverification'?: string;
}
interface OpenApi {
  openapi: string;
  info: { description: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: { ErrorCode: { enum: string[] } } };
}

type RouteName = keyof typeof ROUTES;

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Proofs are checked anew each time: its idempotency key is never claimed, so never "in use". */
const NEVER_REPLAYED: readonly RouteName[] = ['completeReverification'];

async function loadDocument(): Promise<OpenApi> {
  const text = await (await fetch('/docs/openapi.yaml')).text();
  return parse(text) as OpenApi;
}

/** `POST /verifications/:id/resend`: an operation named as `ROUTES` and the mock API name it. */
function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, ':id')}`;
}

function documentedOperations(contract: OpenApi): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(contract.paths)) {
    for (const [key, operation] of Object.entries(item)) {
      // A path item also holds shared `parameters`, a `summary` and the like.
      if (HTTP_METHODS.includes(key)) operations.set(routeKey(key, path), operation as Operation);
    }
  }
  return operations;
}

function servedOperations(): string[] {
  return createHandlers(new MemoryAdapter(), { baseUrl: '/api', testOutbox: true }).map((handler) => {
    const { method, path } = handler.info as { method: string; path: string };
    return `${method} ${String(path).replace(/^\/api/, '')}`;
  });
}

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

/** Follows local `$ref`s (`#/components/responses/Account`) to what they name. */
function resolve<T extends object>(contract: OpenApi, value: T | Reference): T {
  let current: unknown = value;
  while (isReference(current)) {
    const pointer = current.$ref;
    expect(pointer, 'only references inside the document').to.match(/^#\//);
    current = pointer
      .slice(2)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], contract);
    expect(current, `${pointer} exists`).to.be.an('object');
  }
  return current as T;
}

function headerNames(contract: OpenApi, response: Response | Reference | undefined): string[] {
  if (response === undefined) return [];
  return Object.keys(resolve(contract, response).headers ?? {});
}

describe('the REST contract', () => {
  let contract: OpenApi;
  let operations: Map<string, Operation>;

  /** The documented operation of an adapter method, found by its route (not by its operationId). */
  function operationOf(name: RouteName): Operation {
    const [method, path] = ROUTES[name];
    const operation = operations.get(routeKey(method, path));
    expect(operation, `${name} (${method} ${path}) is documented`).to.exist;
    return operation!;
  }

  before(async () => {
    contract = await loadDocument();
    operations = documentedOperations(contract);
  });

  it('is an OpenAPI 3.1 document', () => {
    expect(contract.openapi).to.match(/^3\.1\./);
  });

  it('the OpenAPI document and the mock API describe the same paths and methods', () => {
    const documented = [...operations.keys()].sort();
    const served = servedOperations().sort();
    expect(served).to.deep.equal(documented);
  });

  it('every adapter method has its route documented', () => {
    for (const [method, path] of Object.values(ROUTES))
      expect([...operations.keys()]).to.include(`${method} ${path}`);
  });

  it('names every operation after its adapter method (its key in ROUTES)', () => {
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      expect(operationOf(name).operationId, `operationId of ${name}`).to.equal(name);
    }
  });

  it('requires If-Match on every conditional update, and documents its 412 and 428', () => {
    for (const name of CONDITIONAL_UPDATES) {
      const operation = operationOf(name);
      const ifMatch = (operation.parameters ?? [])
        .map((parameter) => resolve(contract, parameter))
        .find((parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'if-match');
      expect(ifMatch?.required, `${name} requires If-Match`).to.equal(true);
      expect(operation.responses, name).to.include.keys('412', '428');
      // The client retries after showing the latest version, so the 412 must say which one that is.
      expect(headerNames(contract, operation.responses['412']), `${name} 412`).to.include('ETag');
    }
  });

  it('puts an ETag on exactly the answers that are a versioned resource', () => {
    const versioned: readonly string[] = Object.keys(ANSWER_VERSIONS);
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const headers = headerNames(contract, operationOf(name).responses['200']);
      if (versioned.includes(name)) expect(headers, `${name} 200`).to.include('ETag');
      else expect(headers, `${name} 200`).not.to.include('ETag');
    }
  });

  it('forbids caching every answer that carries a secret', () => {
    for (const name of SECRET_ANSWERS) {
      const answer = operationOf(name).responses['200'];
      expect(answer, `${name} documents its 200`).to.exist;
      const cacheControl = resolve(contract, answer!).headers?.['Cache-Control'];
      expect(cacheControl, `${name} 200 has Cache-Control`).to.exist;
      expect(resolve(contract, cacheControl!).schema?.const, `${name} Cache-Control`).to.equal('no-store');
    }
  });

  it('marks exactly the step-up operations with x-reverification: required', () => {
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const marker = operationOf(name)['x-reverification'];
      if (STEP_UP_BY_DEFAULT.includes(name)) expect(marker, name).to.equal('required');
      else expect(marker, name).to.equal(undefined);
    }
  });

  it('lists the error answers of every operation: a 4xx on each, 401 on every adapter method', () => {
    for (const [key, operation] of operations) {
      const statuses = Object.keys(operation.responses);
      expect(
        statuses.some((status) => /^4\d\d$/.test(status)),
        `${key} lists a 4xx answer`,
      ).to.equal(true);
    }
    for (const name of Object.keys(ROUTES) as RouteName[])
      expect(operationOf(name).responses, `${name} (no session)`).to.include.keys('401');
  });

  it('documents 403 on what only an admin may do, and on every step-up operation', () => {
    for (const name of [...ADMIN_OPERATIONS, ...STEP_UP_BY_DEFAULT])
      expect(operationOf(name).responses, name).to.include.keys('403');
  });

  it('documents 415 on every write that takes a body (a form type is refused unread)', () => {
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const operation = operationOf(name);
      if (operation.requestBody === undefined) continue;
      expect(operation.responses, `${name} takes a body`).to.include.keys('415');
    }
  });

  it('documents 409 with Retry-After on every POST whose idempotency key may still be in use', () => {
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const operation = operationOf(name);
      const takesKey = (operation.parameters ?? [])
        .map((parameter) => resolve(contract, parameter))
        .some(
          (parameter) =>
            parameter.in === 'header' &&
            parameter.name.toLowerCase() === HEADERS.idempotencyKey.toLowerCase(),
        );
      expect(takesKey, `${name} takes an Idempotency-Key`).to.equal(ROUTES[name][0] === 'POST');
      if (!takesKey || NEVER_REPLAYED.includes(name)) continue;
      expect(operation.responses, name).to.include.keys('409');
      expect(headerNames(contract, operation.responses['409']), `${name} 409`).to.include('Retry-After');
    }
  });

  it('documents the username check limit: 429 with Retry-After', () => {
    const limited = operationOf('checkUsername').responses['429'];
    expect(limited, 'checkUsername 429').to.exist;
    expect(headerNames(contract, limited), 'checkUsername 429').to.include('Retry-After');
  });

  it('lists every error code with its status in the error table, and in the ErrorCode schema', () => {
    // A row of the table: | `code` | status | meaning |; the field-error table has no status column.
    const rows = [...contract.info.description.matchAll(/^\| `([a-z_]+)` \| (\d{3})\b/gm)];
    const table = new Map(rows.map(([, code, status]) => [code, Number(status)]));
    for (const code of ERROR_CODES)
      expect(table.get(code), `status of ${code}`).to.equal(STATUS_FOR_CODE[code]);
    expect([...table.keys()].sort(), 'no code outside ERROR_CODES').to.deep.equal([...ERROR_CODES].sort());
    expect([...contract.components.schemas.ErrorCode.enum].sort()).to.deep.equal([...ERROR_CODES].sort());
  });
});
