import * as z from 'zod/mini';
import { ERROR_CODES, STATUS_FOR_CODE, type AccountErrorCode } from '../../api/index.js';
import type { Answer } from './client.js';
import type { Recorder } from './recorder.js';
import type { Operation, VerifyOptions } from './types.js';

/** The contract's error body, read strictly: what `RestAdapter` relies on to tell failures apart. */
const problemBody = z.object({
  title: z.string(),
  status: z.number().check(z.int()),
  code: z.enum(ERROR_CODES),
  detail: z.optional(z.string()),
  errors: z.optional(
    z.array(
      z.object({
        field: z.string(),
        code: z.string(),
        message: z.optional(z.string()),
        min: z.optional(z.number()),
        max: z.optional(z.number()),
      }),
    ),
  ),
  retryAfter: z.optional(z.number().check(z.gte(0))),
  methods: z.optional(z.array(z.string())),
  attemptsLeft: z.optional(z.number().check(z.int(), z.gte(0))),
  operation: z.optional(z.string()),
});
export type Problem = z.infer<typeof problemBody>;

/** One line about an answer: `HTTP 404 text/html`, `HTTP 422 validation`, `no answer (...)`. */
export function describe(answer: Answer): string {
  if (answer.status === 0) return `no answer (${answer.error ?? 'the request failed'})`;
  const code = codeOf(answer);
  return `HTTP ${answer.status} ${code ?? (answer.mediaType || 'without Content-Type')}`;
}

function codeOf(answer: Answer): string | undefined {
  const json = answer.json;
  if (typeof json !== 'object' || json === null || !('code' in json)) return undefined;
  return typeof json.code === 'string' ? json.code : undefined;
}

function issueText(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'does not fit';
  const path = first.path.map(String).join('.') || '(the body)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${path}: ${first.message}${more}`;
}

/** A header's comma-separated list, lower-cased. */
function listOf(headers: Headers, name: string): string[] {
  return (headers.get(name) ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

export interface SuccessExpectation {
  /** The statuses that mean success. Default [200]. */
  status?: readonly number[];
  /** The answer is a versioned resource: it must carry its `ETag`. */
  etag?: boolean;
  /** The answer carries a secret: `Cache-Control: no-store`. */
  noStore?: boolean;
}

/**
 * The checks every answer gets, recorded against the operation it belongs to. Each takes an answer
 * and returns what the next step needs (the parsed data, the problem), or undefined when the answer
 * was wrong, after recording why.
 */
export class Expect {
  constructor(
    private readonly run: Recorder,
    private readonly options: VerifyOptions,
  ) {}

  /** A success fitting `schema` (an empty answer for a 204 when `schema` is undefined). */
  success<S extends z.ZodMiniType>(
    operation: Operation,
    answer: Answer,
    schema: S | undefined,
    expectation: SuccessExpectation = {},
  ): z.output<S> | undefined {
    this.cors(operation, answer, expectation.etag === true && answer.status >= 200 && answer.status < 300);
    if (this.notOffered(operation, answer)) return undefined;
    const statuses = expectation.status ?? [200];
    if (!statuses.includes(answer.status)) {
      this.run.fail(operation, 'status', `${describe(answer)}, expected ${statuses.join(' or ')}`);
      if (answer.status >= 400) this.problemShape(operation, answer);
      return undefined;
    }
    this.run.pass(operation, 'status');
    if (expectation.etag) this.etag(operation, answer);
    if (expectation.noStore) this.noStore(operation, answer);
    if (schema === undefined) return undefined;
    const isJson = answer.mediaType === 'application/json' || answer.mediaType.endsWith('+json');
    if (!isJson) {
      const what = answer.mediaType || 'no Content-Type';
      this.run.fail(operation, 'json', `HTTP ${answer.status} with ${what}, not application/json`);
      return undefined;
    }
    if (answer.json === undefined) {
      this.run.fail(operation, 'json', `HTTP ${answer.status}: the body is not JSON`);
      return undefined;
    }
    this.run.pass(operation, 'json');
    const parsed = schema.safeParse(answer.json);
    if (!parsed.success) {
      this.run.fail(operation, 'schema', issueText(parsed.error.issues));
      return undefined;
    }
    this.run.pass(operation, 'schema');
    return parsed.data;
  }

  /**
   * A refusal with `code`, recorded as `check`; the body is checked for the problem shape too.
   * Returns the problem when the code was right.
   */
  refusal(
    operation: Operation,
    answer: Answer,
    check: string,
    code: AccountErrorCode,
    status: number = STATUS_FOR_CODE[code],
  ): Problem | undefined {
    // A 412 carries the version to retry against; a 429 how long to wait: the page must read both.
    this.cors(operation, answer, status === 412);
    if (this.notOffered(operation, answer)) return undefined;
    const problem = answer.status >= 400 ? this.problemShape(operation, answer) : undefined;
    if (answer.status !== status || (problem !== undefined && problem.code !== code)) {
      this.run.fail(operation, check, `${describe(answer)}, expected ${status} ${code}`);
      return undefined;
    }
    if (problem === undefined) {
      this.run.fail(operation, check, `HTTP ${status} without a problem body naming ${code}`);
      return undefined;
    }
    this.run.pass(operation, check);
    return problem;
  }

  /** 501: the server does not offer this operation; recorded once, and the caller stops there. */
  notOffered(operation: Operation, answer: Answer): boolean {
    if (answer.status !== 501) return false;
    this.problemShape(operation, answer);
    this.run.record(operation, 'offered', 'unsupported', 'answered 501: not offered');
    return true;
  }

  /** An error answer is `application/problem+json` with a known `code` and its own `status`. */
  problemShape(operation: Operation, answer: Answer): Problem | undefined {
    if (answer.mediaType !== 'application/problem+json') {
      const what = answer.mediaType || 'no Content-Type';
      this.run.fail(operation, 'problem', `HTTP ${answer.status} with ${what}, not application/problem+json`);
      return undefined;
    }
    const parsed = problemBody.safeParse(answer.json);
    if (!parsed.success) {
      this.run.fail(operation, 'problem', `HTTP ${answer.status}: ${issueText(parsed.error.issues)}`);
      return undefined;
    }
    const problem = parsed.data;
    if (problem.status !== answer.status) {
      this.run.fail(operation, 'problem', `status ${problem.status} in a body sent with ${answer.status}`);
      return problem;
    }
    this.run.pass(operation, 'problem');
    return problem;
  }

  etag(operation: Operation, answer: Answer): string | undefined {
    const etag = answer.headers.get('ETag');
    if (!etag) {
      this.run.fail(
        operation,
        'etag',
        `HTTP ${answer.status} without an ETag (updates need it for If-Match)`,
      );
      return undefined;
    }
    if (!/^(W\/)?"[^"]*"$/.test(etag)) {
      this.run.fail(operation, 'etag', `ETag ${etag} is not a quoted entity tag`);
      return etag;
    }
    this.run.pass(operation, 'etag');
    return etag;
  }

  noStore(operation: Operation, answer: Answer): void {
    if (listOf(answer.headers, 'Cache-Control').includes('no-store')) this.run.pass(operation, 'no-store');
    else {
      const sent = answer.headers.get('Cache-Control');
      this.run.fail(
        operation,
        'no-store',
        `a secret sent with ${sent ? `Cache-Control: ${sent}` : 'no Cache-Control'}`,
      );
    }
  }

  /**
   * A page on `--origin` can read this answer (with credentials if asked), and the `ETag` of a
   * versioned one and the `Retry-After` of one that says when to retry.
   */
  cors(operation: Operation, answer: Answer, versioned = false): void {
    const origin = this.options.origin;
    if (!origin || answer.status === 0) return;
    const credentials = this.options.credentials === true;
    const allowed = answer.headers.get('Access-Control-Allow-Origin');
    if (allowed === origin || (allowed === '*' && !credentials)) this.run.pass(operation, 'cors-origin');
    else {
      const sent =
        allowed === null ? 'no Access-Control-Allow-Origin' : `Access-Control-Allow-Origin: ${allowed}`;
      const why = allowed === '*' && credentials ? ' (* is refused with credentials)' : '';
      this.run.fail(
        operation,
        'cors-origin',
        `HTTP ${answer.status} with ${sent}${why}; the page cannot read it`,
      );
    }
    if (credentials) {
      if (answer.headers.get('Access-Control-Allow-Credentials') === 'true')
        this.run.pass(operation, 'cors-credentials');
      else
        this.run.fail(
          operation,
          'cors-credentials',
          'no Access-Control-Allow-Credentials: true on the answer',
        );
    }
    const exposed = listOf(answer.headers, 'Access-Control-Expose-Headers');
    const needed = [
      ...(versioned || answer.headers.has('ETag') ? ['ETag'] : []),
      ...(answer.status === 429 || answer.status === 503 || answer.headers.has('Retry-After')
        ? ['Retry-After']
        : []),
    ];
    if (needed.length === 0) return;
    const hidden = needed.filter(
      (name) => !exposed.includes(name.toLowerCase()) && (credentials || !exposed.includes('*')),
    );
    if (hidden.length === 0) this.run.pass(operation, 'cors-expose');
    else {
      const them = hidden.length > 1 ? 'them' : 'it';
      const detail = `Access-Control-Expose-Headers lacks ${hidden.join(', ')}: the page cannot read ${them}`;
      this.run.fail(operation, 'cors-expose', detail);
    }
  }
}
