/**
 * The structure readers of `inspectImage`, one per accepted format, kept apart so that a page loads
 * them (with `import()`) only when someone picks a picture.
 */
import { ascii, viewOf, withinBounds } from './bytes.js';
import type { AvatarType } from './schemas.js';

interface Dimensions {
  width: number;
  height: number;
}

/**
 * Walks a file of a format from start to end; null when any part is missing or out of bounds, or,
 * when `whole`, when anything follows the image's end.
 */
type StructureReader = (bytes: Uint8Array, whole: boolean) => Dimensions | null;

/** The size a file of `type` declares, when its whole structure holds; null otherwise. */
export function measureImage(type: AvatarType, bytes: Uint8Array, whole: boolean): Dimensions | null {
  const read: StructureReader = READERS[type];
  return withinBounds(() => read(bytes, whole), null);
}

// PNG: the signature, then chunks of length, type, data and CRC; IHDR first, IEND last.

const PNG_FIRST_CHUNK = 8;
/** Length, type and CRC around each chunk's data. */
const PNG_CHUNK_FRAME = 12;

function readPng(bytes: Uint8Array, whole: boolean): Dimensions | null {
  const view = viewOf(bytes);
  let size: Dimensions | null = null;
  let hasImageData = false;
  let offset = PNG_FIRST_CHUNK;
  while (offset + PNG_CHUNK_FRAME <= bytes.length) {
    const length = view.getUint32(offset);
    const type = ascii(bytes, offset + 4, 4);
    const dataEnd = offset + 8 + length;
    const next = dataEnd + 4;
    if (next > bytes.length || !/^[A-Za-z]{4}$/.test(type)) return null;
    if (crc32(bytes.subarray(offset + 4, dataEnd)) !== view.getUint32(dataEnd)) return null;
    // IHDR comes first, and only there.
    if ((offset === PNG_FIRST_CHUNK) !== (type === 'IHDR')) return null;
    if (type === 'IHDR') {
      if (length !== 13) return null;
      size = { width: view.getUint32(offset + 8), height: view.getUint32(offset + 12) };
    }
    if (type === 'IDAT') hasImageData = true;
    if (type === 'IEND') return hasImageData && (!whole || next === bytes.length) ? size : null;
    offset = next;
  }
  return null;
}

let crcTable: Uint32Array | undefined;

/** PNG's CRC-32 (the one zip uses too); the table is built on first use, so unused bundles pay nothing. */
function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, index) => {
    let value = index;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    return value;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// GIF: header, logical screen descriptor, optional global colour table, then blocks up to the trailer.

const GIF_SCREEN_END = 13;
const GIF_EXTENSION = 0x21;
const GIF_IMAGE = 0x2c;
const GIF_TRAILER = 0x3b;
/** An image descriptor: separator, left, top, width, height, flags. */
const GIF_IMAGE_DESCRIPTOR = 10;

function readGif(bytes: Uint8Array, whole: boolean): Dimensions | null {
  if (bytes.length < GIF_SCREEN_END) return null;
  const view = viewOf(bytes);
  const size = { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  let hasImage = false;
  let offset: number | null = GIF_SCREEN_END + colourTableLength(bytes[10] ?? 0);
  while (offset !== null && offset < bytes.length) {
    const block = bytes[offset];
    if (block === GIF_TRAILER) return hasImage && (!whole || offset === bytes.length - 1) ? size : null;
    if (block === GIF_EXTENSION) {
      // The introducer and the label, then the extension's sub-blocks.
      offset = afterSubBlocks(bytes, offset + 2);
    } else if (block === GIF_IMAGE) {
      const localTable = colourTableLength(bytes[offset + GIF_IMAGE_DESCRIPTOR - 1] ?? 0);
      // One byte of LZW minimum code size, then the image data's sub-blocks.
      offset = afterSubBlocks(bytes, offset + GIF_IMAGE_DESCRIPTOR + localTable + 1);
      hasImage = true;
    } else {
      return null;
    }
  }
  return null;
}

/** A colour table's length in bytes, from the flags of the descriptor in front of it. */
function colourTableLength(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0;
}

/** The offset after a run of sub-blocks and its empty terminator; null when the run passes the end. */
function afterSubBlocks(bytes: Uint8Array, start: number): number | null {
  let offset = start;
  while (offset < bytes.length) {
    const length = bytes[offset] ?? 0;
    offset += 1 + length;
    if (length === 0) return offset;
  }
  return null;
}

// JPEG: SOI, segments (marker and length), a frame header, scans of entropy-coded data, then EOI.

const JPEG_EOI = 0xd9;
const JPEG_SOS = 0xda;

function readJpeg(bytes: Uint8Array, whole: boolean): Dimensions | null {
  const view = viewOf(bytes);
  let size: Dimensions | null = null;
  let hasScan = false;
  let offset: number | null = 2;
  while (offset !== null && offset + 2 <= bytes.length) {
    const marker = bytes[offset + 1] ?? 0;
    if (bytes[offset] !== 0xff || marker === 0x00 || marker === 0xd8) return null;
    if (marker === 0xff) {
      // A fill byte in front of a marker.
      offset += 1;
      continue;
    }
    if (marker === JPEG_EOI) return hasScan && (!whole || onlyZerosFrom(bytes, offset + 2)) ? size : null;
    if (isStandaloneJpegMarker(marker)) {
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) return null;
    const next: number = offset + 2 + view.getUint16(offset + 2);
    if (next < offset + 4 || next > bytes.length) return null;
    if (isStartOfFrame(marker)) {
      // Precision, then height and width; one frame per file.
      if (size || next < offset + 9) return null;
      size = { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    if (marker === JPEG_SOS) {
      if (!size) return null;
      hasScan = true;
      offset = endOfEntropyCodedData(bytes, next);
    } else {
      offset = next;
    }
  }
  return null;
}

/** SOF0-SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function isRestartMarker(marker: number): boolean {
  return marker >= 0xd0 && marker <= 0xd7;
}

/** TEM and the restart markers carry no length. */
function isStandaloneJpegMarker(marker: number): boolean {
  return marker === 0x01 || isRestartMarker(marker);
}

/**
 * Where a scan's entropy-coded data ends: the first 0xFF that is not a stuffed byte (FF 00), a
 * restart marker or fill. Null when the file ends first.
 */
function endOfEntropyCodedData(bytes: Uint8Array, start: number): number | null {
  for (let at = bytes.indexOf(0xff, start); at !== -1; at = bytes.indexOf(0xff, at + 1)) {
    const next = bytes[at + 1];
    if (next === undefined) return null;
    if (next !== 0x00 && next !== 0xff && !isRestartMarker(next)) return at;
  }
  return null;
}

/**
 * After EOI only zero bytes are allowed: some encoders pad a file to a block size, but anything
 * else there (a second document, a script, a phone's appended video) would be stored and served
 * with the picture, so it is refused like any other trailing data.
 */
function onlyZerosFrom(bytes: Uint8Array, start: number): boolean {
  return bytes.subarray(start).every((byte) => byte === 0);
}

// WebP: a RIFF container holding "WEBP" and chunks; the first chunk gives the size.

const RIFF_HEADER = 8;
const WEBP_FIRST_CHUNK = 12;
const WEBP_IMAGE_CHUNKS = ['VP8 ', 'VP8L', 'ANMF'];

function readWebp(file: Uint8Array, whole: boolean): Dimensions | null {
  if (file.length < WEBP_FIRST_CHUNK) return null;
  const riffEnd = viewOf(file).getUint32(4, true) + RIFF_HEADER;
  if (whole ? riffEnd !== file.length : riffEnd > file.length) return null;
  const bytes = file.subarray(0, riffEnd);
  const view = viewOf(bytes);
  let size: Dimensions | null = null;
  let hasImage = false;
  let offset = WEBP_FIRST_CHUNK;
  while (offset + RIFF_HEADER <= bytes.length) {
    const fourCC = ascii(bytes, offset, 4);
    const length = view.getUint32(offset + 4, true);
    const dataStart = offset + RIFF_HEADER;
    // A chunk of odd length is followed by one pad byte.
    const next = dataStart + length + (length % 2);
    if (next > bytes.length) return null;
    if (offset === WEBP_FIRST_CHUNK) {
      size = webpCanvasSize(fourCC, bytes.subarray(dataStart, dataStart + length));
      if (!size) return null;
    }
    if (WEBP_IMAGE_CHUNKS.includes(fourCC)) hasImage = true;
    offset = next;
  }
  return offset === bytes.length && hasImage ? size : null;
}

/** The size from the first chunk, which must be one of the three that can open a WebP file. */
function webpCanvasSize(fourCC: string, data: Uint8Array): Dimensions | null {
  const view = viewOf(data);
  if (fourCC === 'VP8 ') {
    // A lossy key frame: a frame tag whose lowest bit is 0, the start code 9D 01 2A, 14-bit sizes.
    const keyFrame = data.length >= 10 && ((data[0] ?? 1) & 1) === 0;
    if (!keyFrame || data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) return null;
    return { width: view.getUint16(6, true) & 0x3fff, height: view.getUint16(8, true) & 0x3fff };
  }
  if (fourCC === 'VP8L') {
    // Lossless: the signature 0x2F, then width - 1 and height - 1 in 14 bits each, and a version of 0.
    if (data.length < 5 || data[0] !== 0x2f) return null;
    const bits = view.getUint32(1, true);
    if (bits >>> 29 !== 0) return null;
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (fourCC === 'VP8X') {
    // Extended: flags and reserved bytes, then the canvas's width - 1 and height - 1 in 24 bits each.
    if (data.length < 10) return null;
    return { width: uint24(data, 4) + 1, height: uint24(data, 7) + 1 };
  }
  return null;
}

function uint24(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8) | ((bytes[offset + 2] ?? 0) << 16);
}

const READERS: Record<AvatarType, StructureReader> = {
  'image/png': readPng,
  'image/gif': readGif,
  'image/jpeg': readJpeg,
  'image/webp': readWebp,
};
