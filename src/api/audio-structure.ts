/**
 * The structure readers of `inspectGreetingAudio`, one per accepted format, kept apart so that a
 * page loads them (with `import()`) only when someone records or picks a greeting.
 */
import { ascii, viewOf, withinBounds } from './bytes.js';
import type { GreetingAudioType } from './schemas.js';

/** A structure reader: the length in seconds (null when the header does not say), or `false`. */
type AudioReader = (bytes: Uint8Array) => number | null | false;

/** The first format whose whole structure `bytes` holds, with its length in seconds if the header says. */
export function measureAudio(bytes: Uint8Array): { type: GreetingAudioType; seconds: number | null } | null {
  for (const [type, read] of READERS) {
    // Past the end is "not this format".
    const seconds = withinBounds(() => read(bytes), false as const);
    if (seconds !== false) return { type, seconds };
  }
  return null;
}

// WAV: "RIFF", its size (the whole file), "WAVE", then chunks; "fmt " (the byte rate) before "data".

function readWav(bytes: Uint8Array): number | null | false {
  if (bytes.length < 12 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') return false;
  const view = viewOf(bytes);
  // The RIFF size covers the whole file: nothing may follow it.
  const riffEnd = view.getUint32(4, true) + 8;
  if (riffEnd !== bytes.length) return false;
  let byteRate = 0;
  let dataLength: number | null = null;
  let offset = 12;
  while (offset < riffEnd) {
    if (offset + 8 > riffEnd) return false;
    const id = ascii(bytes, offset, 4);
    const length = view.getUint32(offset + 4, true);
    const dataStart = offset + 8;
    if (dataStart + length > riffEnd) return false;
    if (id === 'fmt ') {
      if (length < 16) return false;
      byteRate = view.getUint32(dataStart + 8, true);
    }
    if (id === 'data') {
      if (byteRate === 0) return false;
      dataLength = length;
    }
    // A chunk of odd length is followed by one pad byte.
    offset = Math.min(riffEnd, dataStart + length + (length % 2));
  }
  return dataLength === null ? false : dataLength / byteRate;
}

// MP3: an optional ID3v2 tag, then MPEG audio frames, each opening with an 11-bit sync.

/** Kilobits per second by bitrate index: MPEG-1 layers I-III, then MPEG-2/2.5 layer I, layers II-III. */
const BITRATES: readonly (readonly number[])[] = [
  [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
];
const SAMPLE_RATES = [44100, 48000, 32000];

interface MpegFrame {
  length: number;
  samples: number;
  sampleRate: number;
  bitrate: number;
  /** Where a Xing/Info header would start: after the header and the side information. */
  xingOffset: number;
}

function mpegFrame(bytes: Uint8Array, at: number): MpegFrame | null {
  if (at + 4 > bytes.length) return null;
  const [b0, b1, b2, b3] = [bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 0x03; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
  const layer = 4 - ((b1 >> 1) & 0x03); // 1, 2 or 3; 4 is reserved
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 0x03;
  if (version === 1 || layer === 4 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3)
    return null;
  const mpeg1 = version === 3;
  const table = mpeg1 ? layer - 1 : layer === 1 ? 3 : 4;
  const bitrate = (BITRATES[table]?.[bitrateIndex] ?? 0) * 1000;
  const sampleRate = (SAMPLE_RATES[rateIndex] ?? 0) / (mpeg1 ? 1 : version === 2 ? 2 : 4);
  const padding = (b2 >> 1) & 0x01;
  const samples = layer === 1 ? 384 : layer === 3 && !mpeg1 ? 576 : 1152;
  const length =
    layer === 1
      ? (Math.floor((12 * bitrate) / sampleRate) + padding) * 4
      : Math.floor(((samples / 8) * bitrate) / sampleRate) + padding;
  const mono = b3 >> 6 === 3;
  const sideInfo = mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17;
  return { length, samples, sampleRate, bitrate, xingOffset: at + 4 + sideInfo };
}

function readMp3(bytes: Uint8Array): number | null | false {
  let start = 0;
  if (bytes.length >= 10 && ascii(bytes, 0, 3) === 'ID3') {
    // The tag's size is "syncsafe": four 7-bit bytes; a footer adds another ten.
    const size = [6, 7, 8, 9].reduce((sum, index) => (sum << 7) | ((bytes[index] ?? 0) & 0x7f), 0);
    start = 10 + size + ((bytes[5] ?? 0) & 0x10 ? 10 : 0);
  }
  const first = mpegFrame(bytes, start);
  if (!first) return false;
  // The frames must follow each other to the end, like a picture's chunks: no text after a valid
  // first frame, no truncated file. Only an ID3v1 tag (128 bytes from "TAG") may close it.
  const end =
    bytes.length >= 128 && ascii(bytes, bytes.length - 128, 3) === 'TAG' ? bytes.length - 128 : bytes.length;
  let offset = start;
  while (offset < end) {
    const frame = mpegFrame(bytes, offset);
    if (!frame || frame.length < 4) return false;
    offset += frame.length;
  }
  if (offset !== end) return false;
  const tag = ascii(bytes, first.xingOffset, 4);
  if ((tag === 'Xing' || tag === 'Info') && ((bytes[first.xingOffset + 7] ?? 0) & 0x01) !== 0) {
    const frames = viewOf(bytes).getUint32(first.xingOffset + 8);
    return (frames * first.samples) / first.sampleRate;
  }
  // No frame count: a constant bitrate is the usual case, and the estimate is good enough for a limit.
  return ((end - start) * 8) / first.bitrate;
}

// Ogg: pages that each open with "OggS"; the first holds the codec's identification header, the
// last one's granule position counts the samples.

const OGG_PAGE_HEADER = 27;

function readOgg(bytes: Uint8Array): number | null | false {
  if (bytes.length < OGG_PAGE_HEADER || ascii(bytes, 0, 4) !== 'OggS') return false;
  const view = viewOf(bytes);
  // Version 0, and the first page begins the stream.
  if (bytes[4] !== 0 || ((bytes[5] ?? 0) & 0x02) === 0) return false;
  const firstPacket = OGG_PAGE_HEADER + (bytes[26] ?? 0);
  let lastGranule = 0;
  let offset = 0;
  while (offset < bytes.length) {
    if (offset + OGG_PAGE_HEADER > bytes.length || ascii(bytes, offset, 4) !== 'OggS') return false;
    const segments = bytes[offset + 26] ?? 0;
    if (offset + OGG_PAGE_HEADER + segments > bytes.length) return false;
    const table = bytes.subarray(offset + OGG_PAGE_HEADER, offset + OGG_PAGE_HEADER + segments);
    const body = table.reduce((sum, size) => sum + size, 0);
    const granule = Number(view.getBigInt64(offset + 6, true));
    if (granule >= 0) lastGranule = granule;
    offset += OGG_PAGE_HEADER + segments + body;
  }
  if (offset !== bytes.length) return false;
  if (ascii(bytes, firstPacket, 7) === '\x01vorbis') {
    const rate = view.getUint32(firstPacket + 12, true);
    return rate > 0 ? lastGranule / rate : false;
  }
  if (ascii(bytes, firstPacket, 8) === 'OpusHead') {
    // Opus counts at 48 kHz whatever the input's rate; the pre-skip is not heard.
    const preSkip = view.getUint16(firstPacket + 10, true);
    return Math.max(0, lastGranule - preSkip) / 48000;
  }
  return false;
}

// MP4 / M4A: boxes (size, type), "ftyp" first; "moov" holds "mvhd" with the time scale and duration.

interface Box {
  type: string;
  start: number;
  end: number;
  /** Where the box's content starts. */
  body: number;
}

function boxesIn(bytes: Uint8Array, start: number, end: number): Box[] | null {
  const view = viewOf(bytes);
  const boxes: Box[] = [];
  let offset = start;
  while (offset < end) {
    if (offset + 8 > end) return null;
    let size = view.getUint32(offset);
    let body = offset + 8;
    if (size === 1) {
      if (offset + 16 > end) return null;
      size = Number(view.getBigUint64(offset + 8));
      body = offset + 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < body - offset || offset + size > end) return null;
    boxes.push({ type: ascii(bytes, offset + 4, 4), start: offset, end: offset + size, body });
    offset += size;
  }
  return boxes;
}

function readMp4(bytes: Uint8Array): number | null | false {
  if (bytes.length < 8 || ascii(bytes, 4, 4) !== 'ftyp') return false;
  const boxes = boxesIn(bytes, 0, bytes.length);
  const moov = boxes?.find((box) => box.type === 'moov');
  if (!boxes || !moov) return false;
  const mvhd = boxesIn(bytes, moov.body, moov.end)?.find((box) => box.type === 'mvhd');
  if (!mvhd) return false;
  const view = viewOf(bytes);
  const version = bytes[mvhd.body] ?? 0;
  // Version 1 has 64-bit creation and modification times and a 64-bit duration.
  const scaleAt = mvhd.body + (version === 1 ? 20 : 12);
  const timescale = view.getUint32(scaleAt);
  const duration = version === 1 ? Number(view.getBigUint64(scaleAt + 4)) : view.getUint32(scaleAt + 4);
  return timescale > 0 ? duration / timescale : null;
}

const READERS: readonly (readonly [GreetingAudioType, AudioReader])[] = [
  ['audio/wav', readWav],
  ['audio/ogg', readOgg],
  ['audio/mp4', readMp4],
  ['audio/mpeg', readMp3],
];
