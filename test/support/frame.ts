/**
 * A page of its own, loaded fresh in a frame: what a person meets when they open a link, where the
 * test runner's page (already loaded, its hash changed by hand) cannot show it.
 */
import { until } from '../harness/element-harness.js';

/** Wide enough for the settings page's two-column layout, short enough for it to scroll. */
const FRAME_SIZE = { width: 1024, height: 700 };

/** Loads `url` in a new frame and resolves once its document has loaded. Remove it when done. */
export async function openInFrame(url: string, size = FRAME_SIZE): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The frame's document, once it has one. */
export function frameDocument(frame: HTMLIFrameElement): Document {
  const document = frame.contentDocument;
  if (!document) throw new Error(`The frame at ${frame.src} has no document`);
  return document;
}

/**
 * Waits for the element `selector` finds in the frame's document. A fresh document loads the page's
 * modules unbundled from the test server, and WebKit grows slower at it with each frame a test file
 * opens (here 0.8 s for the first page, 2.5 s for the fifth; once, in CI, over 10 s): hence the
 * generous wait, which costs nothing when the page is quick.
 */
export async function inFrame<T extends Element>(frame: HTMLIFrameElement, selector: string): Promise<T> {
  await until(
    () => frameDocument(frame).querySelector(selector),
    `${selector} is not in ${frame.src}`,
    30_000,
  );
  return frameDocument(frame).querySelector<T>(selector)!;
}

/** The element that has focus in the frame, looked for inside shadow roots too. */
export function focusedInFrame(frame: HTMLIFrameElement): Element | null {
  let focused: Element | null = frameDocument(frame).activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}
