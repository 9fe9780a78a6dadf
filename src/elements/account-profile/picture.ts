import { AVATAR_MAX_BYTES, AVATAR_MAX_SIDE, detectImageType, inspectImage } from '../../api/index.js';

export type PictureProblem =
  | 'fileEmpty'
  | 'fileTooLarge'
  | 'fileNotImage'
  | 'fileUnreadable'
  | 'pictureTooLarge'
  /** The cropper could not be fetched (offline): the network's message, the file is fine. */
  | 'cropperUnavailable';

export interface LoadedPicture {
  bitmap: ImageBitmap;
  /** For the crop preview; revoke when done. */
  url: string;
}

/**
 * Checks a chosen file by its size and its content (not its name or claimed type), then decodes it.
 * The pixel size is read from the header first: a small file can claim a size whose decoding would
 * take gigabytes of memory, so such a file is never handed to the decoder.
 */
export async function loadPicture(file: Blob): Promise<LoadedPicture | PictureProblem> {
  if (file.size === 0) return 'fileEmpty';
  if (file.size > AVATAR_MAX_BYTES) return 'fileTooLarge';
  if (!(await detectImageType(file))) return 'fileNotImage';
  // Trailing data is allowed here: the crop is re-encoded, and phones append videos to many photos.
  const inspection = await inspectImage(file, { whole: false });
  if (!inspection.ok) {
    // It starts like a picture, so a broken rest makes it a damaged picture, not another kind of file.
    return inspection.code === 'too_large_dimensions' ? 'pictureTooLarge' : 'fileUnreadable';
  }
  try {
    const bitmap = await createImageBitmap(file);
    return { bitmap, url: URL.createObjectURL(file) };
  } catch {
    return 'fileUnreadable';
  }
}

export const AVATAR_MAX_MB = AVATAR_MAX_BYTES / (1024 * 1024);
export { AVATAR_MAX_SIDE };
