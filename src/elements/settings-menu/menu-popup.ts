import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MenuPopupOptions {
  isOpen: () => boolean;
  /** The panel that hangs from the button. */
  panel: () => HTMLElement | null;
  /** A press anywhere outside the host (its slotted items count as inside). */
  onOutsidePress: () => void;
}

/**
 * The open menu's life on the page: it closes when the person presses elsewhere, and stays on
 * screen. CSS hangs the panel below its button at the inline end; with the button near the inline
 * start of a narrow screen that end would stick out, so the panel is slid back by the overflow it
 * measures, each time it renders open and when the window changes size.
 */
export class MenuPopupController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: MenuPopupOptions;
  private listening = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MenuPopupOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const open = this.options.isOpen();
    if (open) this.keepInViewport();
    if (open !== this.listening) this.listen(open);
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  // Pointer down rather than click: the menu gets out of the way as soon as a press starts
  // elsewhere, and a host's handler that stops a click's propagation cannot keep it open.
  private readonly onPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.options.onOutsidePress();
  };

  private readonly onResize = (): void => this.keepInViewport();

  private listen(on: boolean): void {
    this.listening = on;
    if (on) {
      document.addEventListener('pointerdown', this.onPointerDown, { capture: true });
      window.addEventListener('resize', this.onResize);
    } else {
      document.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
      window.removeEventListener('resize', this.onResize);
    }
  }

  private keepInViewport(): void {
    const panel = this.options.panel();
    if (!panel) return;
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
    panel.style.setProperty('--_menu-shift', '0px');
    const edge = parseFloat(getComputedStyle(panel).getPropertyValue('--_menu-edge')) || 0;
    const { left, right } = panel.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const shift = left < edge ? edge - left : right > viewport - edge ? viewport - edge - right : 0;
    if (shift !== 0) panel.style.setProperty('--_menu-shift', `${shift}px`);
  }
}
