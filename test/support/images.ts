/** A real PNG of the given size, drawn on a canvas. */
export async function pngBlob(width: number, height: number, type = 'image/png'): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#3366cc';
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type });
}

/*
 * Images built byte by byte, for what a canvas cannot make: a real file of a size too large to
 * draw, a GIF, and hostile files that are right in every part but one.
 */

export function bytesOf(...parts: (Uint8Array | string | readonly number[])[]): Uint8Array<ArrayBuffer> {
  const arrays = parts.map((part) =>
    typeof part === 'string' ? new TextEncoder().encode(part) : Uint8Array.from(part),
  );
  const joined = new Uint8Array(arrays.reduce((total, array) => total + array.length, 0));
  let offset = 0;
  for (const array of arrays) {
    joined.set(array, offset);
    offset += array.length;
  }
  return joined;
}

export async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

function uint32BigEndian(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function uint16LittleEndian(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}

/** CRC-32 bit by bit, apart from the library's table-based one, so a test does not check it with itself. */
function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** The bytes every PNG file starts with (and files that only pretend to be one). */
export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and a correct CRC (unless a test asks for a wrong one). */
export function pngChunk(
  type: string,
  data: Uint8Array = new Uint8Array(),
  crc?: number,
): Uint8Array<ArrayBuffer> {
  const typeAndData = bytesOf(type, data);
  return bytesOf(uint32BigEndian(data.length), typeAndData, uint32BigEndian(crc ?? crc32(typeAndData)));
}

/** The header of a black-and-white PNG (one bit per pixel), which compresses best. */
export function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  // Bit depth 1, colour type 0 (grey), compression, filter and interlace methods 0.
  return pngChunk('IHDR', bytesOf(uint32BigEndian(width), uint32BigEndian(height), [1, 0, 0, 0, 0]));
}

async function zlib(raw: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate'));
  return blobBytes(await new Response(stream).blob());
}

/**
 * A complete, decodable black PNG of any size: all-zero rows compress about a thousand to one, so
 * 12000 × 12000 pixels take some 17 KB, as an attacker's file would.
 */
export async function blackPng(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  // Each row: the filter type byte (0), then one bit per pixel.
  const rows = new Uint8Array(height * (1 + Math.ceil(width / 8)));
  return bytesOf(
    PNG_SIGNATURE,
    pngHeader(width, height),
    pngChunk('IDAT', await zlib(rows)),
    pngChunk('IEND'),
  );
}

/** A PNG whole in every part, whose header claims a size far beyond what its 1 KB of data holds. */
export function pngClaiming(width: number, height: number): Uint8Array<ArrayBuffer> {
  return bytesOf(
    PNG_SIGNATURE,
    pngHeader(width, height),
    pngChunk('IDAT', new Uint8Array(1000)),
    pngChunk('IEND'),
  );
}

/** zlib with one stored (uncompressed) block, for a tiny PNG built without awaiting a stream. */
function zlibStored(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  let sum = 1;
  let sumOfSums = 0;
  for (const byte of raw) {
    sum = (sum + byte) % 65521;
    sumOfSums = (sumOfSums + sum) % 65521;
  }
  const length = uint16LittleEndian(raw.length);
  const complement = uint16LittleEndian(~raw.length & 0xffff);
  // Header 78 01, a final stored block, its length and complement, the data, then Adler-32.
  return bytesOf(
    [0x78, 0x01, 0x01],
    length,
    complement,
    raw,
    uint32BigEndian(((sumOfSums << 16) | sum) >>> 0),
  );
}

/** A whole, decodable 1 × 1 black PNG, built synchronously (for fixtures that cannot await). */
export function tinyPng(): Uint8Array<ArrayBuffer> {
  return bytesOf(
    PNG_SIGNATURE,
    pngHeader(1, 1),
    pngChunk('IDAT', zlibStored(new Uint8Array(2))),
    pngChunk('IEND'),
  );
}

interface GifOptions {
  width?: number;
  height?: number;
  extensions?: Uint8Array[];
}

/**
 * A 1 × 1 GIF89a with a two-colour global table and one image, whose LZW data is clear, pixel 0, end
 * (`44 01` at a minimum code size of 2). The logical screen may claim another size; `extensions` go
 * between the table and the image.
 */
export function gifBytes({
  width = 1,
  height = 1,
  extensions = [],
}: GifOptions = {}): Uint8Array<ArrayBuffer> {
  return bytesOf(
    'GIF89a',
    uint16LittleEndian(width),
    uint16LittleEndian(height),
    [0x80, 0, 0], // a global table of 2 colours, background 0, no aspect ratio
    [0, 0, 0, 0xff, 0xff, 0xff],
    ...extensions,
    [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0], // image descriptor: at 0,0, 1 × 1, no local table
    [0x02, 0x02, 0x44, 0x01, 0x00], // LZW minimum code size, one sub-block, terminator
    [0x3b],
  );
}

/** A graphic control extension and a comment, the blocks real GIFs carry. */
export const GIF_EXTENSIONS = [
  Uint8Array.from([0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00]),
  bytesOf([0x21, 0xfe, 0x05], 'hello', [0x00]),
];

/** A real JPEG or WebP from the canvas. */
export async function canvasImage(
  type: 'image/png' | 'image/jpeg' | 'image/webp',
  width = 16,
  height = 16,
  quality = 0.9,
): Promise<Uint8Array<ArrayBuffer>> {
  if (type === 'image/webp' && !(await canvasEncodesWebp())) return storedWebp(width, height, quality);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#cc6633';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#3366cc';
  context.fillRect(0, 0, width / 2, height / 2);
  return blobBytes(await canvas.convertToBlob({ type, quality }));
}

/**
 * The drawing of `canvasImage` as Firefox 153's canvas encodes it in WebP (the simple form: lossy
 * `VP8 `, or lossless `VP8L` at quality 1), by size and quality. For an engine whose canvas encodes no
 * WebP: WebKit's hands back PNG for `image/webp`, as the HTML standard lets it, so Safari's crops
 * upload as PNG; the WebP parser is tested on these files there.
 */
const STORED_WEBP: Readonly<Record<string, string>> = {
  '16x16@0.9':
    'UklGRkgAAABXRUJQVlA4IDwAAADQAQCdASoQABAAAMASJaACdLoB+AADsAD+58//8PP/4YT//RBP/8y89z5+58/4vf/sZv4yp8ZU/48gAAA=',
  '30x20@0.9':
    'UklGRqAAAABXRUJQVlA4IJQAAACQBQCdASoeABQAPjEWiUMiISEUBVQgAwSxADuC+AfhB+JPIBdgHqAfwCpAPJVAbIewdwdYAAD+8Md04F/GuJtgl9YP/mBWJ66f//94wGv+Du/k7+hTOr//Jme3l/Kb+B/xJicKfrtPJ///6LPB9xv1/+S1K//xgGuZ/i/Fu/f1FhdO/dFBJ3F9nmFZIEmJgrQAAAAA',
  '30x20@0.8':
    'UklGRogAAABXRUJQVlA4IHwAAAAwBACdASoeABQAPm0wlEckIyIhKAqogA2JYgB3BfM2oAf0AA69SEavyAAA/tjVZZNWSVlTQ/Bj4bf//56ZgWH78//gwFfpddqfwbvf/zHDPVJ/w+r//vn64V2FvfqQHX+pvoEfz3j/fH19mdj8LaZVVoBtlnlqsohAAAAA',
  '30x20@1': 'UklGRi4AAABXRUJQVlA4TCEAAAAvHcAEAA8wZp/J/Bnz/EcLCLONZnZqZ77/CCL6H9w1WgEA',
};

let webpEncoding: Promise<boolean> | undefined;

/** Whether this engine's canvas writes WebP, or falls back to PNG as WebKit's does. */
function canvasEncodesWebp(): Promise<boolean> {
  if (!webpEncoding) {
    const canvas = new OffscreenCanvas(1, 1);
    // Chromium encodes only a canvas that has a context.
    canvas.getContext('2d');
    webpEncoding = canvas.convertToBlob({ type: 'image/webp' }).then((blob) => blob.type === 'image/webp');
  }
  return webpEncoding;
}

function storedWebp(width: number, height: number, quality: number): Uint8Array<ArrayBuffer> {
  const stored = STORED_WEBP[`${width}x${height}@${quality}`];
  if (stored === undefined) {
    throw new Error(
      `No stored WebP of ${width}x${height} at ${quality}, and this engine's canvas encodes none`,
    );
  }
  return Uint8Array.from(atob(stored), (character) => character.charCodeAt(0));
}

/** A RIFF chunk: four-character code, little-endian length, data, and a pad byte after odd data. */
export function riffChunk(fourCC: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const length = uint32BigEndian(data.length).reverse();
  return bytesOf(fourCC, length, data, data.length % 2 ? [0] : []);
}

/** A WebP file around the given chunks, with the RIFF size set right. */
export function webpOf(...chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const body = bytesOf('WEBP', ...chunks);
  return bytesOf('RIFF', uint32BigEndian(body.length).reverse(), body);
}

/** One chunk of a WebP file, header and pad byte included; the canvas writes VP8X, ICCP, then VP8 or VP8L. */
export function webpChunk(webp: Uint8Array<ArrayBuffer>, fourCC: string): Uint8Array<ArrayBuffer> {
  const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
  for (let offset = 12; offset + 8 <= webp.length;) {
    const length = view.getUint32(offset + 4, true);
    const end = offset + 8 + length + (length % 2);
    if (new TextDecoder().decode(webp.subarray(offset, offset + 4)) === fourCC)
      return webp.slice(offset, end);
    offset = end;
  }
  throw new Error(`No ${fourCC} chunk`);
}

/** A VP8X chunk for an extended WebP whose canvas is `width` × `height`. */
export function vp8xChunk(width: number, height: number): Uint8Array<ArrayBuffer> {
  const uint24 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff];
  return riffChunk('VP8X', bytesOf([0, 0, 0, 0], uint24(width - 1), uint24(height - 1)));
}
