/**
 * An image's size and resolution from its header alone, so a hostile image
 * (20,000 × 20,000 px) is refused before a byte of it is decoded.
 * PNG: IHDR and pHYs (ISO/IEC 15948 §11.2.2, §11.3.5.3); JPEG: the SOFn
 * marker and JFIF's APP0 density (ITU-T T.81 §B.2.2, JFIF 1.02).
 */
export type ImageKind = 'png' | 'jpeg' | 'tiff';

export interface ImageSize {
  width: number;
  height: number;
  /** Dots per inch the file states, or null. */
  dpi: number | null;
}

const INCHES_PER_METRE = 39.3701;

export function imageSize(bytes: Uint8Array, kind: 'png' | 'jpeg'): ImageSize | null {
  return kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24) return null;
  const data = view(bytes);
  const width = data.getUint32(16);
  const height = data.getUint32(20);
  let dpi: number | null = null;
  // Chunks: length, type, data, CRC; pHYs comes before the first IDAT.
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = data.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'pHYs' && length >= 9 && offset + 17 <= bytes.length && bytes[offset + 16] === 1) dpi = data.getUint32(offset + 8) / INCHES_PER_METRE;
    offset += 12 + length;
  }
  return { width, height, dpi };
}

/** SOF markers that carry the frame size: C0–CF less DHT (C4), JPG (C8) and DAC (CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(bytes: Uint8Array): ImageSize | null {
  const data = view(bytes);
  let dpi: number | null = null;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = data.getUint16(offset + 2);
    if (marker === 0xe0 && length >= 14 && offset + 16 <= bytes.length && String.fromCharCode(...bytes.subarray(offset + 4, offset + 9)) === 'JFIF\0') {
      const units = bytes[offset + 11];
      const density = data.getUint16(offset + 12);
      if (units === 1) dpi = density;
      else if (units === 2) dpi = density * 2.54;
    }
    if (SOF.has(marker)) {
      if (offset + 9 > bytes.length) return null;
      return { width: data.getUint16(offset + 7), height: data.getUint16(offset + 5), dpi };
    }
    offset += 2 + length;
  }
  return null;
}
