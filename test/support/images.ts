/** A real PNG of the given size, drawn on a canvas. */
export async function pngBlob(width: number, height: number, type = 'image/png'): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#3366cc';
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type });
}
