import { AVATAR_MAX_SIDE, type AvatarType, type FieldErrorCode } from './schemas.js';

/** Leading bytes of each accepted format; `null` is a byte whose value does not matter. */
const SIGNATURES: readonly (readonly [AvatarType, readonly (number | null)[]])[] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38, null, 0x61]],
  // "RIFF", four bytes of length, then "WEBP".
  ['image/webp', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
];

const LONGEST_SIGNATURE = 12;

function typeOf(head: Uint8Array): AvatarType | null {
  for (const [type, signature] of SIGNATURES) {
    if (head.length < signature.length) continue;
    if (signature.every((byte, index) => byte === null || head[index] === byte)) return type;
  }
  return null;
}

/**
 * The image format a blob claims by its first bytes. A file's name and declared type are whatever
 * the sender says, so neither is trusted. Null for anything else. Only a first look: a file that
 * starts right may still be anything after that; `inspectImage` reads the rest.
 */
export async function detectImageType(blob: Blob): Promise<AvatarType | null> {
  return typeOf(new Uint8Array(await blob.slice(0, LONGEST_SIGNATURE).arrayBuffer()));
}

export type ImageInspection =
  | { ok: true; type: AvatarType; width: number; height: number }
  | { ok: false; code: Extract<FieldErrorCode, 'invalid_format' | 'too_large_dimensions'> };

export interface InspectOptions {
  /**
   * Refuse bytes after the image's end marker (default true), as a backend must: they would be
   * stored and served with the picture. A browser about to re-encode a crop may allow them, since
   * phones append a video or other trailers to many photos.
   */
  whole?: boolean;
}

/**
 * Reads the whole file's structure, so a picture is judged by more than its first bytes: a PNG
 * signature in front of HTML, or a GIF header in front of a script, is not a picture, and a file
 * must not carry anything after its image's end that a browser could later read as something else.
 * The size comes from the header, so an image claiming more than `AVATAR_MAX_SIDE` pixels a side
 * is refused without being decoded. Reads the whole blob: callers bound its size first.
 */
export async function inspectImage(blob: Blob, options: InspectOptions = {}): Promise<ImageInspection> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const type = typeOf(bytes);
  // The readers load on the first picture: few visits upload one, and a backend reads them anyway.
  const size =
    type && (await import('./image-structure.js')).measureImage(type, bytes, options.whole ?? true);
  if (!type || !size || size.width < 1 || size.height < 1) return { ok: false, code: 'invalid_format' };
  if (size.width > AVATAR_MAX_SIDE || size.height > AVATAR_MAX_SIDE) {
    return { ok: false, code: 'too_large_dimensions' };
  }
  return { ok: true, type, ...size };
}
