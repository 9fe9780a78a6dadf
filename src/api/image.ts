import type { AvatarType } from './schemas.js';

/** Leading bytes of each accepted format; `null` is a byte whose value does not matter. */
const SIGNATURES: readonly (readonly [AvatarType, readonly (number | null)[]])[] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38, null, 0x61]],
  // "RIFF", four bytes of length, then "WEBP".
  ['image/webp', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
];

const LONGEST_SIGNATURE = 12;

/**
 * The image format a blob really holds, read from its first bytes. A file's name and declared type
 * are whatever the sender says, so neither is trusted. Null for anything else.
 */
export async function detectImageType(blob: Blob): Promise<AvatarType | null> {
  const head = new Uint8Array(await blob.slice(0, LONGEST_SIGNATURE).arrayBuffer());
  for (const [type, signature] of SIGNATURES) {
    if (head.length < signature.length) continue;
    if (signature.every((byte, index) => byte === null || head[index] === byte)) return type;
  }
  return null;
}
