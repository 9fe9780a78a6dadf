import { planOptions } from '../../api/index.js';
import { checkPreflights } from './cors.js';
import { buildReport } from './report.js';
import { checkAttacks } from './scenarios/attacks.js';
import { checkReads } from './scenarios/reads.js';
import { checkFiles } from './scenarios/files.js';
import { checkSignIn } from './scenarios/sign-in.js';
import {
  checkCheckout,
  checkDeletion,
  checkRegenerate,
  checkReveal,
  checkReverification,
} from './scenarios/security.js';
import { checkUpdates } from './scenarios/updates.js';
import { checkEmail, checkPassword, checkPhone, checkUnknownIds } from './scenarios/verifications.js';
import { Session } from './session.js';
import type { Report, VerifyOptions } from './types.js';

/**
 * Runs the contract against a live server, as the contract suite runs it against the adapters:
 * reads, the version rules, refusals, then (with `--write`) the changes and the flows that send
 * codes, an attacker's parallel requests (which lock the identity check, so they come after every
 * other check that needs it), and (with `--delete`) the deletion, last. Each step depends on as little as it can, so one
 * broken route is reported where it is and does not hide the rest.
 */
export async function verify(options: VerifyOptions): Promise<Report> {
  const session = new Session(options);
  if (options.origin) {
    session.progress('CORS preflights');
    await checkPreflights(session.client, session.run, options);
  }
  await checkReads(session);
  await checkUpdates(session);
  await checkUnknownIds(session);
  await checkReveal(session);
  await checkFiles(session);
  await checkPassword(session);
  await checkPhone(session);
  const followLink = await checkEmail(session);
  const plans = planOptions.safeParse((await session.call('listPlans')).json);
  await checkCheckout(session, plans.success ? plans.data : undefined);
  await checkRegenerate(session);
  await checkSignIn(session);
  await checkReverification(session);
  await followLink?.();
  await checkAttacks(session);
  await checkDeletion(session);
  return buildReport(options, session.run.results, session.run.notes);
}
