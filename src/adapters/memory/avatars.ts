import type { UploadedFiles } from './options.js';

/** The default: `blob:` URLs, which live as long as the page that made them. */
export const BLOB_URLS: UploadedFiles = {
  put: (_kind, _owner, file) => URL.createObjectURL(file),
  release: (url) => {
    if (url.startsWith('blob:')) URL.revokeObjectURL(url);
  },
};

/**
 * Profile pictures (or, `kind` aside, any other uploaded file), at the URLs `files` gives them
 * (`blob:` URLs by default). Such a URL dies with the page, so when the state is persisted the file
 * itself is saved as a data URL under its own key (kept apart from the state, which is saved after
 * every change and should stay small) and given a new URL on load.
 */
export class AvatarStore {
  constructor(
    private readonly storageKey: string | false,
    /** What the files are, in their storage keys, URLs and warnings. */
    private readonly kind = 'avatar',
    private readonly files: UploadedFiles = BLOB_URLS,
  ) {}

  /** A URL for the image; the account's previous one is let go. */
  async put(accountId: string, image: Blob, previousUrl: string | null): Promise<string> {
    this.release(previousUrl);
    if (this.storageKey !== false) {
      const saved = write(this.keyOf(accountId), await toDataUrl(image), this.kind);
      if (!saved) this.drop(accountId, null);
    }
    return this.files.put(this.kind, accountId, image);
  }

  drop(accountId: string, url: string | null): void {
    this.release(url);
    if (this.storageKey !== false) localStorage.removeItem(this.keyOf(accountId));
  }

  /** The saved image of an account at a new URL, or null when none was saved. */
  restore(accountId: string): string | null {
    if (this.storageKey === false) return null;
    const dataUrl = localStorage.getItem(this.keyOf(accountId));
    return dataUrl === null ? null : this.files.put(this.kind, accountId, fromDataUrl(dataUrl));
  }

  private release(url: string | null): void {
    if (url !== null) this.files.release(url);
  }

  private keyOf(accountId: string): string {
    return `${String(this.storageKey)}:${this.kind}:${accountId}`;
  }
}

function write(key: string, value: string, kind: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch (error) {
    // Mostly the quota: a large file still works for this page, it just won't survive a reload.
    console.warn(`MemoryAdapter: the ${kind} could not be saved to localStorage`, error);
    return false;
  }
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read'));
    reader.readAsDataURL(blob);
  });
}

function fromDataUrl(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const type = /^data:([^;,]*)/.exec(dataUrl)?.[1] ?? '';
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}
