/*
 * The files `verify --write` uploads, built byte by byte: small, and right in every part a backend
 * reads (a GIF's blocks, a WAV's chunks), so a server that refuses them is refusing good files.
 */

/** A 1 × 1 transparent GIF89a: header, screen, a two-colour table, the image, the trailer. */
export function gifBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([
    ...[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF89a
    ...[0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00], // 1 × 1, a global table of two colours
    ...[0x00, 0x00, 0x00, 0xff, 0xff, 0xff],
    ...[0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00], // graphic control: colour 0 is transparent
    ...[0x2c, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00], // the image descriptor
    ...[0x02, 0x02, 0x44, 0x01, 0x00], // LZW minimum code size 2, one data block, end
    0x3b, // trailer
  ]);
}

const WAV_RATE = 8000;

function littleEndian(value: number, bytes: number): number[] {
  return Array.from({ length: bytes }, (_, index) => (value >>> (8 * index)) & 0xff);
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

/** A WAV of a quarter second of quiet tone: 8-bit mono PCM at 8 kHz. */
export function wavBytes(): Uint8Array<ArrayBuffer> {
  const samples = WAV_RATE / 4;
  const data = Array.from({ length: samples }, (_, index) =>
    Math.round(128 + 20 * Math.sin((2 * Math.PI * 440 * index) / WAV_RATE)),
  );
  const format = [
    ...littleEndian(1, 2), // PCM
    ...littleEndian(1, 2), // mono
    ...littleEndian(WAV_RATE, 4),
    ...littleEndian(WAV_RATE, 4), // bytes a second
    ...littleEndian(1, 2), // block align
    ...littleEndian(8, 2), // bits a sample
  ];
  const body = [
    ...ascii('WAVE'),
    ...ascii('fmt '),
    ...littleEndian(format.length, 4),
    ...format,
    ...ascii('data'),
    ...littleEndian(samples, 4),
    ...data,
  ];
  return Uint8Array.from([...ascii('RIFF'), ...littleEndian(body.length, 4), ...body]);
}

/** Text labelled as a picture or a recording: what a backend must judge by its bytes and refuse. */
export const NOT_A_FILE = 'this is text, not a picture or a recording';
