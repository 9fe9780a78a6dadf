/**
 * What the page around an element does that a test plays: the page hidden and shown again (another
 * tab, a locked screen), the address, the clipboard, and what is said on the console meanwhile.
 */

/** The page goes to the background: `visibilityState` is `hidden`, and `visibilitychange` is heard. */
export function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The page is on screen again: `visibilityState` is the browser's own (`visible`), and heard so. */
export function showPage(): void {
  Reflect.deleteProperty(document, 'visibilityState');
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Forgets a hash a test's link left in the address, so the next test starts from the same page. */
export function clearHash(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

/** `navigator.clipboard.writeText` replaced by a recorder (or a refusal) until `restore`. */
export function stubClipboard(refuse = false): { written: string[]; restore(): void } {
  const written: string[] = [];
  const clipboard = navigator.clipboard;
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (data: string) => {
      if (refuse) return Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      written.push(data);
      return Promise.resolve();
    },
  });
  return { written, restore: () => Reflect.deleteProperty(clipboard, 'writeText') };
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Every console call made while `during` runs, each as one line of text (objects as JSON, so a secret
 * inside one is found too); the console is the page's own again afterwards.
 */
export async function consoleDuring(
  during: () => Promise<void>,
  methods: readonly (typeof CONSOLE_METHODS)[number][] = CONSOLE_METHODS,
): Promise<string[]> {
  const said: string[] = [];
  const originals = methods.map((method) => console[method]);
  for (const method of methods) {
    console[method] = (...args: unknown[]) => said.push(args.map((arg) => textOf(arg)).join(' '));
  }
  try {
    await during();
  } finally {
    methods.forEach((method, index) => (console[method] = originals[index]!));
  }
  return said;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A file the page handed the browser to save: its name and its content. */
export interface Download {
  name: string;
  type: string;
  text: string;
}

/**
 * Downloads caught instead of saved, until `restore`: each Blob URL made is remembered, and a click
 * on a link with `download` records the file it points to, read as text, and goes nowhere.
 */
export function captureDownloads(): { files: () => Promise<Download[]>; restore(): void } {
  const blobs = new Map<string, Blob>();
  const clicked: { name: string; url: string }[] = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      if (this.hasAttribute('download')) clicked.push({ name: this.download, url: this.href });
      else click.value.call(this);
    },
  });
  return {
    files: () =>
      Promise.all(
        clicked.map(async ({ name, url }) => {
          const blob = blobs.get(url);
          return { name, type: blob?.type ?? '', text: blob ? await blob.text() : '' };
        }),
      ),
    restore: () => {
      URL.createObjectURL = createObjectURL;
      Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
    },
  };
}
