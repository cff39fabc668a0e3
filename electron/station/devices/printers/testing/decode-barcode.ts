import {
  BarcodeFormat,
  BinaryBitmap,
  Code128Reader,
  DataMatrixReader,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
  type Reader,
} from '@zxing/library';
import type { BarcodeSymbology } from '../../../../../shared/labels/shipping-label';
import { decodePng, type GrayImage } from './decode-png';

/** A rectangle of the image in pixels. */
export interface PixelRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BarcodeNotFoundError extends Error {
  override readonly name = 'BarcodeNotFoundError';
}

function readerFor(symbology: BarcodeSymbology): Reader {
  switch (symbology) {
    case 'code128':
    case 'gs1-128':
      return new Code128Reader();
    case 'qr':
      return new QRCodeReader();
    case 'datamatrix':
      return new DataMatrixReader();
  }
}

const FORMAT: Record<BarcodeSymbology, BarcodeFormat> = {
  code128: BarcodeFormat.CODE_128,
  'gs1-128': BarcodeFormat.CODE_128,
  qr: BarcodeFormat.QR_CODE,
  datamatrix: BarcodeFormat.DATA_MATRIX,
};

/** The region clamped to the image, so a layout rectangle a few dots over the edge still reads. */
function clamp(image: GrayImage, region: PixelRegion): PixelRegion {
  const x = Math.max(0, Math.min(image.width - 1, Math.round(region.x)));
  const y = Math.max(0, Math.min(image.height - 1, Math.round(region.y)));
  return {
    x,
    y,
    width: Math.max(1, Math.min(image.width - x, Math.round(region.width))),
    height: Math.max(1, Math.min(image.height - y, Math.round(region.height))),
  };
}

/**
 * Reads one barcode of `symbology` from a rendered label, as a scanner at the packing bench
 * would: from the whole image, or only from `region` when the label carries several symbols.
 * GS1-128 is read with FNC1 reported, so its text starts "]C1" exactly when the symbol really is
 * GS1-128 and not a plain Code 128 that happens to hold the same digits.
 */
export function decodeBarcode(
  png: Buffer | GrayImage,
  symbology: BarcodeSymbology,
  region?: PixelRegion,
): { text: string; format: BarcodeFormat } {
  const image = Buffer.isBuffer(png) ? decodePng(png) : png;
  const full = new RGBLuminanceSource(image.luminance, image.width, image.height);
  const area = region ? clamp(image, region) : null;
  const source = area ? full.crop(area.x, area.y, area.width, area.height) : full;
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.TRY_HARDER, true],
    [DecodeHintType.POSSIBLE_FORMATS, [FORMAT[symbology]]],
    [DecodeHintType.ASSUME_GS1, symbology === 'gs1-128'],
  ]);
  try {
    const result = readerFor(symbology).decode(
      new BinaryBitmap(new HybridBinarizer(source)),
      hints,
    );
    return { text: result.getText(), format: result.getBarcodeFormat() };
  } catch (cause) {
    const where = area ? ` in ${area.width}×${area.height} px at (${area.x}, ${area.y})` : '';
    throw new BarcodeNotFoundError(`no ${symbology} barcode could be read${where}`, { cause });
  }
}
