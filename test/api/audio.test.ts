import { expect } from '@open-wc/testing';
import { inspectGreetingAudio } from '../../src/api/index.js';
import { bytesOf } from '../support/images.js';
import { m4aBytes, mp3Bytes, oggBytes, wavBytes } from '../support/audio.js';

async function inspect(bytes: Uint8Array<ArrayBuffer>) {
  return inspectGreetingAudio(new Blob([bytes]));
}

describe('inspectGreetingAudio', () => {
  it('reads each format’s length from its header', async () => {
    const cases: readonly [string, Uint8Array<ArrayBuffer>, string, number][] = [
      ['WAV', wavBytes(2.5), 'audio/wav', 2.5],
      ['Ogg Vorbis', oggBytes(42), 'audio/ogg', 42],
      ['M4A', m4aBytes(61.5), 'audio/mp4', 61.5],
      // 40 frames of 1152 samples at 44.1 kHz, estimated from the bitrate.
      ['MP3', mp3Bytes(40), 'audio/mpeg', (40 * 417 * 8) / 128000],
    ];
    for (const [name, bytes, type, seconds] of cases) {
      const result = await inspect(bytes);
      expect(result.ok ? result.type : 'refused', name).to.equal(type);
      expect(result.ok ? result.seconds : -1, name).to.be.closeTo(seconds, 0.01);
    }
  });

  it('counts an MP3’s frames from its Xing header when it has one', async () => {
    const frames = mp3Bytes(3);
    // Side information of a stereo MPEG-1 frame is 32 bytes: the tag follows the header and it.
    frames.set(bytesOf('Xing', [0, 0, 0, 1], [0, 0, 0x11, 0x94]), 4 + 32);
    const result = await inspect(frames);
    expect(result.ok ? result.seconds : -1).to.be.closeTo((4500 * 1152) / 44100, 0.01);
  });

  it('refuses bytes that only start like audio', async () => {
    const truncatedMp3 = mp3Bytes(2).slice(0, 500);
    const oggThenText = bytesOf(oggBytes(1), 'and then some text');
    for (const bytes of [
      truncatedMp3,
      oggThenText,
      bytesOf('ftypM4A '),
      bytesOf('ID3', [4, 0, 0, 0, 0, 0, 0], 'text'),
    ]) {
      const result = await inspect(bytes);
      expect(result.ok ? 'taken' : result.error.code).to.equal('invalid_format');
    }
  });
});
