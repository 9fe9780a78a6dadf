import type {
  AuthenticatorTransportFuture,
  RegistrationResponseJSON,
  VerifiedRegistrationResponse,
} from '@simplewebauthn/server';
import {
  AccountError,
  parseInput,
  passkeyCreationOptions,
  passkeyRegistrationCompletion,
  passkeyRename,
  type Passkey,
  type PasskeyCredential,
  type PasskeyRegistration,
  type PasskeyRegistrationCompletion,
} from '../../api/index.js';
import { invalidField, type Backend } from './backend.js';
import { randomId } from './random.js';
import type { StoredPasskey } from './state.js';

/**
 * Passkeys, made and checked by `@simplewebauthn/server` on the platform's WebCrypto: the memory
 * backend checks a new passkey as a server does (the client data's type, challenge and origin, the
 * RP ID's hash, the user-presence flag, the attestation's signature and the public key's algorithm).
 * It loads when a passkey is first made, not with the page.
 */
const webauthn = {
  server: async () => {
    await reflectMetadata();
    return import('@simplewebauthn/server');
  },
  helpers: () => import('@simplewebauthn/server/helpers'),
};

/**
 * The library's certificate code (`@peculiar/x509`, through `tsyringe`) needs the `reflect-metadata`
 * polyfill in place before it runs. It imports the polyfill itself, but a bundler that hoists ES
 * modules above the CommonJS polyfill (Rolldown does, in this package's own build) runs it after,
 * and the library throws as it loads; loaded first, on its own, it is there whatever the bundler.
 */
async function reflectMetadata(): Promise<void> {
  await import('reflect-metadata');
}

/** How long a challenge is good: WebAuthn's recommended timeout for a ceremony that may ask for a PIN. */
export const PASSKEY_REGISTRATION_TTL_MS = 5 * 60 * 1000;

/** Ed25519, ES256 and RS256: what every authenticator in use makes, strongest first. */
const ALGORITHMS = [-8, -7, -257];

/**
 * Passkey providers by AAGUID, as the community list (passkey-authenticator-aaguids) names them: the
 * ones most people use. An unknown or zero AAGUID (attestation `none` may zero it) names none.
 */
const PROVIDERS: Readonly<Record<string, string>> = {
  'fbfc3007-154e-4ecc-8c0b-6e020557d7bd': 'iCloud Keychain',
  'dd4ec289-e01d-41c9-bb89-70fa845d4bf2': 'iCloud Keychain (Managed)',
  'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4': 'Google Password Manager',
  'adce0002-35bc-c60a-648b-0b25f1f05503': 'Chrome on Mac',
  '08987058-cadc-4b81-b6e1-30de50dcbe96': 'Windows Hello',
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9': 'Windows Hello',
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2': 'Windows Hello',
  'bada5566-a7aa-401f-bd96-45619a55120d': '1Password',
  'd548826e-79b4-db40-a3d8-11116f7e8349': 'Bitwarden',
  '531126d6-e717-415c-9320-3d9aa6981239': 'Dashlane',
};

export function listPasskeys(backend: Backend): Passkey[] {
  const me = backend.me();
  return backend.state.passkeys
    .filter((stored) => stored.accountId === me.id)
    .map((stored) => describePasskey(backend, stored));
}

/**
 * The options for `navigator.credentials.create()`: a discoverable credential (so it signs in with
 * no username typed), user verification where the authenticator can, no attestation (a person's
 * choice of authenticator is theirs), and the account's passkeys excluded, so an authenticator that
 * holds one already says so instead of making a second. Only the latest challenge counts.
 */
export async function startPasskeyRegistration(backend: Backend): Promise<PasskeyRegistration> {
  const { generateRegistrationOptions } = await webauthn.server();
  const { isoBase64URL } = await webauthn.helpers();
  const me = backend.me();
  const { userHandle } = backend.signIn();
  const { relyingParty } = backend;
  const options = await generateRegistrationOptions({
    rpName: relyingParty.name,
    rpID: relyingParty.id,
    userID: isoBase64URL.toBuffer(userHandle),
    userName: me.username,
    userDisplayName: me.name,
    timeout: PASSKEY_REGISTRATION_TTL_MS,
    attestationType: 'none',
    excludeCredentials: backend.state.passkeys
      .filter((stored) => stored.accountId === me.id)
      .map((stored) => ({ id: stored.credentialId, transports: knownTransports(stored.transports) })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    supportedAlgorithmIDs: ALGORITHMS,
  });
  const record = {
    id: randomId('pkr'),
    accountId: me.id,
    challenge: options.challenge,
    expiresAt: backend.now() + PASSKEY_REGISTRATION_TTL_MS,
  };
  backend.state.passkeyRegistrations = [
    ...backend.state.passkeyRegistrations.filter((other) => other.accountId !== me.id),
    record,
  ];
  // Read through the contract's schema: the library's type is the same JSON, declared closed.
  const json = passkeyCreationOptions.parse(options);
  return { id: record.id, options: json, expiresAt: backend.iso(record.expiresAt) };
}

/**
 * The challenge is used up as it is found, before the slow check: of two requests carrying it, one
 * is checked and the other finds nothing. A response that fails the check is refused on the field
 * `credential` (`invalid_passkey`); the person starts again, with a new challenge.
 */
export async function completePasskeyRegistration(
  backend: Backend,
  completion: PasskeyRegistrationCompletion,
): Promise<Passkey> {
  const me = backend.me();
  const input = parseInput(passkeyRegistrationCompletion, completion);
  const record = backend.state.passkeyRegistrations.find(
    (candidate) => candidate.id === input.registrationId && candidate.accountId === me.id,
  );
  if (!record) throw new AccountError('not_found', 'No such passkey registration: start again');
  backend.state.passkeyRegistrations = backend.state.passkeyRegistrations.filter(
    (candidate) => candidate !== record,
  );
  if (backend.now() >= record.expiresAt)
    throw new AccountError('verification_expired', 'The passkey took too long to make: start again');
  const info = await verifyRegistration(backend, input.credential, record.challenge);
  const { credential, credentialDeviceType, credentialBackedUp, aaguid } = info;
  if (backend.state.passkeys.some((stored) => stored.credentialId === credential.id))
    throw invalidField('credential', 'duplicate', 'This passkey is already registered');
  const { isoBase64URL } = await webauthn.helpers();
  const stored: StoredPasskey = {
    id: randomId('pk'),
    credentialId: credential.id,
    accountId: me.id,
    name: input.name ?? PROVIDERS[aaguid] ?? 'Passkey',
    publicKey: isoBase64URL.fromBuffer(credential.publicKey),
    counter: credential.counter,
    transports: credential.transports ?? input.credential.response.transports ?? [],
    deviceType: credentialDeviceType === 'multiDevice' ? 'multi_device' : 'single_device',
    backedUp: credentialBackedUp,
    aaguid,
    createdAt: backend.now(),
    lastUsedAt: null,
  };
  backend.state.passkeys.push(stored);
  return describePasskey(backend, stored);
}

export function renamePasskey(backend: Backend, passkeyId: string, name: string): Passkey {
  const input = parseInput(passkeyRename, { name });
  const stored = ownPasskey(backend, passkeyId);
  stored.name = input.name;
  return describePasskey(backend, stored);
}

export function removePasskey(backend: Backend, passkeyId: string): void {
  const stored = ownPasskey(backend, passkeyId);
  backend.state.passkeys = backend.state.passkeys.filter((candidate) => candidate !== stored);
}

async function verifyRegistration(
  backend: Backend,
  credential: PasskeyCredential,
  challenge: string,
): Promise<NonNullable<VerifiedRegistrationResponse['registrationInfo']>> {
  const { verifyRegistrationResponse } = await webauthn.server();
  const { relyingParty } = backend;
  let verified: VerifiedRegistrationResponse;
  try {
    verified = await verifyRegistrationResponse({
      response: asRegistrationResponse(credential),
      expectedChallenge: challenge,
      expectedOrigin: [...relyingParty.origins],
      expectedRPID: relyingParty.id,
      // Preferred, not required: a security key without a PIN makes a passkey too.
      requireUserVerification: false,
      supportedAlgorithmIDs: ALGORITHMS,
    });
  } catch (error) {
    throw invalidField(
      'credential',
      'invalid_passkey',
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!verified.verified || !verified.registrationInfo)
    throw invalidField('credential', 'invalid_passkey', 'The passkey could not be verified');
  return verified.registrationInfo;
}

/** The contract's credential in the library's type: the same JSON, its open strings narrowed. */
function asRegistrationResponse(credential: PasskeyCredential): RegistrationResponseJSON {
  const { response } = credential;
  return {
    id: credential.id,
    rawId: credential.rawId,
    type: credential.type,
    response: {
      clientDataJSON: response.clientDataJSON,
      attestationObject: response.attestationObject,
      authenticatorData: response.authenticatorData,
      publicKey: response.publicKey,
      publicKeyAlgorithm: response.publicKeyAlgorithm,
      transports: response.transports && knownTransports(response.transports),
    },
    authenticatorAttachment:
      credential.authenticatorAttachment === 'platform' ||
      credential.authenticatorAttachment === 'cross-platform'
        ? credential.authenticatorAttachment
        : undefined,
    clientExtensionResults: credential.clientExtensionResults,
  };
}

const TRANSPORTS: readonly AuthenticatorTransportFuture[] = [
  'ble',
  'cable',
  'hybrid',
  'internal',
  'nfc',
  'smart-card',
  'usb',
];

function knownTransports(transports: readonly string[]): AuthenticatorTransportFuture[] {
  return TRANSPORTS.filter((transport) => transports.includes(transport));
}

function ownPasskey(backend: Backend, passkeyId: string): StoredPasskey {
  const me = backend.me();
  const stored = backend.state.passkeys.find(
    (candidate) => candidate.id === passkeyId && candidate.accountId === me.id,
  );
  if (!stored) throw new AccountError('not_found', 'No such passkey');
  return stored;
}

function describePasskey(backend: Backend, stored: StoredPasskey): Passkey {
  return {
    id: stored.id,
    name: stored.name,
    createdAt: backend.iso(stored.createdAt),
    lastUsedAt: stored.lastUsedAt === null ? null : backend.iso(stored.lastUsedAt),
    deviceType: stored.deviceType,
    backedUp: stored.backedUp,
    transports: [...stored.transports],
    provider: PROVIDERS[stored.aaguid] ?? null,
  };
}
