import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  toAccountError,
  type Account,
  type AccountAdapter,
  type AccountError,
  type CallOptions,
} from '../../api/index.js';
import { ReverificationCancelled, type ReverificationController } from '../../core/index.js';
import { initialCrop, renderCrop, type Crop } from './crop.js';
import { loadPicture, type PictureProblem } from './picture.js';

/** The crop viewport's side in CSS pixels; the stylesheet uses the same. */
export const CROP_VIEWPORT = 240;

export interface Cropping {
  crop: Crop;
  bitmap: ImageBitmap;
  url: string;
}

export type PictureChange = 'upload' | 'remove';

export interface PictureOptions {
  adapter: () => AccountAdapter | undefined;
  reverification: ReverificationController;
  /** Before a change is sent: clear earlier announcements. */
  onStart: () => void;
  /** The backend took the change. */
  onChanged: (account: Account, change: PictureChange) => void;
}

/**
 * The profile picture's life: a file checked and decoded, cropped, uploaded or removed. A bad file
 * or a failed change leaves the current picture as it is; cancelling aborts a change in flight.
 */
export class PictureController implements ReactiveController {
  /** Why the last file or change failed: a file problem, or the backend's error. */
  problem?: PictureProblem | AccountError;
  busy?: PictureChange;
  cropping?: Cropping;

  private request?: AbortController;
  private readonly host: ReactiveControllerHost;
  private readonly options: PictureOptions;

  constructor(host: ReactiveControllerHost, options: PictureOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.endCropping();
  }

  /** Checks a chosen file; a good one opens the crop. */
  async choose(file: File): Promise<void> {
    this.problem = undefined;
    this.host.requestUpdate();
    const loaded = await loadPicture(file);
    if (typeof loaded === 'string') {
      this.problem = loaded;
      this.host.requestUpdate();
      return;
    }
    this.endCropping();
    this.cropping = {
      ...loaded,
      crop: initialCrop(loaded.bitmap.width, loaded.bitmap.height, CROP_VIEWPORT),
    };
    this.host.requestUpdate();
  }

  setCrop(crop: Crop): void {
    if (!this.cropping) return;
    this.cropping = { ...this.cropping, crop };
    this.host.requestUpdate();
  }

  /** Closes the crop, aborting an upload in flight. */
  endCropping(): void {
    this.request?.abort();
    if (!this.cropping) return;
    this.cropping.bitmap.close();
    URL.revokeObjectURL(this.cropping.url);
    this.cropping = undefined;
    this.host.requestUpdate();
  }

  async upload(): Promise<void> {
    const cropping = this.cropping;
    if (!cropping || this.busy) return;
    const done = await this.change('upload', async (adapter, options) =>
      adapter.uploadAvatar(await renderCrop(cropping.bitmap, cropping.crop), options),
    );
    if (done) this.endCropping();
  }

  remove(): Promise<boolean> {
    return this.change('remove', (adapter, options) => adapter.removeAvatar(options));
  }

  private async change(
    kind: PictureChange,
    send: (adapter: AccountAdapter, options: CallOptions) => Promise<Account>,
  ): Promise<boolean> {
    const adapter = this.options.adapter();
    if (!adapter || this.busy) return false;
    this.busy = kind;
    this.problem = undefined;
    this.options.onStart();
    this.host.requestUpdate();
    const request = (this.request = new AbortController());
    try {
      const account = await this.options.reverification.run((options) => send(adapter, options), {
        signal: request.signal,
      });
      if (request.signal.aborted) return false;
      this.options.onChanged(account, kind);
      return true;
    } catch (caught) {
      if (!(caught instanceof ReverificationCancelled) && !request.signal.aborted) {
        this.problem = toAccountError(caught);
      }
      return false;
    } finally {
      if (this.request === request) this.request = undefined;
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }
}
