/** An 8-bit greyscale raster, row-major, one byte a pixel (0 black, 255 white). */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}
