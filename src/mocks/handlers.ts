import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import {
  ANSWER_VERSIONS,
  AccountError,
  CONDITIONAL_UPDATES,
  CORS_HEADERS,
  HEADERS,
  ROUTES,
  SECRET_ANSWERS,
  TEST_ROUTES,
  isAbort,
  isAccountError,
  toAccountError,
  type CallOptions,
  type VersionedResource,
} from '../api/index.js';
import type { AdapterMethod, MemoryAdapter } from '../adapters/memory/index.js';
import { BYTE_BODIES, CALLS, EMPTY_ANSWERS, type RequestInput } from './calls.js';
import { problemResponse } from './problem.js';

export interface HandlerOptions {
  /** Where the contract's paths start: relative (`/api`, the default) or absolute (`https://api.example.com/v1`). */
  baseUrl?: string;
  /**
   * Also serve `GET /test/outbox`, the codes and links the backend "sent", for `account-elements
   * verify` and other tests that cannot read a phone. Off by default: a page's own mock does not
   * need it, and no real server may have it in production.
   */
  testOutbox?: boolean;
}

const VERBS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

// The mock may answer a page on another origin; without this its scripts could not read these headers.
const EXPOSED = { 'Access-Control-Expose-Headers': CORS_HEADERS.expose.join(', ') };

/**
 * MSW handlers serving the REST contract (`ROUTES`) from a `MemoryAdapter`: one behaviour, reached
 * directly or over HTTP. One handler per route, in the order of `ROUTES`.
 */
export function createHandlers(adapter: MemoryAdapter, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const handlers = (Object.keys(ROUTES) as AdapterMethod[]).map((method) => {
    const [verb, path] = ROUTES[method];
    return VERBS[verb](`${base}${path}`, async ({ request, params }) => {
      try {
        return await answer(adapter, method, request, params.id);
      } catch (error) {
        // The page gave up on this request; nobody is listening for an answer.
        if (isAbort(error)) return HttpResponse.error();
        return problemResponse(toAccountError(error), undefined, EXPOSED);
      }
    });
  });
  if (options.testOutbox) handlers.push(outboxHandler(adapter, base));
  return handlers;
}

/** The outbox, oldest first; `?purpose=` narrows it. It holds live codes: never cached. */
function outboxHandler(adapter: MemoryAdapter, base: string): HttpHandler {
  const [, path] = TEST_ROUTES.outbox;
  return http.get(`${base}${path}`, ({ request }) => {
    const purpose = new URL(request.url).searchParams.get('purpose');
    const messages = adapter.outbox.filter((message) => purpose === null || message.purpose === purpose);
    return HttpResponse.json(messages, { headers: { ...EXPOSED, 'Cache-Control': 'no-store' } });
  });
}

async function answer(
  adapter: MemoryAdapter,
  method: AdapterMethod,
  request: Request,
  id: string | readonly string[] | undefined,
): Promise<Response> {
  const input = await readInput(method, request, typeof id === 'string' ? id : '');
  if (input instanceof Response) return input;
  const conditional = (CONDITIONAL_UPDATES as readonly string[]).includes(method);
  // Over HTTP the version is the request's alone: the adapter's memory of what it served is
  // shared by every client of the mock, so a missing header is refused here.
  if (conditional && input.options.ifMatch === undefined) {
    const missing = new AccountError(
      'precondition_required',
      'Send If-Match with the ETag of the version you read',
    );
    return problemResponse(missing, 428, EXPOSED);
  }
  let result: unknown;
  try {
    result = await CALLS[method](adapter, input);
  } catch (error) {
    if (conditional && isAccountError(error, 'conflict') && error.status === 412) {
      const resource = ANSWER_VERSIONS[method as (typeof CONDITIONAL_UPDATES)[number]];
      return problemResponse(error, 412, { ...EXPOSED, ETag: adapter.etag(resource) });
    }
    throw error;
  }

  const headers: Record<string, string> = { ...EXPOSED };
  const resource = (ANSWER_VERSIONS as Partial<Record<AdapterMethod, VersionedResource>>)[method];
  if (resource) headers.ETag = adapter.etag(resource);
  if ((SECRET_ANSWERS as readonly string[]).includes(method)) headers['Cache-Control'] = 'no-store';
  if (EMPTY_ANSWERS.has(method)) return new HttpResponse(null, { status: 204, headers });
  return HttpResponse.json(result as JsonBodyType, { status: 200, headers });
}

async function readInput(
  method: AdapterMethod,
  request: Request,
  id: string,
): Promise<RequestInput | Response> {
  const input: RequestInput = {
    id,
    query: new URL(request.url).searchParams,
    body: undefined,
    blob: new Blob([]),
    options: callOptions(request),
  };
  if (request.method !== 'GET') {
    const refusal = refuseFormType(method, request);
    if (refusal) return refusal;
  }
  if (BYTE_BODIES.has(method)) {
    input.blob = await request.blob();
    return input;
  }
  const text = request.method === 'GET' ? '' : await request.text();
  if (text.trim() === '') return input;
  // A body with no type at all is what a `no-cors` fetch of raw bytes sends: not JSON either.
  if (!request.headers.has('Content-Type')) {
    const untyped = new AccountError('validation', 'Send the body as application/json');
    return problemResponse(untyped, 415, EXPOSED);
  }
  try {
    input.body = JSON.parse(text);
  } catch {
    const notJson = new AccountError('validation', 'The request body is not JSON');
    return problemResponse(notJson, 400, EXPOSED);
  }
  return input;
}

/** The types a cross-site HTML form (or a `no-cors` fetch) can send without asking the server first. */
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * `415` for a write whose body is not JSON (a file, on the upload routes): a page on another site
 * can post a form at this API without any CORS check, but only in these form types, so the API
 * never reads them. A write with no body sends no type, and the `Origin` check covers it; one
 * with a body and no type is refused once its body is seen (`readInput`).
 */
function refuseFormType(method: AdapterMethod, request: Request): Response | null {
  const declared = request.headers.get('Content-Type');
  const type = declared?.split(';')[0]!.trim().toLowerCase() ?? '';
  const json = type === 'application/json' || /^application\/[^/\s]+\+json$/.test(type);
  const acceptable = BYTE_BODIES.has(method) ? !FORM_TYPES.has(type) : declared === null || json;
  if (acceptable) return null;
  const error = new AccountError(
    'validation',
    BYTE_BODIES.has(method)
      ? `Send the file as its own type (image/png, audio/mpeg, …), not ${type}`
      : `Send the body as application/json, not ${type}`,
  );
  return problemResponse(error, 415, EXPOSED);
}

function callOptions(request: Request): CallOptions {
  const options: CallOptions = { signal: request.signal };
  const idempotencyKey = request.headers.get(HEADERS.idempotencyKey);
  if (idempotencyKey) options.idempotencyKey = idempotencyKey;
  const reverificationToken = request.headers.get(HEADERS.reverificationToken);
  if (reverificationToken) options.reverificationToken = reverificationToken;
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch !== null) options.ifMatch = ifMatch;
  return options;
}
