import type * as z from 'zod/mini';
import {
  SIGNATURE_MAX,
  account,
  messageSettings,
  notificationSettings,
  voiceSettings,
  type Account,
  type MessageSettingsData,
  type NotificationSettings,
  type VersionedResource,
  type VoiceSettings,
} from '../../../api/index.js';
import { STALE_ETAG, type Session } from '../session.js';
import { read, type ReadOperation } from './reads.js';

interface UpdateSpec<T> {
  read: ReadOperation;
  resource: VersionedResource;
  schema: z.ZodMiniType<T>;
  /** A body that changes nothing if a server wrongly takes it: for the probes that must be refused. */
  unchanged(current: T): unknown;
  /** A real change, told apart from `current` by `changed`. */
  change(current: T): unknown;
  changed(current: T, answer: T): boolean;
  restore(original: T): unknown;
  /** Input the contract refuses, and the field the refusal must name. */
  invalid(current: T): unknown;
  field: string;
}

const UPDATES = {
  updateProfile: {
    read: 'getAccount',
    resource: '/account',
    schema: account,
    unchanged: () => ({}),
    change: (current) => ({ name: current.name === 'Verify Name' ? 'Verify Other' : 'Verify Name' }),
    changed: (current, answer) => answer.name !== current.name,
    restore: (original) => ({ name: original.name }),
    invalid: () => ({ name: ' ' }),
    field: 'name',
  } satisfies UpdateSpec<Account>,
  updateNotificationSettings: {
    read: 'getNotificationSettings',
    resource: '/account/notifications',
    schema: notificationSettings,
    unchanged: () => ({}),
    change: (current) => ({ missedCalls: !current.missedCalls }),
    changed: (current, answer) => answer.missedCalls !== current.missedCalls,
    restore: (original) => ({ missedCalls: original.missedCalls }),
    invalid: () => ({ missedCalls: 'yes' }),
    field: 'missedCalls',
  } satisfies UpdateSpec<NotificationSettings>,
  updateVoiceSettings: {
    read: 'getVoiceSettings',
    resource: '/settings/voice',
    schema: voiceSettings,
    unchanged: (current) => current,
    change: (current) => ({
      ...current,
      voicemail: { ...current.voicemail, ringSeconds: current.voicemail.ringSeconds === 20 ? 25 : 20 },
    }),
    changed: (current, answer) => answer.voicemail.ringSeconds !== current.voicemail.ringSeconds,
    restore: (original) => original,
    invalid: (current) => ({ ...current, forwarding: { enabled: true, number: 'call me' } }),
    field: 'forwarding.number',
  } satisfies UpdateSpec<VoiceSettings>,
  updateMessageSettings: {
    read: 'getMessageSettings',
    resource: '/settings/messages',
    schema: messageSettings,
    unchanged: (current) => current,
    change: (current) => ({
      ...current,
      signature: current.signature === '— Verify' ? '— Check' : '— Verify',
    }),
    changed: (current, answer) => answer.signature !== current.signature,
    restore: (original) => original,
    invalid: (current) => ({ ...current, signature: 'x'.repeat(SIGNATURE_MAX + 1) }),
    field: 'signature',
  } satisfies UpdateSpec<MessageSettingsData>,
};

type UpdateOperation = keyof typeof UPDATES;

/**
 * Lost updates: every update of a versioned resource needs `If-Match` (428 without, 412 with a stale
 * tag, carrying the current one). Those probes send nothing that would change the resource even if
 * wrongly taken, so they run read-only; `--write` changes a value and puts it back.
 */
export async function checkUpdates(session: Session): Promise<void> {
  for (const operation of Object.keys(UPDATES) as UpdateOperation[]) {
    session.progress(operation);
    await checkUpdate(session, operation, UPDATES[operation] as UpdateSpec<unknown>);
  }
}

async function checkUpdate(
  session: Session,
  operation: UpdateOperation,
  spec: UpdateSpec<unknown>,
): Promise<void> {
  const { run, expect } = session;
  const current = await read(session, spec.read);
  if (current === undefined || run.unsupported(spec.read)) {
    session.skip(
      operation,
      ['if-match-428', 'if-match-412', 'validation', 'update'],
      `${spec.read} gave nothing to update`,
    );
    return;
  }

  const blind = await session.call(operation, { json: spec.unchanged(current) });
  expect.refusal(operation, blind, 'if-match-428', 'precondition_required', 428);
  if (run.unsupported(operation)) return;

  const stale = await session.call(operation, {
    json: spec.unchanged(current),
    headers: { 'If-Match': STALE_ETAG },
  });
  if (expect.refusal(operation, stale, 'if-match-412', 'conflict', 412) && !stale.headers.get('ETag')) {
    run.fail(operation, 'if-match-412', '412 without the current ETag: the page cannot retry against it');
  }

  if (!session.options.write) {
    session.skip(operation, ['validation', 'update'], 'changes the account: run with --write');
    return;
  }
  let etag = session.etags.get(spec.resource);
  if (etag === undefined) {
    session.skip(operation, ['validation', 'update'], `${spec.read} gave no ETag to send in If-Match`);
    return;
  }
  const refused = await session.call(operation, {
    json: spec.invalid(current),
    headers: { 'If-Match': etag },
  });
  const problem = expect.refusal(operation, refused, 'validation', 'validation');
  if (problem && !problem.errors?.some((error) => error.field === spec.field)) {
    run.fail(operation, 'validation', `a 422 without an error on ${spec.field}`);
  }
  etag = refused.status === 200 ? (refused.headers.get('ETag') ?? etag) : etag;

  const changed = await session.call(operation, {
    json: spec.change(current),
    headers: { 'If-Match': etag },
  });
  const answer = expect.success(operation, changed, spec.schema, { etag: true });
  if (answer === undefined) return;
  const next = changed.headers.get('ETag');
  if (!spec.changed(current, answer)) run.fail(operation, 'update', 'the answer does not show the change');
  else if (next === etag) run.fail(operation, 'update', 'the ETag did not change with the content');
  else run.pass(operation, 'update');
  await restore(session, operation, spec, current, next);
}

/** Puts the value read at the start back, so `--write` leaves the settings as it found them. */
async function restore(
  session: Session,
  operation: UpdateOperation,
  spec: UpdateSpec<unknown>,
  original: unknown,
  etag: string | null,
): Promise<void> {
  if (etag === null) return;
  const answer = await session.call(operation, {
    json: spec.restore(original),
    headers: { 'If-Match': etag },
  });
  const restored = session.expect.success(operation, answer, spec.schema, { etag: true });
  const tag = answer.headers.get('ETag');
  if (restored !== undefined && tag) session.etags.set(spec.resource, tag);
}
