import { account, verification, type Verification } from '../../../api/index.js';
import type { Answer } from '../client.js';
import { UNKNOWN_ID, type CallRequest, type Session } from '../session.js';
import type { Operation } from '../types.js';
import { read } from './reads.js';

const WRITES = 'sends a code and changes the account: run with --write';
/** Fictional numbers and addresses (555-01xx is reserved for fiction) unless --phone or --email says. */
const TEST_PHONES = ['+14155550199', '+14155550198'];

function wrongCodeFor(code: string | undefined): string {
  return code === '000000' ? '111111' : '000000';
}

/** Ids and links no server issued must be refused as unknown: probes that can change nothing. */
export async function checkUnknownIds(session: Session): Promise<void> {
  const { expect } = session;
  session.progress('unknown verifications');
  expect.refusal(
    'resendVerification',
    await session.call('resendVerification', { id: UNKNOWN_ID }),
    'unknown-id',
    'not_found',
  );
  const confirm = await session.call('confirmPhoneChange', { id: UNKNOWN_ID, json: { code: '000000' } });
  expect.refusal('confirmPhoneChange', confirm, 'unknown-id', 'not_found');
  const link = await session.call('confirmEmailChange', { json: { token: UNKNOWN_ID } });
  expect.refusal('confirmEmailChange', link, 'unknown-link', 'not_found');
}

/** A verification answer of the expected purpose and channel; undefined when it is not one. */
function sent(
  session: Session,
  operation: Operation,
  answer: Answer,
  purpose: Verification['purpose'],
  channel: Verification['channel'],
): Verification | undefined {
  const started = session.expect.success(operation, answer, verification);
  if (started === undefined) return undefined;
  if (started.purpose !== purpose || started.channel !== channel) {
    session.run.fail(
      operation,
      'send',
      `sent ${started.purpose} by ${started.channel}, expected ${purpose} by ${channel}`,
    );
    return undefined;
  }
  session.run.pass(operation, 'send');
  return started;
}

/**
 * A step-up operation first refused (403 `reverification_required` naming it), then, with a token
 * bought by the password, answered. Returns the answer, or undefined after recording why not.
 */
export async function withStepUp(
  session: Session,
  operation: Operation,
  request: CallRequest,
  laterChecks: readonly string[],
): Promise<Answer | undefined> {
  const { run, expect } = session;
  const refused = await session.call(operation, request);
  const problem = expect.refusal(operation, refused, 'reverification', 'reverification_required', 403);
  if (problem && problem.operation !== operation) {
    run.fail(
      operation,
      'reverification',
      `operation is ${problem.operation ?? 'missing'}, expected ${operation}`,
    );
  } else if (problem && !problem.methods?.includes('password')) {
    run.fail(operation, 'reverification', 'methods does not offer password');
  }
  if (run.unsupported(operation)) return undefined;
  const { token, reason } = await session.stepUp(operation);
  if (token === undefined) {
    session.skip(operation, laterChecks, reason ?? 'no token');
    return undefined;
  }
  return session.call(operation, {
    ...request,
    headers: { ...request.headers, 'Reverification-Token': token },
  });
}

/**
 * A password reset by SMS code, then a change with the current password that puts the original
 * back. Comes before the phone change, so the code goes to the number the person has.
 */
export async function checkPassword(session: Session): Promise<void> {
  const { run, expect, options } = session;
  if (!options.write) {
    session.skip('startPasswordReset', ['send'], WRITES);
    session.skip('completePasswordReset', ['no-password-oracle', 'validation', 'reset'], WRITES);
    session.skip('changePassword', ['wrong-password', 'validation', 'change'], WRITES);
    return;
  }
  session.progress('password');
  const wrong = await session.call('changePassword', {
    json: { currentPassword: 'ae-verify-not-the-password', newPassword: 'ae verify new phrase 1' },
  });
  const failed = expect.refusal('changePassword', wrong, 'wrong-password', 'verification_failed');
  if (failed && failed.attemptsLeft === undefined)
    run.fail('changePassword', 'wrong-password', 'no attemptsLeft');

  const original = options.password;
  const temporary = `ae verify ${Math.random().toString(36).slice(2, 10)}`;
  if (original !== undefined) {
    const same = await session.call('changePassword', {
      json: { currentPassword: original, newPassword: original },
    });
    const problem = expect.refusal('changePassword', same, 'validation', 'validation');
    if (problem && !problem.errors?.some((error) => error.field === 'newPassword')) {
      run.fail('changePassword', 'validation', 'the same password refused without an error on newPassword');
    }
  } else session.skip('changePassword', ['validation'], 'needs --password');

  const started = sent(
    session,
    'startPasswordReset',
    await session.call('startPasswordReset'),
    'password_reset',
    'sms',
  );
  const code = started && (await session.secret('password_reset', started));
  if (started) await checkNoPasswordOracle(session, started.id, code);
  let current = original;
  if (!started) session.skip('completePasswordReset', ['validation', 'reset'], 'no reset code was sent');
  else if (code === undefined)
    session.skip('completePasswordReset', ['validation', 'reset'], session.noSecretReason);
  if (started && code !== undefined) {
    const weak = await session.call('completePasswordReset', {
      json: { verificationId: started.id, code, newPassword: 'short' },
    });
    const problem = expect.refusal('completePasswordReset', weak, 'validation', 'validation');
    if (problem && !problem.errors?.some((error) => error.field === 'newPassword')) {
      run.fail(
        'completePasswordReset',
        'validation',
        'a 7-character password refused without an error on newPassword',
      );
    }
    if (original === undefined) {
      session.skip(
        'completePasswordReset',
        ['reset'],
        'would leave the account with a password nobody knows: give --password',
      );
    } else {
      const reset = await session.call('completePasswordReset', {
        json: { verificationId: started.id, code, newPassword: temporary },
      });
      expect.success('completePasswordReset', reset, undefined, { status: [204] });
      if (reset.status === 204) {
        run.pass('completePasswordReset', 'reset');
        current = temporary;
      }
    }
  }
  if (original === undefined) {
    session.skip('changePassword', ['change'], 'needs --password');
    return;
  }
  if (current === original) {
    const away = await session.call('changePassword', {
      json: { currentPassword: original, newPassword: temporary },
    });
    expect.success('changePassword', away, undefined, { status: [204] });
    if (away.status !== 204) return;
  }
  const back = await session.call('changePassword', {
    json: { currentPassword: temporary, newPassword: original },
  });
  expect.success('changePassword', back, undefined, { status: [204] });
  if (back.status === 204) run.pass('changePassword', 'change');
  else
    run.fail(
      'changePassword',
      'change',
      `the password is now "${temporary}": putting the original back failed`,
    );
}

/**
 * A wrong code sent with the current password as the new one must be answered as a wrong code:
 * checking the password first, a backend would say `same_as_current` and tell anyone holding the
 * session whether a guess is the password, with no try counted.
 */
async function checkNoPasswordOracle(
  session: Session,
  verificationId: string,
  code: string | undefined,
): Promise<void> {
  const { run, expect, options } = session;
  if (options.password === undefined) {
    session.skip('completePasswordReset', ['no-password-oracle'], 'needs --password');
    return;
  }
  const guess = await session.call('completePasswordReset', {
    json: { verificationId, code: wrongCodeFor(code), newPassword: options.password },
  });
  const saysSame =
    guess.status === 422 &&
    JSON.stringify(guess.json ?? '').includes('same_as_current') &&
    !JSON.stringify(guess.json ?? '').includes('verification_failed');
  if (saysSame) {
    run.fail(
      'completePasswordReset',
      'no-password-oracle',
      'a wrong code with the current password was answered same_as_current: the password is checked before the code',
    );
    return;
  }
  const problem = expect.refusal('completePasswordReset', guess, 'no-password-oracle', 'verification_failed');
  if (problem?.errors?.length) {
    run.fail(
      'completePasswordReset',
      'no-password-oracle',
      `a wrong code was answered with field errors (${problem.errors.map((error) => error.code).join(', ')}), which say something of the new password`,
    );
  }
}

/** The cell number: step-up, a code by SMS, the resend cooldown, a wrong code, the right one. */
export async function checkPhone(session: Session): Promise<void> {
  const { run, expect, options } = session;
  const later = ['send', 'confirm', 'wrong-code'];
  if (!options.write) {
    session.skip('startPhoneChange', ['reverification', 'send'], WRITES);
    session.skip('resendVerification', ['rate-limit'], WRITES);
    session.skip('confirmPhoneChange', ['wrong-code', 'confirm'], WRITES);
    return;
  }
  session.progress('cell number');
  const target =
    options.phone ?? TEST_PHONES.find((phone) => phone !== session.account?.phone) ?? TEST_PHONES[0]!;
  const answer = await withStepUp(session, 'startPhoneChange', { json: { phone: target } }, later);
  if (answer === undefined) {
    session.skip('resendVerification', ['rate-limit'], 'no phone change was started');
    session.skip('confirmPhoneChange', ['wrong-code', 'confirm'], 'no phone change was started');
    return;
  }
  const started = sent(session, 'startPhoneChange', answer, 'phone_change', 'sms');
  if (started === undefined) {
    session.skip('resendVerification', ['rate-limit'], 'no code was sent');
    session.skip('confirmPhoneChange', ['wrong-code', 'confirm'], 'no code was sent');
    return;
  }

  const tooSoon = await session.call('resendVerification', { id: started.id });
  const limited = expect.refusal('resendVerification', tooSoon, 'rate-limit', 'rate_limited');
  if (limited) {
    const header = tooSoon.headers.get('Retry-After');
    if (header === null || !/^\d+$/.test(header.trim())) {
      run.fail(
        'resendVerification',
        'rate-limit',
        `429 with ${header === null ? 'no Retry-After' : `Retry-After: ${header}`}, expected seconds`,
      );
    } else if (limited.retryAfter === undefined)
      run.fail('resendVerification', 'rate-limit', '429 without retryAfter in the body');
  }

  const code = await session.secret('phone_change', started);
  const wrong = await session.call('confirmPhoneChange', {
    id: started.id,
    json: { code: wrongCodeFor(code) },
  });
  const failed = expect.refusal('confirmPhoneChange', wrong, 'wrong-code', 'verification_failed');
  if (failed && failed.attemptsLeft !== started.attemptsLeft - 1) {
    run.fail(
      'confirmPhoneChange',
      'wrong-code',
      `attemptsLeft ${failed.attemptsLeft ?? 'missing'}, expected ${started.attemptsLeft - 1}`,
    );
  }
  if (code === undefined) {
    run.skip('confirmPhoneChange', 'confirm', session.noSecretReason);
    return;
  }
  const confirmed = await session.call('confirmPhoneChange', { id: started.id, json: { code } });
  const changed = expect.success('confirmPhoneChange', confirmed, account, { etag: true });
  if (changed?.phone === target) run.pass('confirmPhoneChange', 'confirm');
  else if (changed)
    run.fail(
      'confirmPhoneChange',
      'confirm',
      `the account's phone is ${changed.phone ?? 'null'}, not ${target}`,
    );
  if (changed) session.account = changed;
}

/**
 * The email: step-up, a link, the pending address (a new version of the account), cancelling it,
 * the cancelled link refused. Following a real link needs a second send, so it is returned as a
 * step to run once the send cooldown has passed.
 */
export async function checkEmail(session: Session): Promise<(() => Promise<void>) | undefined> {
  const { run, expect, options } = session;
  if (!options.write) {
    session.skip('startEmailChange', ['reverification', 'send', 'pending'], WRITES);
    session.skip('cancelEmailChange', ['cancel'], WRITES);
    session.skip('confirmEmailChange', ['cancelled-link', 'confirm'], WRITES);
    return undefined;
  }
  session.progress('email');
  const target = options.email ?? `ae-verify-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const before = session.etags.get('/account');
  const answer = await withStepUp(session, 'startEmailChange', { json: { email: target } }, [
    'send',
    'pending',
  ]);
  const started = answer && sent(session, 'startEmailChange', answer, 'email_change', 'email');
  if (!started) {
    session.skip('cancelEmailChange', ['cancel'], 'no email change was started');
    session.skip('confirmEmailChange', ['cancelled-link', 'confirm'], 'no email change was started');
    return undefined;
  }
  const pending = await read(session, 'getAccount');
  if (pending?.pendingEmail !== target) {
    run.fail(
      'startEmailChange',
      'pending',
      `pendingEmail is ${pending?.pendingEmail ?? 'null'}, not ${target}`,
    );
  } else if (before !== undefined && session.etags.get('/account') === before) {
    run.fail('startEmailChange', 'pending', 'the account gained a pending address but kept its ETag');
  } else run.pass('startEmailChange', 'pending');

  const link = await session.secret('email_change', started);
  const cancelled = expect.success('cancelEmailChange', await session.call('cancelEmailChange'), account, {
    etag: true,
  });
  if (cancelled?.pendingEmail === null) run.pass('cancelEmailChange', 'cancel');
  else if (cancelled) run.fail('cancelEmailChange', 'cancel', 'pendingEmail is still set');
  if (link === undefined) {
    session.skip('confirmEmailChange', ['cancelled-link', 'confirm'], session.noSecretReason);
    return undefined;
  }
  const dead = await session.call('confirmEmailChange', { json: { token: link } });
  expect.refusal('confirmEmailChange', dead, 'cancelled-link', 'not_found');

  const readyAt = Date.parse(started.resendAvailableAt);
  return async () => {
    const wait = readyAt - Date.now();
    if (wait > (options.maxWait ?? 65_000)) {
      run.skip(
        'confirmEmailChange',
        'confirm',
        `a second link may be sent only in ${Math.ceil(wait / 1000)} s`,
      );
      return;
    }
    if (wait > 0) {
      session.progress(`waiting ${Math.ceil(wait / 1000)} s for the send cooldown, to follow a real link`);
      await new Promise((resolve) => setTimeout(resolve, wait + 250));
    }
    const again = await withStepUp(session, 'startEmailChange', { json: { email: target } }, ['send']);
    const second = again && sent(session, 'startEmailChange', again, 'email_change', 'email');
    const token = second && (await session.secret('email_change', second));
    if (!second || token === undefined) {
      run.skip(
        'confirmEmailChange',
        'confirm',
        second ? session.noSecretReason : 'the second link was not sent',
      );
      return;
    }
    const confirmed = expect.success(
      'confirmEmailChange',
      await session.call('confirmEmailChange', { json: { token } }),
      account,
      { etag: true },
    );
    if (confirmed?.email === target && confirmed.pendingEmail === null)
      run.pass('confirmEmailChange', 'confirm');
    else if (confirmed)
      run.fail(
        'confirmEmailChange',
        'confirm',
        `email is ${confirmed.email}, pending ${confirmed.pendingEmail ?? 'null'}`,
      );
  };
}
