import {
  AVATAR_MAX_BYTES,
  inspectImage,
  parseInput,
  profileUpdate,
  username as usernameSchema,
  validate,
  type Account,
  type ProfileUpdate,
  type UsernameAvailability,
} from '../../api/index.js';
import { invalidField, type Backend } from './backend.js';
import { takeUsernameCheck } from './throttle.js';

export function getAccount(backend: Backend): Account {
  return backend.toAccount(backend.me());
}

export function updateProfile(backend: Backend, update: ProfileUpdate): Account {
  const me = backend.me();
  const changes = parseInput(profileUpdate, update);
  if (changes.username !== undefined) {
    const refusal = usernameRefusal(backend, changes.username);
    if (refusal) throw invalidField('username', refusal);
  }
  const name = changes.name ?? me.name;
  const username = changes.username ?? me.username;
  if (name !== me.name || username !== me.username) {
    Object.assign(me, { name, username });
    backend.touch('/account');
  }
  return backend.toAccount(me);
}

/** Limited per account (`takeUsernameCheck`), or it would list every taken and reserved name. */
export function checkUsername(backend: Backend, candidate: string): UsernameAvailability {
  takeUsernameCheck(backend);
  const result = validate(usernameSchema, candidate);
  if (!result.ok) {
    const reason = Object.values(result.fields)[0]?.code ?? 'invalid_format';
    return { username: typeof candidate === 'string' ? candidate : '', available: false, reason };
  }
  const refusal = usernameRefusal(backend, result.data);
  return refusal
    ? { username: result.data, available: false, reason: refusal }
    : { username: result.data, available: true };
}

/** Why a well-formed username cannot be had; usernames are stored lower-case, so this ignores case. */
function usernameRefusal(backend: Backend, wanted: string): 'username_taken' | 'username_reserved' | null {
  const name = wanted.toLowerCase();
  const me = backend.me();
  if (me.username.toLowerCase() === name) return null;
  if (backend.state.reservedUsernames.some((reserved) => reserved.toLowerCase() === name))
    return 'username_reserved';
  const holders = [
    ...backend.state.takenUsernames,
    ...backend.state.accounts.map((account) => account.username),
  ];
  return holders.some((taken) => taken.toLowerCase() === name) ? 'username_taken' : null;
}

/**
 * The picture is judged by its bytes, never by its declared type, and by its whole structure and
 * the size its header claims, as a real backend must before it stores and serves a file.
 */
export async function uploadAvatar(backend: Backend, image: Blob): Promise<Account> {
  const me = backend.me();
  if (!(image instanceof Blob) || image.size === 0) throw invalidField('avatar', 'required');
  if (image.size > AVATAR_MAX_BYTES) throw invalidField('avatar', 'too_long');
  const inspection = await inspectImage(image);
  if (!inspection.ok) throw invalidField('avatar', inspection.code);
  const { type } = inspection;
  const typed = image.type === type ? image : new Blob([image], { type });
  me.avatarUrl = await backend.avatars.put(me.id, typed, me.avatarUrl);
  backend.touch('/account');
  return backend.toAccount(me);
}

export function removeAvatar(backend: Backend): Account {
  const me = backend.me();
  if (me.avatarUrl !== null) {
    backend.avatars.drop(me.id, me.avatarUrl);
    me.avatarUrl = null;
    backend.touch('/account');
  }
  return backend.toAccount(me);
}
