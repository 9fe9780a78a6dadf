import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../i18n/index.js';
import { button, cssVars, dialog } from '../../ui/index.js';
import { MAX_ZOOM, moveBy, scaleOf, zoomTo, type Crop } from './crop.js';

export interface CropDialogOptions {
  busy: boolean;
  problem: string | undefined;
  onCrop: (crop: Crop) => void;
  onCancel: () => void;
  onUse: () => void;
}

const STEP = 10;
const BIG_STEP = 40;
const ZOOM_STEP = 0.1;

/**
 * Crops the chosen picture to a square: drag it, zoom with the slider, or use the keyboard on the
 * crop area (arrows move, + and - zoom). Pair it with a `DialogController` on `#crop-dialog`.
 */
export function cropDialog(
  t: Catalog,
  cropping: { crop: Crop; url: string } | undefined,
  options: CropDialogOptions,
): TemplateResult {
  return dialog({
    id: 'crop-dialog',
    heading: t.profile.cropHeading,
    description: t.profile.cropHelp,
    open: !!cropping,
    closeLabel: t.common.close,
    onClose: options.onCancel,
    content: cropping ? cropArea(t, cropping, options) : nothing,
    actions: html`
      ${button({ label: t.common.cancel, onClick: options.onCancel })}
      ${button({
        label: t.profile.usePicture,
        variant: 'primary',
        busy: options.busy,
        busyLabel: t.common.saving,
        onClick: options.onUse,
      })}
    `,
  });
}

function cropArea(
  t: Catalog,
  { crop, url }: { crop: Crop; url: string },
  options: CropDialogOptions,
): TemplateResult {
  const scale = scaleOf(crop);
  const onKey = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    let next: Crop | undefined;
    if (move) next = moveBy(crop, move[0], move[1]);
    else if (event.key === '+' || event.key === '=') next = zoomTo(crop, crop.zoom + ZOOM_STEP);
    else if (event.key === '-') next = zoomTo(crop, crop.zoom - ZOOM_STEP);
    if (!next) return;
    event.preventDefault();
    options.onCrop(next);
  };
  const onPointerDown = (event: PointerEvent) => {
    const area = event.currentTarget as HTMLElement;
    area.setPointerCapture(event.pointerId);
    let last = { x: event.clientX, y: event.clientY };
    let current = crop;
    const onMove = (move: PointerEvent) => {
      current = moveBy(current, move.clientX - last.x, move.clientY - last.y);
      last = { x: move.clientX, y: move.clientY };
      options.onCrop(current);
    };
    const onUp = () => {
      area.removeEventListener('pointermove', onMove);
      area.removeEventListener('pointerup', onUp);
      area.removeEventListener('pointercancel', onUp);
    };
    area.addEventListener('pointermove', onMove);
    area.addEventListener('pointerup', onUp);
    area.addEventListener('pointercancel', onUp);
  };
  return html`
    <div
      class="crop-area"
      part="crop-area"
      data-autofocus
      tabindex="0"
      role="group"
      aria-label=${t.profile.cropArea}
      aria-describedby="crop-dialog-description"
      @keydown=${onKey}
      @pointerdown=${onPointerDown}
    >
      <img
        class="crop-image"
        src=${url}
        alt=""
        draggable="false"
        ${cssVars({
          '--_crop-x': `${crop.x}px`,
          '--_crop-y': `${crop.y}px`,
          '--_crop-w': `${crop.width * scale}px`,
          '--_crop-h': `${crop.height * scale}px`,
        })}
      />
    </div>
    <label class="crop-zoom">
      <span>${t.profile.zoom}</span>
      <input
        type="range"
        min="1"
        max=${MAX_ZOOM}
        step="0.01"
        .value=${String(crop.zoom)}
        @input=${(event: Event) => options.onCrop(zoomTo(crop, Number((event.currentTarget as HTMLInputElement).value)))}
      />
    </label>
    ${options.problem ? html`<p class="field-error" role="alert" part="error">${options.problem}</p>` : nothing}
  `;
}
