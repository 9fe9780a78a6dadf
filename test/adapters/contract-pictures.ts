/**
 * The contract for profile pictures, run against every adapter like the rest of the contract: a
 * picture is judged by its whole structure and by the size its header claims, not by its first
 * bytes, and a refused file leaves the current picture where it was.
 */
import { expect } from '@open-wc/testing';
import { AVATAR_MAX_SIDE, type AccountAdapter } from '../../src/api/index.js';
import { PNG_SIGNATURE, bytesOf, canvasImage, gifBytes, pngBlob, pngClaiming } from '../support/images.js';
import { expectCode, type MakeSubject } from './contract.js';

/** Files that start like a picture and are something else, or would take gigabytes to decode. */
const HOSTILE: readonly { name: string; code: string; file: () => Promise<Blob> | Blob }[] = [
  {
    name: 'a PNG signature followed by HTML',
    code: 'invalid_format',
    file: () => new Blob([bytesOf(PNG_SIGNATURE, '<html><script>alert(1)</script></html>')]),
  },
  {
    name: 'a GIF header followed by a script',
    code: 'invalid_format',
    file: () => new Blob(['GIF89a<script>alert(1)</script>'], { type: 'image/gif' }),
  },
  {
    name: 'the three bytes of a JPEG signature',
    code: 'invalid_format',
    file: () => new Blob([Uint8Array.from([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
  },
  {
    name: 'a 1 KB PNG whose header claims 50000 × 50000',
    code: 'too_large_dimensions',
    file: () => new Blob([pngClaiming(50000, 50000)], { type: 'image/png' }),
  },
  {
    name: `a real PNG one pixel wider than ${AVATAR_MAX_SIDE}`,
    code: 'too_large_dimensions',
    file: () => pngBlob(AVATAR_MAX_SIDE + 1, 1),
  },
];

export function picturesContract(name: string, make: MakeSubject): void {
  describe(`AccountAdapter contract, pictures: ${name}`, () => {
    let adapter: AccountAdapter;
    let current: string | null;
    beforeEach(async () => {
      adapter = (await make()).adapter;
      current = (await adapter.uploadAvatar(await pngBlob(8, 8))).avatarUrl;
      expect(current).to.be.a('string');
    });

    for (const hostile of HOSTILE) {
      it(`refuses ${hostile.name} with ${hostile.code} on avatar, keeping the current picture`, async () => {
        const error = await expectCode(adapter.uploadAvatar(await hostile.file()), 'validation');
        expect(error.fields.avatar?.code).to.equal(hostile.code);
        expect((await adapter.getAccount()).avatarUrl).to.equal(current);
      });
    }

    it('takes a PNG, JPEG, WebP and GIF that are whole, up to the largest side allowed', async () => {
      const pictures = [
        await pngBlob(AVATAR_MAX_SIDE, 1),
        new Blob([await canvasImage('image/jpeg')]),
        new Blob([await canvasImage('image/webp')]),
        new Blob([gifBytes()]),
      ];
      for (const picture of pictures) {
        const previous = (await adapter.getAccount()).avatarUrl;
        const updated = await adapter.uploadAvatar(picture);
        expect(updated.avatarUrl).to.be.a('string').and.not.equal(previous);
      }
    });
  });
}
