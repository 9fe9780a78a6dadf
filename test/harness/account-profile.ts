import '../../src/elements/account-profile/account-profile.js';
import type { AccountProfile } from '../../src/elements/account-profile/account-profile.component.js';
import { en } from '../../src/i18n/index.js';
import { pngBlob } from '../support/images.js';
import { RecordingAdapter } from '../support/recording-adapter.js';
import { ElementHarness, text, until } from './element-harness.js';

/** `<account-profile>` as a person uses it: the picture, the name and the username. */
export class AccountProfileHarness extends ElementHarness<AccountProfile> {
  static readonly tag = 'account-profile';
  static readonly readySelector = '#name';

  get nameInput(): HTMLInputElement {
    return this.field(en.profile.name);
  }

  get usernameInput(): HTMLInputElement {
    return this.field(en.profile.username);
  }

  get saveButton(): HTMLButtonElement {
    return this.button(en.common.save);
  }

  /** The card's heading, at whatever level it was given. */
  get heading(): HTMLElement {
    return this.find('#profile-heading');
  }

  /** The picture, or the initials standing in for it. */
  get avatar(): HTMLElement {
    return this.find('#avatar');
  }

  /** The picture shown, or null while the initials stand in. */
  get picture(): HTMLImageElement | null {
    return this.maybe<HTMLImageElement>('img.avatar');
  }

  get choosePictureButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#choose-picture');
  }

  /** What is wrong with the chosen file, once something is. */
  get pictureError(): HTMLElement | null {
    return this.maybe('#picture-error');
  }

  /** The live note under the username: checking, available, paused; '' when it has nothing to say. */
  get availability(): string {
    return text(this.find('.availability'));
  }

  get usernameError(): string {
    return this.errorOf(en.profile.username);
  }

  /** The crop dialog; it is fetched with the first picture chosen, and is not there before. */
  get cropDialog(): HTMLDialogElement {
    return this.find<HTMLDialogElement>('#crop-dialog');
  }

  get cropOpen(): boolean {
    return this.maybe<HTMLDialogElement>('#crop-dialog')?.open ?? false;
  }

  async rename(name: string): Promise<void> {
    await this.fill(en.profile.name, name);
    await this.save();
  }

  async save(): Promise<void> {
    this.saveButton.click();
    await this.element.updateComplete;
  }

  /** Chooses a file in the picture's file input, as the file picker hands it over. */
  async choosePicture(file: File): Promise<void> {
    const input = this.find<HTMLInputElement>('#picture-file');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await this.element.updateComplete;
  }

  /** Chooses a picture and waits for the crop dialog with it. */
  async openCrop(file: File): Promise<void> {
    await this.choosePicture(file);
    await until(() => this.cropOpen, 'the crop dialog did not open');
    await this.element.updateComplete;
  }
}

/** A backend whose account already has a picture, its upload forgotten, so a test sees it kept. */
export async function backendWithPicture(): Promise<RecordingAdapter> {
  const adapter = new RecordingAdapter();
  await adapter.uploadAvatar(await pngBlob(64, 64));
  adapter.forget();
  return adapter;
}
