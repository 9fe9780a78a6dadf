import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { LazyModule } from '../../core/index.js';
import type * as QrCode from './qr-code.js';

/** What the QR code shows: the setup's id (a new setup is drawn again) and its `otpauth://` URI. */
export interface QrSource {
  id: string;
  uri: string;
}

/**
 * The QR code of a setup: its module fetched when a setup first shows (`load`), its canvas rendered
 * by the element (`render`), and drawn once the canvas is on screen, again only for a new setup.
 */
export class QrCanvas implements ReactiveController {
  /** A `Loadable`: the element shows a skeleton while it comes, a retry if it cannot. */
  readonly module: LazyModule<typeof QrCode>;
  private drawn: { canvas: HTMLCanvasElement; id: string } | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: () => QrSource | undefined,
  ) {
    this.module = new LazyModule(host, () => import('./qr-code.js'));
    host.addController(this);
  }

  /** Fetches the module; a failure shows in place of the code. */
  load(): void {
    this.module.load().catch(() => {});
  }

  render(label: string): TemplateResult {
    return html`<canvas
      id="two-step-qr"
      class="qr-code"
      part="qr-code"
      role="img"
      aria-label=${label}
    ></canvas>`;
  }

  hostUpdated(): void {
    const canvas = this.host.renderRoot.querySelector<HTMLCanvasElement>('#two-step-qr');
    const module = this.module.module;
    const source = this.source();
    if (!canvas || !module || !source) return;
    if (this.drawn?.canvas === canvas && this.drawn.id === source.id) return;
    module.drawQrCode(canvas, source.uri);
    // Scaled by a whole number of pixels a module, so every module is as wide as every other.
    canvas.style.setProperty('--_qr-modules', String(canvas.width));
    this.drawn = { canvas, id: source.id };
  }
}
