/** Pixels for OCR: how many a page may have, and grey from colour. */

/**
 * The most pixels a page image may have. An A3 scan at 400 dpi is 31
 * million; a 20,000 × 20,000 px image (400 million) would take gigabytes
 * once decoded, so it is refused from its header, before decoding.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Luma (ITU-R BT.601 weights, in integers) of RGBA pixels, or of RGB ones with `channels` 3. */
export function rgbaToGray(rgba: ArrayLike<number>, pixels: number, channels: 3 | 4 = 4): Uint8Array {
  const out = new Uint8Array(pixels);
  for (let i = 0, j = 0; j < pixels; i += channels, j++) out[j] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  return out;
}
