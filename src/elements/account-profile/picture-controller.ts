import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Account, AccountError } from '../../api/index.js';
import { ActionController, LazyModule, shownInPlace, type ActionHost } from '../../core/index.js';
import type { Crop } from './crop.js';
import type * as Cropper from './cropper.js';
import { loadPicture, type LoadedPicture, type PictureProblem } from './picture.js';

/** The crop viewport's side in CSS pixels; the stylesheet uses the same. */
export const CROP_VIEWPORT = 240;

export interface Cropping {
  crop: Crop;
  bitmap: ImageBitmap;
  url: string;
}

export type PictureChange = 'upload' | 'remove';

/**
 * The profile picture's life: a file checked and decoded, cropped, uploaded or removed. A bad file
 * or a failed change leaves the current picture as it is; cancelling aborts a change in flight.
 * Failures show at the picture, so the element adds nothing to them.
 */
export class PictureController implements ReactiveController {
  /** Why the chosen file cannot be used. */
  problem?: PictureProblem;
  cropping?: Cropping;

  /** The crop dialog and its canvas work, fetched with the first chosen picture. */
  readonly cropper: LazyModule<typeof Cropper>;
  readonly uploading: ActionController<[Cropping], Account>;
  readonly removing: ActionController<[], Account>;
  private readonly host: ReactiveControllerHost;

  constructor(host: ActionHost, onChanged: (account: Account, change: PictureChange) => void) {
    this.host = host;
    this.cropper = new LazyModule(host, () => import('./cropper.js'));
    this.uploading = new ActionController(host, {
      call: async (adapter, [cropping], options) =>
        adapter.uploadAvatar(
          await (await this.cropper.load()).renderCrop(cropping.bitmap, cropping.crop),
          options,
        ),
      saves: 'account',
      onFailure: shownInPlace,
      onSuccess: (account) => {
        this.closeCrop();
        onChanged(account, 'upload');
      },
    });
    this.removing = new ActionController(host, {
      call: (adapter, _args, options) => adapter.removeAvatar(options),
      saves: 'account',
      onFailure: shownInPlace,
      onSuccess: (account) => onChanged(account, 'remove'),
    });
    host.addController(this);
  }

  get busy(): PictureChange | undefined {
    if (this.uploading.pending) return 'upload';
    return this.removing.pending ? 'remove' : undefined;
  }

  /** The backend's refusal of the last change. */
  get failure(): AccountError | undefined {
    return this.uploading.error ?? this.removing.error;
  }

  hostDisconnected(): void {
    this.endCropping();
  }

  /** Checks a chosen file; a good one opens the crop. */
  async choose(file: File): Promise<void> {
    this.problem = undefined;
    this.uploading.reset();
    this.removing.reset();
    const [loaded, cropper] = await Promise.all([
      loadPicture(file),
      this.cropper.load().catch(() => undefined),
    ]);
    if (typeof loaded === 'string' || !cropper) {
      if (typeof loaded !== 'string') release(loaded);
      this.problem = typeof loaded === 'string' ? loaded : 'cropperUnavailable';
      this.host.requestUpdate();
      return;
    }
    this.closeCrop();
    this.cropping = {
      ...loaded,
      crop: cropper.initialCrop(loaded.bitmap.width, loaded.bitmap.height, CROP_VIEWPORT),
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
    if (this.uploading.pending) this.uploading.reset();
    this.closeCrop();
  }

  private closeCrop(): void {
    if (!this.cropping) return;
    release(this.cropping);
    this.cropping = undefined;
    this.host.requestUpdate();
  }

  upload(): Promise<unknown> {
    return this.cropping && !this.busy ? this.uploading.run(this.cropping) : Promise.resolve();
  }

  remove(): Promise<unknown> {
    this.problem = undefined;
    return this.busy ? Promise.resolve() : this.removing.run();
  }
}

function release(picture: LoadedPicture): void {
  picture.bitmap.close();
  URL.revokeObjectURL(picture.url);
}
