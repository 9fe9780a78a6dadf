import * as z from 'zod/mini';
import { AccountError, parseInput, type Session } from '../../api/index.js';
import { invalidField, type Backend } from './backend.js';
import { randomId } from './random.js';
import type { StoredSession } from './state.js';

/** Where the account is signed in: this page's session, and the others the demo made. */

const sessionRef = z.object({ sessionId: z.string('required').check(z.minLength(1, 'required')) });

/** The current session first, then the most recently active. */
export function listSessions(backend: Backend): Session[] {
  const me = backend.me();
  const current = currentSession(backend);
  return backend.state.sessions
    .filter((session) => session.accountId === me.id)
    .sort((a, b) => Number(b === current) - Number(a === current) || b.lastActiveAt - a.lastActiveAt)
    .map((session) => describeSession(backend, session));
}

/** Signing this session out is the host's sign-out, not a setting: it is refused here. */
export function revokeSession(backend: Backend, sessionId: string): void {
  const me = backend.me();
  const { sessionId: id } = parseInput(sessionRef, { sessionId });
  if (id === backend.state.signedInSessionId)
    throw invalidField('sessionId', 'current_session', 'This is the session in use: sign out instead');
  const found = backend.state.sessions.find((session) => session.id === id && session.accountId === me.id);
  if (!found) throw new AccountError('not_found', 'No such session: it may be signed out already');
  backend.state.sessions = backend.state.sessions.filter((session) => session !== found);
}

export function revokeOtherSessions(backend: Backend): Session[] {
  const me = backend.me();
  const current = currentSession(backend);
  backend.state.sessions = backend.state.sessions.filter(
    (session) => session.accountId !== me.id || session === current,
  );
  return listSessions(backend);
}

/** What a sign-in on another device leaves: a session of the signed-in account. */
export type NewSession = Partial<Pick<StoredSession, 'device' | 'place' | 'ipAddress'>>;

export function addSession(backend: Backend, fields: NewSession = {}): Session {
  const me = backend.me();
  const now = backend.now();
  const stored: StoredSession = {
    id: randomId('ses'),
    accountId: me.id,
    device: fields.device ?? { kind: 'mobile', os: 'Android 16', browser: 'Chrome 142' },
    place: fields.place === undefined ? { city: 'São Paulo', country: 'BR' } : fields.place,
    ipAddress: fields.ipAddress === undefined ? '198.51.100.200' : fields.ipAddress,
    signedInAt: now,
    lastActiveAt: now,
    here: false,
  };
  backend.state.sessions.push(stored);
  return describeSession(backend, stored);
}

function currentSession(backend: Backend): StoredSession {
  const current = backend.state.sessions.find((session) => session.id === backend.state.signedInSessionId);
  if (!current) throw new AccountError('unauthorized', 'This session was signed out');
  return current;
}

function describeSession(backend: Backend, stored: StoredSession): Session {
  const current = stored.id === backend.state.signedInSessionId;
  return {
    id: stored.id,
    current,
    device: { ...stored.device },
    place: stored.place && { ...stored.place },
    ipAddress: stored.ipAddress,
    signedInAt: backend.iso(stored.signedInAt),
    // The session asking is active now, whenever it last asked before.
    lastActiveAt: backend.iso(current ? backend.now() : stored.lastActiveAt),
  };
}
