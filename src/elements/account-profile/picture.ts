import { AVATAR_MAX_BYTES, detectImageType } from '../../api/index.js';

export type PictureProblem = 'fileEmpty' | 'fileTooLarge' | 'fileNotImage' | 'fileUnreadable';

export interface LoadedPicture {
  bitmap: ImageBitmap;
  /** For the crop preview; revoke when done. */
  url: string;
}

/** Checks a chosen file by its size and its content (not its name or claimed type), then decodes it. */
export async function loadPicture(file: Blob): Promise<LoadedPicture | PictureProblem> {
  if (file.size === 0) return 'fileEmpty';
  if (file.size > AVATAR_MAX_BYTES) return 'fileTooLarge';
  if (!(await detectImageType(file))) return 'fileNotImage';
  try {
    const bitmap = await createImageBitmap(file);
    return { bitmap, url: URL.createObjectURL(file) };
  } catch {
    return 'fileUnreadable';
  }
}

export const AVATAR_MAX_MB = AVATAR_MAX_BYTES / (1024 * 1024);
