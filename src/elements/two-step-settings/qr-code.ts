/**
 * The QR code of an authenticator app's setup, drawn on the page: the secret it holds never goes to
 * a QR service. Loaded with `import()` when a setup first shows, as most visits never set one up.
 * No Lit here, so a bundle that inlines the element's views can still keep this apart.
 */
import { correction, generate } from 'lean-qr/nano';

/** Modules of light around the code: the quiet zone readers need to find it (ISO/IEC 18004 asks 4). */
export const QUIET_ZONE = 4;

/**
 * Draws `text` on `canvas`, one pixel a module (CSS scales it up, square and sharp). Dark on light
 * whatever the theme: many readers do not find a light-on-dark code. Medium error correction, as the
 * URI is short and a phone's camera reads a medium code more surely than a denser high one.
 */
export function drawQrCode(canvas: HTMLCanvasElement, text: string): void {
  const code = generate(text, { minCorrectionLevel: correction.M });
  code.toCanvas(canvas, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: QUIET_ZONE });
}
