import {
  css,
  html,
  nothing,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { deepActiveElement, focusIfConnected } from './focus.js';

export interface DialogOptions {
  /** The dialog's id; the heading gets `${id}-heading`, the description `${id}-description`. */
  id: string;
  heading: string;
  /** A line under the heading, read out when the dialog opens. */
  description?: string | undefined;
  /** Whether it should be open; a `DialogController` on the host makes it so. */
  open: boolean;
  content?: TemplateResult | typeof nothing | undefined;
  /** The buttons, last the one the person most likely wants. */
  actions?: TemplateResult | typeof nothing | undefined;
  /** The person asked to close it (Escape, the close button, or the browser closed it). Set `open` false. */
  onClose: () => void;
  /** The label of an icon-only close button in the corner; without it there is none. */
  closeLabel?: string | undefined;
}

const closeIcon = svg`<path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" fill="none" />`;

/**
 * A modal dialog on the native `<dialog>`: shown with `showModal()`, the browser keeps focus inside
 * and makes the rest of the page inert. Render it always; `open` decides, a `DialogController` acts.
 * Focus starts on the element marked `data-autofocus`, else on the first field of the body, else
 * where the browser puts it (the first focusable: put Cancel first for a destructive action).
 */
export function dialog(options: DialogOptions): TemplateResult {
  const { id, heading, description, open, content, actions, onClose, closeLabel } = options;
  const onCancel = (event: Event): void => {
    // Closing is the host's decision: it re-renders with open=false and the controller closes.
    event.preventDefault();
    onClose();
  };
  // Escape pressed twice without other input, or a form with method="dialog", closes natively.
  // A dialog opened again before this event arrived (it comes a task later) stays open.
  const onNativeClose = (event: Event): void => {
    if (open && !(event.currentTarget as HTMLDialogElement).open) onClose();
  };

  return html`
    <dialog
      id=${id}
      class="dialog"
      part="dialog"
      aria-labelledby=${`${id}-heading`}
      aria-describedby=${ifDefined(description ? `${id}-description` : undefined)}
      data-open=${open ? 'true' : 'false'}
      @cancel=${onCancel}
      @close=${onNativeClose}
    >
      <header class="dialog-header">
        <h2 id=${`${id}-heading`} class="dialog-heading" part="dialog-heading">${heading}</h2>
        ${closeLabel ? closeButton(closeLabel, onClose) : nothing}
      </header>
      ${description ? html`<p id=${`${id}-description`} class="dialog-description">${description}</p>` : nothing}
      ${content ? html`<div class="dialog-body">${content}</div>` : nothing}
      ${actions ? html`<div class="dialog-actions" part="dialog-actions">${actions}</div>` : nothing}
    </dialog>
  `;
}

function closeButton(label: string, onClose: () => void): TemplateResult {
  return html`<button type="button" class="dialog-close" aria-label=${label} @click=${onClose}>
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">${closeIcon}</svg>
  </button>`;
}

/**
 * Opens and closes a `dialog()` as its `open` option says, after each render of the host, and puts
 * focus back where it was before the dialog opened. One controller per dialog.
 */
export class DialogController implements ReactiveController {
  private opener: HTMLElement | null = null;
  private shown = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly getDialog: () => HTMLDialogElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const element = this.getDialog();
    if (!element) return;
    // The template carries the wanted state, so the host says it once: `open` in render().
    const wanted = element.dataset['open'] === 'true';
    // A dialog that left the page cannot be shown (`showModal` would throw).
    if (wanted && !element.open && element.isConnected) {
      this.opener = deepActiveElement();
      element.showModal();
      this.shown = true;
      // Someone who opened a dialog to type something should be able to type at once.
      const first = element.querySelector<HTMLElement>(
        '[data-autofocus], .dialog-body input:not([type="hidden"]), .dialog-body textarea, .dialog-body select',
      );
      first?.focus();
    } else if (!wanted && this.shown) {
      if (element.open) element.close();
      this.shown = false;
      this.restoreFocus(element);
    }
  }

  hostDisconnected(): void {
    this.getDialog()?.close();
    this.shown = false;
    this.opener = null;
  }

  private restoreFocus(element: HTMLDialogElement): void {
    const opener = this.opener;
    this.opener = null;
    const current = deepActiveElement();
    // The host may have moved focus on purpose while handling the close; only fill a gap (nothing,
    // the closed dialog, or the shadow host the browser fell back to).
    const focusWasLost = !current || current === document.body || element.contains(current);
    if (focusWasLost || current === this.hostOf(element)) focusIfConnected(opener);
  }

  private hostOf(element: HTMLDialogElement): Element | null {
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  }
}

export const dialogStyles = css`
  .dialog {
    inline-size: min(30rem, calc(100vw - 2 * var(--_ae-space-4)));
    max-block-size: calc(100dvh - 2 * var(--_ae-space-4));
    padding: var(--_ae-space-6);
    margin: auto;
    color: var(--_ae-color-text);
    background: var(--_ae-color-surface-raised);
    border: 1px solid var(--_ae-color-border);
    border-radius: var(--_ae-radius-lg);
    box-shadow: var(--_ae-shadow-lg);
    overflow: auto;
    overscroll-behavior: contain;
  }

  .dialog[open] {
    display: grid;
    gap: var(--_ae-space-4);
    animation: ae-dialog-in calc(var(--_ae-duration) * 1.5) var(--_ae-easing);
  }

  .dialog::backdrop {
    background: var(--_ae-color-backdrop);
  }

  .dialog-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_ae-space-3);
  }

  .dialog-heading {
    font-size: var(--_ae-font-size-lg);
    font-weight: var(--_ae-font-weight-semibold);
    line-height: var(--_ae-line-height-tight);
  }

  .dialog-description {
    margin-block-start: calc(-1 * var(--_ae-space-2));
    color: var(--_ae-color-text-muted);
  }

  .dialog-close {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin-block-start: calc(-1 * var(--_ae-space-1));
    margin-inline-end: calc(-1 * var(--_ae-space-2));
    padding: 0;
    color: var(--_ae-color-text-muted);
    background: transparent;
    border: 0;
    border-radius: var(--_ae-radius-sm);
    cursor: pointer;
  }

  .dialog-close:hover {
    color: var(--_ae-color-text);
    background: var(--_ae-color-bg);
  }

  .dialog-body {
    display: grid;
    gap: var(--_ae-space-4);
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_ae-space-2);
    margin-block-start: var(--_ae-space-2);
  }

  @keyframes ae-dialog-in {
    from {
      opacity: 0;
      transform: translateY(4px) scale(0.98);
    }
  }
`;
