import {
  apiKeyInfo,
  apiKeySecret,
  checkout,
  newIdempotencyKey,
  reverificationToken,
  verification,
  type PlanOption,
} from '../../../api/index.js';
import type { Session } from '../session.js';
import { withStepUp } from './verifications.js';

/**
 * Revealing the key: refused without a fresh identity check, a secret never cached, and a replay
 * of the same key without the token refused again (a replay is never a way around a check).
 * Read-only: revealing changes nothing. The key itself is never printed.
 */
export async function checkReveal(session: Session): Promise<void> {
  const { run, expect } = session;
  session.progress('revealApiKey');
  if (!session.admin) {
    const refused = await session.call('revealApiKey');
    expect.refusal('revealApiKey', refused, 'forbidden', 'forbidden');
    session.skip(
      'revealApiKey',
      ['reverification', 'no-store', 'replay-needs-token'],
      'the signed-in person is a member',
    );
    return;
  }
  const idempotencyKey = newIdempotencyKey();
  const answer = await withStepUp(session, 'revealApiKey', { idempotencyKey }, [
    'status',
    'no-store',
    'replay-needs-token',
  ]);
  if (answer === undefined) return;
  expect.success('revealApiKey', answer, apiKeySecret, { noStore: true });
  const replay = await session.call('revealApiKey', { idempotencyKey });
  if (replay.status === 200)
    run.fail('revealApiKey', 'replay-needs-token', 'a replay without the token was answered with the key');
  else expect.refusal('revealApiKey', replay, 'replay-needs-token', 'reverification_required', 403);
}

/** Buying a plan: the idempotency rules on a POST whose answer is easy to compare. */
export async function checkCheckout(
  session: Session,
  plans: readonly PlanOption[] | undefined,
): Promise<void> {
  const { run, expect, options } = session;
  const checks = ['status', 'idempotency-replay', 'idempotency-key-reused', 'unknown-plan'];
  if (!options.write) {
    session.skip('startCheckout', checks, 'starts a checkout: run with --write');
    return;
  }
  session.progress('startCheckout');
  const buyable = (plans ?? []).filter((option) => !option.current && !option.contactSales);
  const target = buyable[0];
  if (!session.admin) {
    expect.refusal(
      'startCheckout',
      await session.call('startCheckout', { json: { planId: target?.id ?? 'business' } }),
      'forbidden',
      'forbidden',
    );
    session.skip('startCheckout', checks, 'the signed-in person is a member');
    return;
  }
  if (target === undefined) {
    session.skip('startCheckout', checks, 'listPlans offers no plan to buy');
    return;
  }
  const idempotencyKey = newIdempotencyKey();
  const first = expect.success(
    'startCheckout',
    await session.call('startCheckout', { json: { planId: target.id }, idempotencyKey }),
    checkout,
  );
  if (first === undefined) return;
  const again = expect.success(
    'startCheckout',
    await session.call('startCheckout', { json: { planId: target.id }, idempotencyKey }),
    checkout,
  );
  if (again?.url === first.url) run.pass('startCheckout', 'idempotency-replay');
  else if (again)
    run.fail(
      'startCheckout',
      'idempotency-replay',
      'the same Idempotency-Key and body gave another checkout',
    );
  const other = buyable[1]?.id ?? 'ae-verify-other-plan';
  const reused = await session.call('startCheckout', { json: { planId: other }, idempotencyKey });
  expect.refusal('startCheckout', reused, 'idempotency-key-reused', 'idempotency_key_reused');
  const unknown = await session.call('startCheckout', { json: { planId: 'ae-verify-no-such-plan' } });
  expect.refusal('startCheckout', unknown, 'unknown-plan', 'not_found');
}

/**
 * Replacing the key: step-up, a secret never cached, the same answer for a replay with the token,
 * a refusal for one without, and the new key in force.
 */
export async function checkRegenerate(session: Session): Promise<void> {
  const { run, expect, options } = session;
  const checks = [
    'reverification',
    'status',
    'no-store',
    'idempotency-replay',
    'replay-needs-token',
    'in-force',
  ];
  if (!options.write) {
    session.skip('regenerateApiKey', checks, 'replaces the API key: run with --write');
    return;
  }
  session.progress('regenerateApiKey');
  if (!session.admin) {
    expect.refusal('regenerateApiKey', await session.call('regenerateApiKey'), 'forbidden', 'forbidden');
    session.skip('regenerateApiKey', checks, 'the signed-in person is a member');
    return;
  }
  const idempotencyKey = newIdempotencyKey();
  const answer = await withStepUp(session, 'regenerateApiKey', { idempotencyKey }, checks.slice(1));
  const fresh = answer && expect.success('regenerateApiKey', answer, apiKeySecret, { noStore: true });
  if (!answer || !fresh) return;
  const token = answer.request.headers?.['Reverification-Token'];
  const replay = await session.call('regenerateApiKey', {
    idempotencyKey,
    headers: token ? { 'Reverification-Token': token } : {},
  });
  const same = expect.success('regenerateApiKey', replay, apiKeySecret, { noStore: true });
  if (same?.key === fresh.key) run.pass('regenerateApiKey', 'idempotency-replay');
  else if (same)
    run.fail(
      'regenerateApiKey',
      'idempotency-replay',
      'a replay with the same Idempotency-Key made another key',
    );
  const bare = await session.call('regenerateApiKey', { idempotencyKey });
  if (bare.status === 200)
    run.fail(
      'regenerateApiKey',
      'replay-needs-token',
      'a replay without the token was answered with the key',
    );
  else expect.refusal('regenerateApiKey', bare, 'replay-needs-token', 'reverification_required', 403);
  const info = expect.success('getApiKey', await session.call('getApiKey'), apiKeyInfo);
  if (info?.id === fresh.info.id) run.pass('regenerateApiKey', 'in-force');
  else if (info) run.fail('regenerateApiKey', 'in-force', 'GET /api-key still shows the old key');
}

/** The identity check itself: a wrong password counted, and the SMS proof. */
export async function checkReverification(session: Session): Promise<void> {
  const { run, expect, options } = session;
  if (!options.write) {
    session.skip(
      'completeReverification',
      ['wrong-password', 'sms-proof'],
      'uses up a try or sends a code: run with --write',
    );
    session.skip('startReverification', ['send'], 'sends a code: run with --write');
    return;
  }
  session.progress('identity check');
  const wrong = await session.call('completeReverification', {
    json: { method: 'password', password: 'ae-verify-not-the-password', operation: 'revealApiKey' },
  });
  const failed = expect.refusal('completeReverification', wrong, 'wrong-password', 'verification_failed');
  if (failed && failed.attemptsLeft === undefined)
    run.fail('completeReverification', 'wrong-password', 'no attemptsLeft');

  const started = expect.success(
    'startReverification',
    await session.call('startReverification'),
    verification,
  );
  if (started?.purpose === 'reverification' && started.channel === 'sms')
    run.pass('startReverification', 'send');
  else if (started) run.fail('startReverification', 'send', `sent ${started.purpose} by ${started.channel}`);
  const code = started && (await session.secret('reverification', started));
  if (!started || code === undefined) {
    run.skip('completeReverification', 'sms-proof', started ? session.noSecretReason : 'no code was sent');
    return;
  }
  const proof = { method: 'sms', verificationId: started.id, code, operation: 'revealApiKey' };
  const bought = expect.success(
    'completeReverification',
    await session.call('completeReverification', { json: proof }),
    reverificationToken,
    { noStore: true },
  );
  if (bought) run.pass('completeReverification', 'sms-proof');
}

/** Deleting the account: step-up, the username typed exactly, then the session is gone. */
export async function checkDeletion(session: Session): Promise<void> {
  const { run, expect, options } = session;
  const checks = ['reverification', 'validation', 'status', 'session-ended'];
  if (!options.delete) {
    session.skip('deleteAccount', checks, 'deletes the account: run with --delete');
    return;
  }
  session.progress('deleteAccount');
  const username = session.account?.username;
  if (!session.admin) {
    expect.refusal(
      'deleteAccount',
      await session.call('deleteAccount', { json: { confirmation: username ?? 'x' } }),
      'forbidden',
      'forbidden',
    );
    session.skip('deleteAccount', checks, 'the signed-in person is a member');
    return;
  }
  if (username === undefined) {
    session.skip('deleteAccount', checks, 'the account could not be read');
    return;
  }
  const answer = await withStepUp(
    session,
    'deleteAccount',
    { json: { confirmation: 'ae-verify-not-the-name' } },
    checks.slice(1),
  );
  if (answer === undefined) return;
  const problem = expect.refusal('deleteAccount', answer, 'validation', 'validation');
  if (problem && !problem.errors?.some((error) => error.code === 'confirmation_mismatch')) {
    run.fail('deleteAccount', 'validation', 'a wrong confirmation refused without confirmation_mismatch');
  }
  const token = answer.request.headers?.['Reverification-Token'];
  const deleted = await session.call('deleteAccount', {
    json: { confirmation: username },
    headers: token ? { 'Reverification-Token': token } : {},
  });
  expect.success('deleteAccount', deleted, undefined, { status: [204] });
  if (deleted.status !== 204) return;
  const after = await session.call('getAccount');
  expect.refusal('deleteAccount', after, 'session-ended', 'unauthorized');
}
