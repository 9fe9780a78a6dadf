/**
 * The cropper: its dialog and the canvas work behind it. `PictureController` fetches it with
 * `import()` when a picture is chosen, so a visit that changes no picture never downloads it.
 */
export { cropDialog } from './crop-dialog.js';
export { initialCrop, renderCrop } from './crop.js';
