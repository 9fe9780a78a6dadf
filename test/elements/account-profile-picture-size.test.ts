import { expect, waitUntil } from '@open-wc/testing';
import { AVATAR_MAX_SIDE } from '../../src/api/index.js';
import { blackPng, pngBlob } from '../support/images.js';
import {
  buttonByLabel,
  chooseFile,
  en,
  maybe,
  part,
  readyProfile,
  RecordingAdapter,
  text,
  type AccountProfile,
} from './profile-helpers.js';

/**
 * What the element hands to the decoder. The picture flow decodes with `createImageBitmap` alone,
 * so a file that never reaches it was never decoded.
 */
let decoded: ImageBitmapSource[] = [];
const realCreateImageBitmap = window.createImageBitmap;

function recordDecoding(): void {
  const decode = realCreateImageBitmap.bind(window);
  window.createImageBitmap = ((source: ImageBitmapSource) => {
    decoded.push(source);
    return decode(source);
  }) as typeof createImageBitmap;
}

async function profileWithPicture(): Promise<{ el: AccountProfile; adapter: RecordingAdapter; src: string }> {
  const adapter = new RecordingAdapter();
  await adapter.uploadAvatar(await pngBlob(64, 64));
  adapter.uploads.length = 0;
  const el = await readyProfile(adapter);
  return { el, adapter, src: part<HTMLImageElement>(el, 'img.avatar').src };
}

function cropDialog(el: AccountProfile): HTMLDialogElement {
  return part<HTMLDialogElement>(el, '#crop-dialog');
}

/** The cropper is fetched with the first chosen picture: before that there is no dialog at all. */
function cropOpen(el: AccountProfile): boolean {
  return maybe<HTMLDialogElement>(el, '#crop-dialog')?.open ?? false;
}

describe('<account-profile> picture: judged by its header before it is decoded', () => {
  beforeEach(() => {
    decoded = [];
    recordDecoding();
  });

  afterEach(() => {
    window.createImageBitmap = realCreateImageBitmap;
  });

  it('refuses a 12000 × 12000 PNG of a few KB without decoding it', async () => {
    const bytes = await blackPng(12000, 12000);
    expect(bytes.length, 'a small file').to.be.below(20_000);
    const { el, adapter, src } = await profileWithPicture();

    await chooseFile(el, new File([bytes], 'huge.png', { type: 'image/png' }));
    await waitUntil(() => maybe(el, '#picture-error'), 'no message for the huge picture');

    const problem = part(el, '#picture-error');
    expect(text(problem)).to.equal(en.profile.pictureTooLarge(AVATAR_MAX_SIDE));
    expect(text(problem)).to.contain(AVATAR_MAX_SIDE.toLocaleString('en'));
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(decoded, 'the picture was decoded').to.have.length(0);
    expect(cropOpen(el)).to.equal(false);
    expect(maybe(el, '.crop-image')).to.equal(null);
    expect(part<HTMLImageElement>(el, 'img.avatar').src).to.equal(src);
    expect(adapter.uploads).to.have.length(0);
  });

  it('refuses a PNG that starts right and is malformed after, without decoding it', async () => {
    const { el } = await profileWithPicture();
    // Its IEND cut off: the structure ends too early, whatever a decoder would make of it.
    const whole = await blackPng(64, 64);
    const damaged = whole.slice(0, whole.length - 12);
    await chooseFile(el, new File([damaged], 'damaged.png', { type: 'image/png' }));
    await waitUntil(() => maybe(el, '#picture-error'), 'no message for the damaged picture');
    expect(text(part(el, '#picture-error'))).to.equal(en.profile.fileUnreadable);
    expect(decoded).to.have.length(0);
  });

  it('decodes a picture of the largest side allowed and opens the crop', async () => {
    const { el } = await profileWithPicture();
    const file = new File([await blackPng(AVATAR_MAX_SIDE, 2)], 'wide.png', { type: 'image/png' });
    await chooseFile(el, file);
    await waitUntil(() => cropOpen(el), 'the crop dialog did not open');
    expect(decoded).to.deep.equal([file]);
    expect(maybe(el, '#picture-error')).to.equal(null);
    buttonByLabel(cropDialog(el), en.common.cancel).click();
    await el.updateComplete;
  });
});
