import { writeFileSync } from 'node:fs';
import { BarcodeFormat, EncodeHintType, QRCodeWriter } from '@zxing/library';

const WIDTH = 640;
const HEIGHT = 480;
/** The QR code's side in pixels, quiet zone included: large, as if held close to the lens. */
const CODE_SIDE = 360;
// Video levels (BT.601): 16 is black and 235 white, so the picture is not clipped.
const DARK = 16;
const LIGHT = 235;
const NEUTRAL_CHROMA = 128;
const FRAMES = 5;

/**
 * Writes a short YUV4MPEG2 video of `text` as a QR code, white around it, for Chromium's fake
 * camera (`--use-file-for-fake-video-capture`), which loops it for as long as the camera is open.
 * QR because it is the one format the installed @zxing/library can write.
 */
export function writeBarcodeVideo(path: string, text: string): void {
  const hints = new Map<EncodeHintType, unknown>([[EncodeHintType.MARGIN, 4]]);
  const matrix = new QRCodeWriter().encode(
    text,
    BarcodeFormat.QR_CODE,
    CODE_SIDE,
    CODE_SIDE,
    hints,
  );
  const luma = Buffer.alloc(WIDTH * HEIGHT, LIGHT);
  const left = Math.floor((WIDTH - matrix.getWidth()) / 2);
  const top = Math.floor((HEIGHT - matrix.getHeight()) / 2);
  for (let y = 0; y < matrix.getHeight(); y += 1) {
    for (let x = 0; x < matrix.getWidth(); x += 1) {
      if (matrix.get(x, y)) luma[(top + y) * WIDTH + left + x] = DARK;
    }
  }
  // 4:2:0: one U and one V sample per 2×2 block, grey for a black-and-white picture.
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, NEUTRAL_CHROMA);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
}
