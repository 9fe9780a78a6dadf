import { expect } from '@open-wc/testing';
import { AVATAR_MAX_SIDE, detectImageType, inspectImage, type ImageInspection } from '../../src/api/index.js';
import {
  GIF_EXTENSIONS,
  PNG_SIGNATURE,
  blackPng,
  blobBytes,
  bytesOf,
  canvasImage,
  gifBytes,
  pngBlob,
  pngChunk,
  pngClaiming,
  pngHeader,
  riffChunk,
  tinyPng,
  vp8xChunk,
  webpChunk,
  webpOf,
} from '../support/images.js';

function inspect(bytes: Uint8Array<ArrayBuffer>): Promise<ImageInspection> {
  return inspectImage(new Blob([bytes]));
}

async function expectImage(
  bytes: Uint8Array<ArrayBuffer>,
  expected: Omit<Extract<ImageInspection, { ok: true }>, 'ok'>,
): Promise<void> {
  expect(await inspect(bytes)).to.deep.equal({ ok: true, ...expected });
}

async function expectRefused(bytes: Uint8Array<ArrayBuffer>, code = 'invalid_format'): Promise<void> {
  expect(await inspect(bytes)).to.deep.equal({ ok: false, code });
}

/** Proves a hand-built file is a real picture, not just one this reader happens to accept. */
async function expectDecodes(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const bitmap = await createImageBitmap(new Blob([bytes]));
  bitmap.close();
}

const HTML = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>';

describe('inspectImage', () => {
  describe('PNG', () => {
    it('reads the size of a canvas PNG and of a hand-built one', async () => {
      await expectImage(await blobBytes(await pngBlob(30, 20)), { type: 'image/png', width: 30, height: 20 });
      const handBuilt = await blackPng(7, 3);
      await expectDecodes(handBuilt);
      await expectImage(handBuilt, { type: 'image/png', width: 7, height: 3 });
      await expectDecodes(tinyPng());
      await expectImage(tinyPng(), { type: 'image/png', width: 1, height: 1 });
    });

    it('accepts the largest side allowed, and refuses one pixel more', async () => {
      await expectImage(await blackPng(AVATAR_MAX_SIDE, 1), {
        type: 'image/png',
        width: AVATAR_MAX_SIDE,
        height: 1,
      });
      await expectRefused(await blackPng(1, AVATAR_MAX_SIDE + 1), 'too_large_dimensions');
    });

    it('refuses a complete 12000 × 12000 PNG of a few KB by its header', async () => {
      const bomb = await blackPng(12000, 12000);
      expect(bomb.length).to.be.below(20_000);
      await expectRefused(bomb, 'too_large_dimensions');
    });

    it('refuses a 1 KB PNG whose header claims 50000 × 50000', async () => {
      const claim = pngClaiming(50000, 50000);
      expect(claim.length).to.be.within(1000, 1100);
      await expectRefused(claim, 'too_large_dimensions');
    });

    it('refuses a 12000 × 12000 claim that is only a header', async () => {
      await expectRefused(bytesOf(PNG_SIGNATURE, pngHeader(12000, 12000)));
    });

    it('refuses the signature in front of HTML', async () => {
      await expectRefused(bytesOf(PNG_SIGNATURE, HTML));
    });

    it('refuses anything after IEND', async () => {
      await expectRefused(bytesOf(await blackPng(4, 4), HTML));
      await expectRefused(bytesOf(await blackPng(4, 4), [0]));
    });

    it('refuses a truncated file, wherever it is cut', async () => {
      const whole = await blobBytes(await pngBlob(16, 16));
      for (const length of [8, 20, 33, whole.length - 12, whole.length - 1]) {
        await expectRefused(whole.slice(0, length));
      }
    });

    it('refuses a wrong CRC, a missing IDAT, IHDR out of place and an empty size', async () => {
      const data = pngChunk('IDAT', new Uint8Array(10));
      await expectRefused(
        bytesOf(PNG_SIGNATURE, pngHeader(4, 4), pngChunk('IDAT', new Uint8Array(10), 0), pngChunk('IEND')),
      );
      await expectRefused(bytesOf(PNG_SIGNATURE, pngHeader(4, 4), pngChunk('IEND')));
      await expectRefused(bytesOf(PNG_SIGNATURE, data, pngHeader(4, 4), pngChunk('IEND')));
      await expectRefused(bytesOf(PNG_SIGNATURE, pngHeader(4, 4), pngHeader(4, 4), data, pngChunk('IEND')));
      await expectRefused(bytesOf(PNG_SIGNATURE, pngHeader(0, 4), data, pngChunk('IEND')));
    });

    it('refuses a chunk whose length runs past the end', async () => {
      const header = pngHeader(4, 4);
      const lying = bytesOf([0x7f, 0xff, 0xff, 0xff], 'IDAT', new Uint8Array(16));
      await expectRefused(bytesOf(PNG_SIGNATURE, header, lying, pngChunk('IEND')));
    });
  });

  describe('GIF', () => {
    it('reads the size of a hand-built GIF, with and without extensions', async () => {
      await expectDecodes(gifBytes());
      await expectImage(gifBytes(), { type: 'image/gif', width: 1, height: 1 });
      const withExtensions = gifBytes({ extensions: GIF_EXTENSIONS });
      await expectDecodes(withExtensions);
      await expectImage(withExtensions, { type: 'image/gif', width: 1, height: 1 });
    });

    it('refuses the header in front of a script', async () => {
      await expectRefused(bytesOf('GIF89a', '<script>alert(1)</script>'));
      await expectRefused(bytesOf('GIF87a', [1, 0, 1, 0, 0, 0, 0], '<script>alert(1)</script>'));
    });

    it('refuses anything after the trailer', async () => {
      await expectRefused(bytesOf(gifBytes(), HTML));
      await expectRefused(bytesOf(gifBytes(), [0x3b]));
    });

    it('refuses a truncated file and one without an image', async () => {
      const whole = gifBytes({ extensions: GIF_EXTENSIONS });
      for (let length = 6; length < whole.length; length += 3) await expectRefused(whole.slice(0, length));
      await expectRefused(bytesOf(gifBytes().slice(0, 19), [0x3b]));
    });

    it('refuses a logical screen over the limit', async () => {
      await expectRefused(gifBytes({ width: AVATAR_MAX_SIDE + 1 }), 'too_large_dimensions');
      await expectRefused(gifBytes({ height: 0 }));
    });
  });

  describe('JPEG', () => {
    it('reads the size of a canvas JPEG', async () => {
      await expectImage(await canvasImage('image/jpeg', 40, 24), {
        type: 'image/jpeg',
        width: 40,
        height: 24,
      });
    });

    it('allows fill bytes in front of a marker', async () => {
      const jpeg = await canvasImage('image/jpeg');
      const filled = bytesOf(jpeg.subarray(0, 2), [0xff, 0xff], jpeg.subarray(2));
      await expectDecodes(filled);
      await expectImage(filled, { type: 'image/jpeg', width: 16, height: 16 });
    });

    it('allows zero padding after EOI, and nothing else', async () => {
      const jpeg = await canvasImage('image/jpeg');
      await expectImage(bytesOf(jpeg, new Uint8Array(16)), { type: 'image/jpeg', width: 16, height: 16 });
      await expectRefused(bytesOf(jpeg, HTML));
      await expectRefused(bytesOf(jpeg, jpeg));
    });

    it('refuses the three bytes of a signature, and the signature in front of HTML', async () => {
      await expectRefused(Uint8Array.from([0xff, 0xd8, 0xff]));
      await expectRefused(bytesOf([0xff, 0xd8, 0xff], HTML));
    });

    it('refuses a truncated file, wherever it is cut', async () => {
      const whole = await canvasImage('image/jpeg');
      for (const length of [4, 20, Math.floor(whole.length / 2), whole.length - 2, whole.length - 1]) {
        await expectRefused(whole.slice(0, length));
      }
    });

    it('refuses a frame over the limit', async () => {
      const jpeg = await canvasImage('image/jpeg');
      const startOfFrame = jpeg.findIndex((byte, index) => byte === 0xff && jpeg[index + 1] === 0xc0);
      expect(startOfFrame).to.be.above(0);
      const wide = jpeg.slice();
      wide.set([(AVATAR_MAX_SIDE + 1) >> 8, (AVATAR_MAX_SIDE + 1) & 0xff], startOfFrame + 7);
      await expectRefused(wide, 'too_large_dimensions');
    });
  });

  describe('WebP', () => {
    it('reads the size of a canvas WebP, lossy and lossless', async () => {
      for (const quality of [0.8, 1]) {
        const webp = await canvasImage('image/webp', 30, 20, quality);
        // Chromium's encoder writes the extended form (VP8X), Firefox's the simple one; both are read.
        expect(['VP8X', 'VP8 ', 'VP8L']).to.include(new TextDecoder().decode(webp.subarray(12, 16)));
        await expectImage(webp, { type: 'image/webp', width: 30, height: 20 });
      }
    });

    it('reads the size of a simple lossy and a simple lossless WebP', async () => {
      const lossy = webpOf(webpChunk(await canvasImage('image/webp', 30, 20, 0.8), 'VP8 '));
      const lossless = webpOf(webpChunk(await canvasImage('image/webp', 30, 20, 1), 'VP8L'));
      for (const webp of [lossy, lossless]) {
        await expectDecodes(webp);
        await expectImage(webp, { type: 'image/webp', width: 30, height: 20 });
      }
    });

    it('reads the canvas size of an extended WebP, and refuses one over the limit', async () => {
      const frame = webpChunk(await canvasImage('image/webp', 30, 20), 'VP8 ');
      const extended = webpOf(vp8xChunk(30, 20), frame);
      await expectDecodes(extended);
      await expectImage(extended, { type: 'image/webp', width: 30, height: 20 });
      await expectRefused(webpOf(vp8xChunk(AVATAR_MAX_SIDE + 1, 20), frame), 'too_large_dimensions');
      // An extended header and no image.
      await expectRefused(webpOf(vp8xChunk(30, 20), riffChunk('EXIF', new Uint8Array(3))));
    });

    it('refuses a lossy or lossless frame over the limit', async () => {
      const lossy = webpChunk(await canvasImage('image/webp', 30, 20, 0.8), 'VP8 ');
      // The 14-bit width after the frame tag and start code.
      lossy.set([(AVATAR_MAX_SIDE + 1) & 0xff, (AVATAR_MAX_SIDE + 1) >> 8], 8 + 6);
      await expectRefused(webpOf(lossy), 'too_large_dimensions');
      const lossless = webpChunk(await canvasImage('image/webp', 30, 20, 1), 'VP8L');
      // Width - 1 in the low 14 bits after the signature byte.
      lossless.set([0xff, 0x3f], 8 + 1);
      await expectRefused(webpOf(lossless), 'too_large_dimensions');
    });

    it('refuses a RIFF size that is not the file size', async () => {
      const webp = await canvasImage('image/webp');
      await expectRefused(bytesOf(webp, HTML));
      await expectRefused(webp.slice(0, webp.length - 1));
      const shorter = webp.slice();
      shorter[4]! -= 2;
      await expectRefused(shorter);
    });

    it('refuses a chunk that runs past the end, and a first chunk that is not an image', async () => {
      const frame = webpChunk(await canvasImage('image/webp'), 'VP8 ');
      const lying = frame.slice();
      lying[4]! += 2;
      await expectRefused(webpOf(lying));
      await expectRefused(webpOf(riffChunk('EXIF', new Uint8Array(4)), frame));
      await expectRefused(bytesOf('RIFF', [4, 0, 0, 0], 'WEBP'));
    });
  });

  it('refuses what is none of the four formats', async () => {
    await expectRefused(bytesOf(HTML));
    await expectRefused(bytesOf('BM', new Uint8Array(64)));
    await expectRefused(new Uint8Array());
  });
});

describe('detectImageType', () => {
  it('still names a format by its first bytes alone', async () => {
    expect(await detectImageType(new Blob([bytesOf(PNG_SIGNATURE, HTML)]))).to.equal('image/png');
    expect(await detectImageType(new Blob([gifBytes()]))).to.equal('image/gif');
    expect(await detectImageType(new Blob([HTML]))).to.equal(null);
  });

  describe('allowing trailing data, as a browser re-encoding a crop does', () => {
    it('reads every format with something after its end, and still refuses broken ones', async () => {
      const lenient = (bytes: Uint8Array<ArrayBuffer>) => inspectImage(new Blob([bytes]), { whole: false });
      const video = new TextEncoder().encode('ftypmp42 appended motion photo');
      for (const type of ['image/png', 'image/jpeg', 'image/webp'] as const) {
        const image = await canvasImage(type);
        expect(await lenient(bytesOf(image, video)), type).to.deep.include({ ok: true, type });
        expect((await inspect(bytesOf(image, video))).ok, type).to.equal(false);
      }
      expect(await lenient(bytesOf(gifBytes(), video))).to.deep.include({ ok: true, type: 'image/gif' });
      expect((await lenient(bytesOf(PNG_SIGNATURE, HTML))).ok).to.equal(false);
      expect(await lenient(bytesOf(await blackPng(12000, 12000), video))).to.deep.equal({
        ok: false,
        code: 'too_large_dimensions',
      });
    });
  });
});
