import type { PasskeyCreationOptions, PasskeyCredential } from '../../api/index.js';

/**
 * A software authenticator: makes a passkey from a backend's creation options as a browser and a
 * platform authenticator would (an ES256 key pair from WebCrypto, attestation `none`), so `verify`
 * can register one against a server with no person at a device, and the contract tests can too. It
 * runs wherever WebCrypto does (Node, browsers). Each field of the result can be made wrong on
 * purpose, to see a server refuse it.
 */
export interface SoftwarePasskeyOptions {
  /** The page origin the browser would put in the client data: `https://app.example.com`. */
  origin: string;
  /** The RP ID whose hash the authenticator data carries; default the options' `rp.id`. */
  rpId?: string;
  /** Signs another challenge than the options' (a replayed or forged response). */
  challenge?: string;
  /** The authenticator's model, as a UUID; default all zeros, as attestation `none` may send. */
  aaguid?: string;
  /** A synced (multi-device) passkey, backed up now; default a device-bound one. */
  synced?: boolean;
}

/** What was made, with the credential id to find it by in `excludeCredentials`. */
export interface SoftwarePasskey {
  credential: PasskeyCredential;
  credentialId: string;
}

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_BACKUP_ELIGIBLE = 0x08;
const FLAG_BACKED_UP = 0x10;
const FLAG_ATTESTED_DATA = 0x40;
const COSE_ES256 = -7;

export async function createSoftwarePasskey(
  options: PasskeyCreationOptions,
  made: SoftwarePasskeyOptions,
): Promise<SoftwarePasskey> {
  const rpId = made.rpId ?? options.rp.id ?? new URL(made.origin).hostname;
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  const credentialId = crypto.getRandomValues(new Uint8Array(16));
  const publicKey = cbor(
    new Map<number, CborValue>([
      [1, 2], // kty: EC2
      [3, COSE_ES256],
      [-1, 1], // crv: P-256
      [-2, raw.slice(1, 33)],
      [-3, raw.slice(33, 65)],
    ]),
  );
  const flags =
    FLAG_USER_PRESENT |
    FLAG_USER_VERIFIED |
    FLAG_ATTESTED_DATA |
    (made.synced ? FLAG_BACKUP_ELIGIBLE | FLAG_BACKED_UP : 0);
  const authenticatorData = concat(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(rpId))),
    Uint8Array.of(flags, 0, 0, 0, 0),
    uuidBytes(made.aaguid ?? '00000000-0000-0000-0000-000000000000'),
    Uint8Array.of(credentialId.length >> 8, credentialId.length & 0xff),
    credentialId,
    publicKey,
  );
  const attestationObject = cbor(
    new Map<string, CborValue>([
      ['fmt', 'none'],
      ['attStmt', new Map<string, CborValue>()],
      ['authData', authenticatorData],
    ]),
  );
  const clientData = {
    type: 'webauthn.create',
    challenge: made.challenge ?? options.challenge,
    origin: made.origin,
    crossOrigin: false,
  };
  const id = base64url(credentialId);
  return {
    credentialId: id,
    credential: {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: base64url(new TextEncoder().encode(JSON.stringify(clientData))),
        attestationObject: base64url(attestationObject),
        transports: ['internal'],
        publicKeyAlgorithm: COSE_ES256,
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: { credProps: { rk: true } },
    },
  };
}

type CborValue = number | string | Uint8Array | Map<number | string, CborValue>;

/** The little of CBOR (RFC 8949) a credential needs: integers, text, bytes and maps. */
function cbor(value: CborValue): Uint8Array {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const text = new TextEncoder().encode(value);
    return concat(head(3, text.length), text);
  }
  if (value instanceof Uint8Array) return concat(head(2, value.length), value);
  const entries = [...value].flatMap(([key, item]) => [cbor(key), cbor(item)]);
  return concat(head(5, value.size), ...entries);
}

function head(major: number, length: number): Uint8Array {
  const type = major << 5;
  if (length < 24) return Uint8Array.of(type | length);
  if (length < 0x100) return Uint8Array.of(type | 24, length);
  if (length < 0x10000) return Uint8Array.of(type | 25, length >> 8, length & 0xff);
  return Uint8Array.of(type | 26, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, index) => parseInt(hex.slice(index * 2, index * 2 + 2), 16));
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
