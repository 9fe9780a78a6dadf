import { HEADERS, apiKeySecret, newIdempotencyKey, verification } from '../../../api/index.js';
import { delay } from '../../../api/delay.js';
import type { Answer } from '../client.js';
import type { Problem } from '../expect.js';
import type { Session } from '../session.js';
import type { Operation } from '../types.js';

/**
 * What an attacker holding a session would try, each step as a script sends it: many requests at
 * once where a backend that reads a count, awaits a check and only then writes would let them all
 * through. Only with `--write`: these use up tries and send codes. The two bursts of wrong guesses
 * lock the identity check and the password reset for an hour, so they come last, with the token
 * the deletion needs bought before.
 */

const WRITES = 'uses up tries, sends codes or changes the key: run with --write';
/** A site the server has no reason to allow. */
const HOSTILE_ORIGIN = 'https://attacker.example';
/** How many guesses a burst sends at once: well past the contract's five tries. */
const BURST = 12;
/** How many username checks to send before calling the check unlimited. */
const USERNAME_PROBES = 200;

export async function checkAttacks(session: Session): Promise<void> {
  if (!session.options.write) {
    session.skip('completeReverification', ['parallel-tries'], WRITES);
    session.skip('completePasswordReset', ['parallel-tries'], WRITES);
    session.skip('regenerateApiKey', ['one-token-once', 'one-key-once'], WRITES);
    session.skip('revealApiKey', ['spent-token'], WRITES);
    session.skip('checkUsername', ['limited'], WRITES);
    session.skip('startPasswordReset', ['cross-site-write'], WRITES);
    return;
  }
  session.progress('an attacker’s parallel requests');
  await checkCrossSiteWrites(session);
  await checkUsernameLimit(session);
  if (session.admin) {
    await checkOneTokenOnce(session);
    await checkOneKeyOnce(session);
    await checkSpentToken(session);
  } else {
    const member = 'the signed-in person is a member';
    session.skip('regenerateApiKey', ['one-token-once', 'one-key-once'], member);
    session.skip('revealApiKey', ['spent-token'], member);
  }
  if (session.options.delete) await session.buyAhead('deleteAccount');
  await checkParallelCodes(session);
  await checkParallelPasswords(session);
}

/**
 * A write from a page on another site, as a form sends it (`text/plain`, no preflight): refused
 * before it is read, `403` for the origin or `415` for the type. Answered, it would send an SMS.
 */
async function checkCrossSiteWrites(session: Session): Promise<void> {
  const { run } = session;
  const forged = await session.call('startPasswordReset', {
    headers: { Origin: HOSTILE_ORIGIN, 'Content-Type': 'text/plain' },
  });
  if (forged.status === 403 || forged.status === 415) run.pass('startPasswordReset', 'cross-site-write');
  else
    run.fail(
      'startPasswordReset',
      'cross-site-write',
      `a text/plain POST from ${HOSTILE_ORIGIN} was answered ${forged.status}: a page on any site can send the person an SMS (answer 415 to a write that is not JSON, 403 to an Origin you do not allow)`,
    );
}

/** Availability is a way to list taken names; past a limit it answers `429` with `Retry-After`. */
async function checkUsernameLimit(session: Session): Promise<void> {
  const { run } = session;
  for (let sent = 0; sent < USERNAME_PROBES; sent += 25) {
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        session.call('checkUsername', { query: { username: `ae.verify.${sent + index}` } }),
      ),
    );
    const unsupported = answers.find((answer) => answer.status === 501);
    if (unsupported && session.expect.notOffered('checkUsername', unsupported)) return;
    const limited = answers.find((answer) => answer.status === 429);
    if (limited) {
      if (limited.headers.has('Retry-After')) run.pass('checkUsername', 'limited');
      else run.fail('checkUsername', 'limited', 'a 429 without Retry-After');
      return;
    }
  }
  run.fail(
    'checkUsername',
    'limited',
    `${USERNAME_PROBES} checks were answered without a limit: taken and reserved names can be listed`,
  );
}

/** One token, five requests at once, each with its own key: exactly one may be opened. */
async function checkOneTokenOnce(session: Session): Promise<void> {
  const { run } = session;
  if (run.unsupported('regenerateApiKey')) return;
  const { token, reason } = await session.stepUp('regenerateApiKey');
  if (token === undefined) {
    session.skip('regenerateApiKey', ['one-token-once'], reason ?? 'no token');
    return;
  }
  const answers = await Promise.all(
    Array.from({ length: 5 }, () =>
      session.call('regenerateApiKey', { headers: { [HEADERS.reverificationToken]: token } }),
    ),
  );
  const opened = answers.filter((answer) => answer.status === 200).length;
  if (opened === 1) run.pass('regenerateApiKey', 'one-token-once');
  else
    run.fail(
      'regenerateApiKey',
      'one-token-once',
      `one token sent with 5 requests at once opened ${opened} of them (${statuses(answers)}): spend it as it is checked`,
    );
}

/** One key and one token, five requests at once: the work is done once. */
async function checkOneKeyOnce(session: Session): Promise<void> {
  const { run } = session;
  if (run.unsupported('regenerateApiKey')) return;
  const { token, reason } = await session.stepUp('regenerateApiKey');
  if (token === undefined) {
    session.skip('regenerateApiKey', ['one-key-once'], reason ?? 'no token');
    return;
  }
  const idempotencyKey = newIdempotencyKey();
  const answers = await Promise.all(
    Array.from({ length: 5 }, () =>
      session.call('regenerateApiKey', {
        idempotencyKey,
        headers: { [HEADERS.reverificationToken]: token },
      }),
    ),
  );
  const keys = new Set(
    answers.flatMap((answer) => {
      const parsed = apiKeySecret.safeParse(answer.json);
      return answer.status === 200 && parsed.success ? [parsed.data.key] : [];
    }),
  );
  const others = answers.filter(
    (answer) =>
      answer.status !== 200 && !(answer.status === 409 && codeOf(answer) === 'idempotency_key_in_use'),
  );
  if (keys.size === 1 && others.length === 0) run.pass('regenerateApiKey', 'one-key-once');
  else
    run.fail(
      'regenerateApiKey',
      'one-key-once',
      `one Idempotency-Key sent with 5 requests at once made ${keys.size} keys (${statuses(answers)}): claim the key before the work, and answer 409 idempotency_key_in_use while it runs`,
    );
}

/** A token spent by a request without a key opens nothing again, whatever key comes next. */
async function checkSpentToken(session: Session): Promise<void> {
  const { run } = session;
  if (run.unsupported('revealApiKey')) return;
  const { token, reason } = await session.stepUp('revealApiKey');
  if (token === undefined) {
    session.skip('revealApiKey', ['spent-token'], reason ?? 'no token');
    return;
  }
  const headers = { [HEADERS.reverificationToken]: token };
  const first = await session.call('revealApiKey', { headers, idempotencyKey: null });
  if (first.status !== 200) {
    session.skip('revealApiKey', ['spent-token'], `the reveal without a key was answered ${first.status}`);
    return;
  }
  for (const idempotencyKey of ['spent', newIdempotencyKey()]) {
    const again = await session.call('revealApiKey', { headers, idempotencyKey });
    if (again.status === 200) {
      run.fail(
        'revealApiKey',
        'spent-token',
        `a spent token opened a reveal again with Idempotency-Key: ${idempotencyKey}`,
      );
      return;
    }
  }
  run.pass('revealApiKey', 'spent-token');
}

/**
 * Wrong codes at once for a fresh password reset, after one alone to learn the tries left, and the
 * right code last among them. Each checked one is counted, so each says fewer tries left than the
 * one before; the right one may win only while tries are left, and once it has, the code is used
 * up and the rest are unknown. A backend that counts after an awaited check answers them all,
 * the right one included.
 */
async function checkParallelCodes(session: Session): Promise<void> {
  const { run, expect, options } = session;
  const answer = await sendWaitingOutCooldown(session);
  const started = answer && expect.success('startPasswordReset', answer, verification);
  if (!started) {
    session.skip('completePasswordReset', ['parallel-tries'], 'no password reset code could be sent');
    return;
  }
  const code = await session.secret('password_reset', started);
  const temporary = `ae verify ${String(Math.random()).slice(2, 10)}`;
  const attempt = (guess: string) =>
    session.call('completePasswordReset', {
      json: { verificationId: started.id, code: guess, newPassword: temporary },
    });
  const wrong = Array.from({ length: BURST + 1 }, (_, index) => String(100000 + index * 7919)).filter(
    (guess) => guess !== code,
  );
  const remaining = await triesLeftAfter(session, 'completePasswordReset', await attempt(wrong[0]!));
  if (remaining === undefined) return;
  // The right code rides along only when the password can be put back if it wins.
  const withRight = code !== undefined && options.password !== undefined;
  const answers = await Promise.all([...wrong.slice(1), ...(withRight ? [code] : [])].map(attempt));
  const won = answers.some((reply) => reply.status === 204);
  const checkedWrong = answers.filter((reply) => codeOf(reply) === 'verification_failed').length;
  if (won && checkedWrong >= remaining) {
    run.fail(
      'completePasswordReset',
      'parallel-tries',
      `${answers.length} codes sent at once with ${remaining} tries left: the right one, last, was accepted after ${checkedWrong} wrong ones were checked; count each try before its check, atomically`,
    );
  } else judgeBurst(session, 'completePasswordReset', answers, remaining);
  if (won) await putPasswordBack(session, temporary);
}

/** After a reset won by a burst, the original password back, as the other password checks leave it. */
async function putPasswordBack(session: Session, temporary: string): Promise<void> {
  const original = session.options.password!;
  const back = await session.call('changePassword', {
    json: { currentPassword: temporary, newPassword: original },
  });
  if (back.status !== 204)
    session.run.fail(
      'completePasswordReset',
      'parallel-tries',
      `the password is now "${temporary}": putting the original back failed (${back.status})`,
    );
}

/**
 * Wrong passwords at once to the identity check, after one alone to learn the tries left: no more
 * checked than there were tries, then even the right password refused.
 */
async function checkParallelPasswords(session: Session): Promise<void> {
  const { run, options } = session;
  const attempt = (password: string) =>
    session.call('completeReverification', {
      json: { method: 'password', password, operation: 'revealApiKey' },
    });
  const remaining = await triesLeftAfter(session, 'completeReverification', await attempt('ae-verify-wrong'));
  if (remaining === undefined) return;
  const guesses = Array.from({ length: BURST }, (_, index) => `ae-verify-wrong-${index}`);
  const answers = await Promise.all(guesses.map(attempt));
  const checked = answers.filter((answer) => codeOf(answer) === 'verification_failed').length;
  if (checked > remaining) {
    run.fail(
      'completeReverification',
      'parallel-tries',
      `${guesses.length} wrong passwords sent at once with ${remaining} tries left: ${checked} were checked; count each try before its check, atomically`,
    );
    return;
  }
  judgeBurst(session, 'completeReverification', answers, remaining);
  if (options.password === undefined || run.failed('completeReverification', 'parallel-tries')) return;
  const right = await attempt(options.password);
  if (right.status === 200)
    run.fail(
      'completeReverification',
      'parallel-tries',
      'the right password was accepted after the tries ran out',
    );
}

/** The tries left once this wrong guess was counted; undefined (recorded) when it says none. */
async function triesLeftAfter(
  session: Session,
  operation: Operation,
  answer: Answer,
): Promise<number | undefined> {
  const left = codeOf(answer) === 'verification_failed' ? problemOf(answer)?.attemptsLeft : undefined;
  if (left === undefined) {
    session.skip(
      operation,
      ['parallel-tries'],
      `a wrong guess was answered ${answer.status} without attemptsLeft`,
    );
    return undefined;
  }
  return left;
}

/**
 * A burst was held to the limit when every guess answered with tries still left said a different
 * number, and no more of them than the tries there were: a backend that counts after an awaited
 * check answers several with the same count.
 */
function judgeBurst(
  session: Session,
  operation: Operation,
  answers: readonly Answer[],
  remaining: number,
): void {
  const { run } = session;
  const left = answers
    .filter((answer) => codeOf(answer) === 'verification_failed')
    .map((answer) => problemOf(answer)?.attemptsLeft ?? -1);
  const counted = left.filter((value) => value > 0);
  if (new Set(counted).size === counted.length && counted.length < Math.max(remaining, 1)) {
    run.pass(operation, 'parallel-tries');
    return;
  }
  run.fail(
    operation,
    'parallel-tries',
    `${answers.length} wrong guesses sent at once with ${remaining} tries left were answered with tries left ${left.join(', ')}: count each try before its check, atomically`,
  );
}

/** Starts a password reset, waiting out a send cooldown the server names if it is short enough. */
async function sendWaitingOutCooldown(session: Session): Promise<Answer | undefined> {
  const first = await session.call('startPasswordReset');
  if (first.status !== 429) return first;
  const wait = (problemOf(first)?.retryAfter ?? Number(first.headers.get('Retry-After'))) * 1000;
  if (!(wait > 0) || wait > (session.options.maxWait ?? 65_000)) return undefined;
  session.progress(`waiting ${Math.ceil(wait / 1000)} s for the send cooldown`);
  await delay(wait);
  return session.call('startPasswordReset');
}

function problemOf(answer: Answer): Partial<Problem> | undefined {
  return typeof answer.json === 'object' && answer.json !== null
    ? (answer.json as Partial<Problem>)
    : undefined;
}

function codeOf(answer: Answer): string | undefined {
  return problemOf(answer)?.code;
}

function statuses(answers: readonly Answer[]): string {
  return answers.map((answer) => answer.status).join(', ');
}
