/** Reading a file's bytes, for the structure readers of pictures and greetings. */

export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `length` bytes from `start` as text: the four-letter names of chunks, boxes and tags. */
export function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/**
 * What `read` makes of a file, or `past` when it reads beyond the end: the readers check their
 * bounds, and should one miss, a read past the end still means the file is cut short.
 */
export function withinBounds<T, P>(read: () => T, past: P): T | P {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError) return past;
    throw error;
  }
}
