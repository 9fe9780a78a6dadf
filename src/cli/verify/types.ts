import type { AccountAdapter, VerificationPurpose } from '../../api/index.js';

export type Operation = keyof AccountAdapter;

/** What one check came to. `unsupported`: the server answered 501, it does not offer the operation. */
export type Outcome = 'pass' | 'fail' | 'skip' | 'unsupported';

/** One check of one operation: its name (`etag`, `if-match-428`, `cors-preflight`, ...) and why. */
export interface CheckResult {
  operation: Operation;
  check: string;
  outcome: Outcome;
  detail: string;
}

/** Where a code or link comes from when a flow needs one. */
export interface SecretRequest {
  purpose: VerificationPurpose;
  channel: 'sms' | 'email';
  /** Where it was sent, as the server masked it. */
  sentTo: string;
}

export interface VerifyOptions {
  /** Where the contract's paths start: `https://staging.example.com/v1`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Extra headers on every request (a session cookie, a CSRF header, a tenant). */
  headers?: Record<string, string>;
  /** The page's origin: every request carries it, and the CORS answers are checked for it. */
  origin?: string;
  /** The page uses `credentials: 'include'` (cookie sessions): CORS must allow credentials. */
  credentials?: boolean;
  /** Run the checks that change the account (restored where the contract allows). */
  write?: boolean;
  /** Run the checks that delete the account. */
  delete?: boolean;
  /** The account's password, for the identity check and the password flows. */
  password?: string;
  /** The number the phone change moves to (the codes go there). Default a fictional one. */
  phone?: string;
  /** The address the email change moves to (the links go there). Default a fictional one. */
  email?: string;
  /** Asks a person for a code or a link's token the outbox could not give; undefined skips. */
  askSecret?: (request: SecretRequest) => Promise<string | undefined>;
  /** Told of each step as it runs, for a progress line. */
  onProgress?: (message: string) => void;
  /** Milliseconds one request may take. Default 10000. */
  timeout?: number;
  /** The longest send cooldown worth waiting out to follow a second link. Default 65000. */
  maxWait?: number;
  fetch?: typeof fetch;
}

export type OperationStatus = 'pass' | 'fail' | 'not offered' | 'partial' | 'skipped';

export interface OperationReport {
  operation: Operation;
  route: string;
  status: OperationStatus;
  checks: CheckResult[];
}

export type ElementStatus = 'pass' | 'fail' | 'not offered' | 'not verified';

export interface ElementReport {
  element: string;
  status: ElementStatus;
  /** Per operation the element needs, its status. */
  operations: { operation: Operation; status: OperationStatus }[];
}

export interface Report {
  baseUrl: string;
  mode: { write: boolean; delete: boolean; origin: string | null; credentials: boolean };
  operations: OperationReport[];
  elements: ElementReport[];
  /** What could not be checked at all against this server (no credentials to leave out, ...). */
  notes: string[];
  /** Whether anything that ran failed: the exit status. */
  ok: boolean;
}
