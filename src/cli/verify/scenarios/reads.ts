import type * as z from 'zod/mini';
import {
  ANSWER_VERSIONS,
  account,
  apiKeyInfo,
  messageSettings,
  notificationSettings,
  plan,
  planOptions,
  usernameAvailability,
  voiceSettings,
  type Account,
  type ApiKeyInfo,
  type MessageSettingsData,
  type NotificationSettings,
  type Plan,
  type PlanOption,
  type VersionedResource,
  type VoiceSettings,
} from '../../../api/index.js';
import type { Session } from '../session.js';
import type { Operation } from '../types.js';

interface ReadData {
  getAccount: Account;
  getNotificationSettings: NotificationSettings;
  getPlan: Plan;
  listPlans: PlanOption[];
  getVoiceSettings: VoiceSettings;
  getMessageSettings: MessageSettingsData;
  getApiKey: ApiKeyInfo;
}
export type ReadOperation = keyof ReadData;

/** The reads every element starts with: each answer fits its schema, and versioned ones carry a tag. */
const READS: { [O in ReadOperation]: z.ZodMiniType<ReadData[O]> } = {
  getAccount: account,
  getNotificationSettings: notificationSettings,
  getPlan: plan,
  listPlans: planOptions,
  getVoiceSettings: voiceSettings,
  getMessageSettings: messageSettings,
  getApiKey: apiKeyInfo,
};

/** Reads one resource; keeps its `ETag` for the updates. */
export async function read<O extends ReadOperation>(
  session: Session,
  operation: O,
): Promise<ReadData[O] | undefined> {
  const resource = (ANSWER_VERSIONS as Partial<Record<Operation, VersionedResource>>)[operation];
  const answer = await session.call(operation);
  const data = session.expect.success(operation, answer, READS[operation], { etag: resource !== undefined });
  const etag = answer.headers.get('ETag');
  if (resource && etag) session.etags.set(resource, etag);
  return data;
}

export async function checkReads(session: Session): Promise<void> {
  const { run, options } = session;
  session.progress('reads');
  if (options.token || Object.keys(options.headers ?? {}).length > 0) {
    // Without the credentials given, the server must say "not signed in", not serve the account.
    const anonymous = await session.call('getAccount', { anonymous: true });
    session.expect.refusal('getAccount', anonymous, 'unauthorized', 'unauthorized');
  } else {
    run.notes.push('not checked: the 401 without credentials (no --token or --header given to leave out)');
  }

  session.account = await read(session, 'getAccount');
  if (session.account === undefined && (await session.call('getAccount')).status === 401) {
    run.notes.push('the server answers 401 (not signed in): give --token, or --header with a session cookie');
  }
  for (const operation of [
    'getNotificationSettings',
    'getPlan',
    'getVoiceSettings',
    'getMessageSettings',
    'getApiKey',
  ] as const) {
    await read(session, operation);
  }
  const plans = await read(session, 'listPlans');
  if (plans !== undefined) {
    const current = plans.filter((option) => option.current).length;
    if (current === 1) run.pass('listPlans', 'one-current');
    else run.fail('listPlans', 'one-current', `${current} plans are marked current, not one`);
  }

  const own = session.account?.username;
  if (own === undefined) {
    run.skip('checkUsername', 'own-name', 'the account could not be read');
    return;
  }
  const answer = await session.call('checkUsername', { query: { username: own } });
  const availability = session.expect.success('checkUsername', answer, usernameAvailability);
  if (availability?.available === true) run.pass('checkUsername', 'own-name');
  else if (availability)
    run.fail('checkUsername', 'own-name', `one's own username "${own}" is said to be taken`);
}
