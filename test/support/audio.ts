/*
 * Recordings built byte by byte, one per format the greeting takes, of a chosen length, plus the
 * files a person might pick by mistake. The WAV is a real, playable tone; the others are right in
 * every part the backend reads (headers, frame syncs, pages, boxes) and silent or empty elsewhere.
 */
import { bytesOf } from './images.js';

function uint32LittleEndian(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

function uint32BigEndian(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function uint16LittleEndian(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}

/** 8-bit mono PCM at 8 kHz: 8000 bytes a second, so a long recording stays small. */
const WAV_RATE = 8000;

/** A WAV of `seconds` of a quiet 440 Hz tone. */
export function wavBytes(seconds: number): Uint8Array<ArrayBuffer> {
  const samples = Math.round(seconds * WAV_RATE);
  const data = new Uint8Array(samples);
  for (let index = 0; index < samples; index++) {
    data[index] = 128 + Math.round(20 * Math.sin((2 * Math.PI * 440 * index) / WAV_RATE));
  }
  const format = [
    ...uint16LittleEndian(1), // PCM
    ...uint16LittleEndian(1), // mono
    ...uint32LittleEndian(WAV_RATE),
    ...uint32LittleEndian(WAV_RATE), // bytes a second
    ...uint16LittleEndian(1), // block align
    ...uint16LittleEndian(8), // bits a sample
  ];
  const body = bytesOf(
    'WAVE',
    'fmt ',
    uint32LittleEndian(format.length),
    format,
    'data',
    uint32LittleEndian(samples),
    data,
    samples % 2 ? [0] : [],
  );
  return bytesOf('RIFF', uint32LittleEndian(body.length), body);
}

/** An MPEG-1 Layer III frame header at 128 kbit/s, 44.1 kHz, stereo: 417 bytes a frame. */
const MP3_FRAME_HEADER = [0xff, 0xfb, 0x90, 0x00];
const MP3_FRAME_LENGTH = 417;

/** An MP3 of `frames` silent frames (26 ms each), with an ID3v2 tag in front when asked. */
export function mp3Bytes(frames: number, { id3 = false } = {}): Uint8Array<ArrayBuffer> {
  const frame = bytesOf(MP3_FRAME_HEADER, new Uint8Array(MP3_FRAME_LENGTH - MP3_FRAME_HEADER.length));
  const tagBody = bytesOf('TIT2', [0, 0, 0, 9, 0, 0], [3], 'Greeting');
  // The tag's size in four 7-bit bytes ("syncsafe").
  const tag = bytesOf('ID3', [4, 0, 0], [0, 0, 0, tagBody.length], tagBody);
  return bytesOf(id3 ? tag : [], ...Array.from({ length: frames }, () => frame));
}

/** One Ogg page: the header, its segment table and its body. */
function oggPage(
  flags: number,
  granule: number,
  sequence: number,
  body: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const granuleBytes = [...uint32LittleEndian(granule), 0, 0, 0, 0];
  return bytesOf(
    'OggS',
    [0, flags],
    granuleBytes,
    uint32LittleEndian(0x5eed), // stream serial number
    uint32LittleEndian(sequence),
    uint32LittleEndian(0), // the checksum, which the backend does not read
    [1, body.length],
    body,
  );
}

/** An Ogg Vorbis stream of `seconds` at 8 kHz: its identification header, then one last page. */
export function oggBytes(seconds: number): Uint8Array<ArrayBuffer> {
  const identification = bytesOf(
    [1],
    'vorbis',
    uint32LittleEndian(0), // version
    [1], // channels
    uint32LittleEndian(WAV_RATE),
    new Uint8Array(13),
  );
  return bytesOf(
    oggPage(0x02, 0, 0, identification),
    oggPage(0x04, Math.round(seconds * WAV_RATE), 1, new Uint8Array(1)),
  );
}

function box(type: string, ...content: (Uint8Array | readonly number[] | string)[]): Uint8Array<ArrayBuffer> {
  const body = bytesOf(...content);
  return bytesOf(uint32BigEndian(8 + body.length), type, body);
}

/** An M4A of `seconds`: "ftyp", then "moov" with the movie header's time scale and duration. */
export function m4aBytes(seconds: number): Uint8Array<ArrayBuffer> {
  const timescale = 1000;
  const movieHeader = box(
    'mvhd',
    [0, 0, 0, 0], // version 0, no flags
    uint32BigEndian(0), // created
    uint32BigEndian(0), // modified
    uint32BigEndian(timescale),
    uint32BigEndian(Math.round(seconds * timescale)),
    new Uint8Array(80),
  );
  return bytesOf(box('ftyp', 'M4A ', uint32BigEndian(0), 'isomM4A '), box('moov', movieHeader), box('mdat'));
}

/** A recording as a file a person picked, with whatever name and type their system gave it. */
export function audioFile(bytes: Uint8Array<ArrayBuffer>, name: string, type = ''): File {
  return new File([bytes], name, { type });
}

/** Text saved under an audio name and type: what a renamed file looks like. */
export function textNamedMp3(): File {
  return new File(['This is not a recording, just text.'], 'greeting.mp3', { type: 'audio/mpeg' });
}
