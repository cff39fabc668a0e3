import { inflateSync } from 'node:zlib';

/**
 * A PNG decoded to one luminance byte per pixel (0 black … 255 white), the form @zxing/library's
 * RGBLuminanceSource takes. Written on node:zlib rather than pngjs: pngjs is only a transitive
 * dependency (of node-thermal-printer) and has no type declarations, and the few PNG forms a ZPL
 * renderer writes need about sixty lines.
 */
export interface GrayImage {
  width: number;
  height: number;
  luminance: Uint8ClampedArray;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Channels per colour type: grey, RGB, grey+alpha, RGBA (palette and 16-bit are not needed). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export class PngDecodeError extends Error {
  override readonly name = 'PngDecodeError';
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters of PNG (spec section 9) in place, row by row. */
function unfilter(data: Buffer, height: number, stride: number, bpp: number): Buffer {
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)] ?? -1;
    const row = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const raw = data[row + x] ?? 0;
      const left = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bpp ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined)
        throw new PngDecodeError(`row ${y} has unknown filter ${filter}`);
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/** Decodes a non-interlaced 1- or 8-bit grey, or 8-bit RGB(A) PNG to luminance. */
export function decodePng(png: Buffer): GrayImage {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new PngDecodeError('not a PNG file');
  let offset = 8;
  let header: Buffer | null = null;
  const idat: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (header === null || header.length < 13) throw new PngDecodeError('PNG has no IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth = 0, colorType = 0, , , interlace = 0] = header.subarray(8, 13);
  const channels = CHANNELS[colorType];
  const supported =
    channels !== undefined && (bitDepth === 8 || (bitDepth === 1 && colorType === 0));
  if (!supported || interlace !== 0) {
    throw new PngDecodeError(
      `unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`,
    );
  }
  const stride = Math.ceil((width * channels * bitDepth) / 8);
  const data = inflateSync(Buffer.concat(idat));
  if (data.length < height * (stride + 1)) throw new PngDecodeError('PNG image data is truncated');
  const pixels = unfilter(data, height, stride, Math.max(1, (channels * bitDepth) / 8));
  const luminance = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * stride + x * channels;
      if (bitDepth === 1) {
        const bit = ((pixels[y * stride + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        luminance[y * width + x] = bit * 255;
      } else {
        const [r = 0, g = r, b = r] = pixels.subarray(at, at + (channels <= 2 ? 1 : 3));
        const alpha = channels % 2 === 0 ? (pixels[at + channels - 1] ?? 255) : 255;
        const gray = (r * 299 + g * 587 + b * 114) / 1000;
        // Transparent pixels count as the white label stock they would be printed on.
        luminance[y * width + x] = (gray * alpha + 255 * (255 - alpha)) / 255;
      }
    }
  }
  return { width, height, luminance };
}
