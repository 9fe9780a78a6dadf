/**
 * The square crop of a picture: where the image sits under a square viewport, and how far it is
 * zoomed. Pure arithmetic, so dragging, the slider and the arrow keys all share one set of rules.
 */
export interface Crop {
  /** The image's natural size. */
  width: number;
  height: number;
  /** The viewport's side, in CSS pixels. */
  viewport: number;
  /** 1 shows the whole short side; up to MAX_ZOOM. */
  zoom: number;
  /** The image's top-left corner relative to the viewport's, in CSS pixels (zero or negative). */
  x: number;
  y: number;
}

export const MAX_ZOOM = 4;
/** The side of the uploaded picture; larger crops are scaled down to it, smaller ones kept. */
export const OUTPUT_SIZE = 512;

export function scaleOf(crop: Crop): number {
  return (crop.viewport / Math.min(crop.width, crop.height)) * crop.zoom;
}

/** Keeps the image covering the whole viewport. */
function clamp(crop: Crop): Crop {
  const scale = scaleOf(crop);
  const minX = crop.viewport - crop.width * scale;
  const minY = crop.viewport - crop.height * scale;
  return { ...crop, x: Math.min(0, Math.max(minX, crop.x)), y: Math.min(0, Math.max(minY, crop.y)) };
}

/** The whole short side, centred. */
export function initialCrop(width: number, height: number, viewport: number): Crop {
  const crop = { width, height, viewport, zoom: 1, x: 0, y: 0 };
  const scale = scaleOf(crop);
  return clamp({ ...crop, x: (viewport - width * scale) / 2, y: (viewport - height * scale) / 2 });
}

export function moveBy(crop: Crop, dx: number, dy: number): Crop {
  return clamp({ ...crop, x: crop.x + dx, y: crop.y + dy });
}

/** Zooms about the viewport's centre, so what is in the middle stays there. */
export function zoomTo(crop: Crop, zoom: number): Crop {
  const next = Math.min(MAX_ZOOM, Math.max(1, zoom));
  const centre = crop.viewport / 2;
  const ratio = next / crop.zoom;
  return clamp({
    ...crop,
    zoom: next,
    x: centre - (centre - crop.x) * ratio,
    y: centre - (centre - crop.y) * ratio,
  });
}

/** The part of the source image the viewport shows, in the image's own pixels. */
export function sourceRect(crop: Crop): { sx: number; sy: number; size: number } {
  const scale = scaleOf(crop);
  return { sx: -crop.x / scale, sy: -crop.y / scale, size: crop.viewport / scale };
}

/** Draws the crop, scaled down to at most OUTPUT_SIZE, and encodes it for upload. */
export async function renderCrop(image: CanvasImageSource, crop: Crop, type = 'image/webp'): Promise<Blob> {
  const { sx, sy, size } = sourceRect(crop);
  const side = Math.max(1, Math.round(Math.min(OUTPUT_SIZE, size)));
  const canvas = new OffscreenCanvas(side, side);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, sx, sy, size, size, 0, 0, side, side);
  const blob = await canvas.convertToBlob({ type, quality: 0.9 });
  // A browser without WebP encoding hands back PNG, which the contract accepts as well.
  return blob;
}
