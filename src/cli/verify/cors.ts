import {
  CONDITIONAL_UPDATES,
  HEADERS,
  ROUTES,
  STEP_UP_OPERATIONS,
  type HttpMethod,
} from '../../api/index.js';
import type { Answer, ProbeClient } from './client.js';
import { describe } from './expect.js';
import type { Recorder } from './recorder.js';
import type { Operation, VerifyOptions } from './types.js';

/** Methods a browser sends without asking first; every other one must be allowed by the preflight. */
const SAFELISTED_METHODS = new Set(['GET', 'HEAD', 'POST']);

/**
 * The request headers `RestAdapter` sends on this route that make the browser ask first, lower-cased
 * and sorted as a browser lists them in `Access-Control-Request-Headers`.
 */
export function preflightHeaders(operation: Operation, options: VerifyOptions): string[] {
  const [method] = ROUTES[operation];
  const names = new Set(Object.keys(options.headers ?? {}).map((name) => name.toLowerCase()));
  if (options.token) names.add('authorization');
  // Every body the contract takes is JSON or a file with its own type: neither is a "simple" type.
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') names.add('content-type');
  if (method === 'POST') names.add(HEADERS.idempotencyKey.toLowerCase());
  if ((CONDITIONAL_UPDATES as readonly Operation[]).includes(operation)) names.add('if-match');
  // Sent by the replay after the identity check: its preflight asks for it on these routes.
  if ((STEP_UP_OPERATIONS as readonly Operation[]).includes(operation)) {
    names.add(HEADERS.reverificationToken.toLowerCase());
  }
  // A page cannot set a cookie header; the browser sends it, and never asks about it.
  names.delete('cookie');
  return [...names].sort();
}

function listOf(headers: Headers, name: string): string[] {
  return (headers.get(name) ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * What a browser would refuse in this preflight answer, following the fetch standard's CORS check:
 * the origin, credentials, then the method and each header asked for. `*` counts only without
 * credentials, and never stands for `Authorization`.
 */
export function preflightProblems(
  answer: Answer,
  request: { origin: string; method: HttpMethod; headers: readonly string[]; credentials: boolean },
): string[] {
  if (answer.status < 200 || answer.status > 299)
    return [`the preflight answered ${describe(answer)}, not 2xx`];
  const problems: string[] = [];
  const allowedOrigin = answer.headers.get('Access-Control-Allow-Origin');
  if (allowedOrigin !== request.origin && !(allowedOrigin === '*' && !request.credentials)) {
    problems.push(
      allowedOrigin === null
        ? 'no Access-Control-Allow-Origin'
        : `Access-Control-Allow-Origin: ${allowedOrigin} (not ${request.origin}${allowedOrigin === '*' ? ', and * is refused with credentials' : ''})`,
    );
  }
  if (request.credentials && answer.headers.get('Access-Control-Allow-Credentials') !== 'true') {
    problems.push('no Access-Control-Allow-Credentials: true');
  }
  const methods = listOf(answer.headers, 'Access-Control-Allow-Methods');
  const anyMethod = methods.includes('*') && !request.credentials;
  if (
    !SAFELISTED_METHODS.has(request.method) &&
    !anyMethod &&
    !methods.includes(request.method.toLowerCase())
  ) {
    problems.push(`Access-Control-Allow-Methods lacks ${request.method}`);
  }
  const allowed = listOf(answer.headers, 'Access-Control-Allow-Headers');
  const anyHeader = allowed.includes('*') && !request.credentials;
  const missing = request.headers.filter(
    (name) => !allowed.includes(name) && !(anyHeader && name !== 'authorization'),
  );
  if (missing.length > 0)
    problems.push(`Access-Control-Allow-Headers lacks ${missing.map(headerCase).join(', ')}`);
  return problems;
}

/** `if-match` as the contract spells it: `If-Match`. */
function headerCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** One preflight per route, as the browser would send it before the first call of each. */
export async function checkPreflights(
  client: ProbeClient,
  run: Recorder,
  options: VerifyOptions,
): Promise<void> {
  const origin = options.origin;
  if (!origin) return;
  for (const operation of Object.keys(ROUTES) as Operation[]) {
    const [method, template] = ROUTES[operation];
    const headers = preflightHeaders(operation, options);
    const answer = await client.send({
      method: 'OPTIONS',
      path: template.replace(':id', 'ae-verify-id'),
      anonymous: true,
      headers: {
        'Access-Control-Request-Method': method,
        ...(headers.length > 0 ? { 'Access-Control-Request-Headers': headers.join(',') } : {}),
      },
    });
    const problems = preflightProblems(answer, {
      origin,
      method,
      headers,
      credentials: options.credentials === true,
    });
    if (problems.length === 0) run.pass(operation, 'cors-preflight');
    else run.fail(operation, 'cors-preflight', `${method} ${template}: ${problems.join('; ')}`);
  }
}
