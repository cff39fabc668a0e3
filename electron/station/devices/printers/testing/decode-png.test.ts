import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PngDecodeError, decodePng } from './decode-png';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A chunk with a zero CRC: the decoder under test does not check CRCs. */
function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
}

function png(
  width: number,
  height: number,
  bitDepth: number,
  colorType: number,
  rows: number[][],
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bitDepth, colorType, 0, 0, 0], 8);
  const raw = Buffer.from(rows.flat());
  // Split IDAT in two, as encoders do for large images.
  const data = deflateSync(raw);
  const half = Math.floor(data.length / 2);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', data.subarray(0, half)),
    chunk('IDAT', data.subarray(half)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng', () => {
  it('undoes every PNG row filter on an RGB image', () => {
    // 2×5 RGB; each row uses a different filter: None, Sub, Up, Average, Paeth.
    // Wanted pixels (as grey): row 0 = 10, 20; then 30, 40; 50, 60; 70, 80; 90, 100.
    const rows = [
      [0, 10, 10, 10, 20, 20, 20],
      [1, 30, 30, 30, 10, 10, 10],
      [2, 20, 20, 20, 20, 20, 20],
      [
        3,
        70 - (50 >> 1),
        70 - (50 >> 1),
        70 - (50 >> 1),
        80 - ((70 + 60) >> 1),
        80 - ((70 + 60) >> 1),
        80 - ((70 + 60) >> 1),
      ],
      // Paeth: first pixel predicts from above (70); second: a=90, b=80, c=70 → p=100, nearest is a=90.
      [4, 20, 20, 20, 10, 10, 10],
    ];
    const image = decodePng(png(2, 5, 8, 2, rows));
    expect([image.width, image.height]).toEqual([2, 5]);
    expect([...image.luminance]).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('reads grey, 1-bit grey, and transparent RGBA as the white label it is printed on', () => {
    expect([...decodePng(png(3, 1, 8, 0, [[0, 0, 128, 255]])).luminance]).toEqual([0, 128, 255]);
    expect([...decodePng(png(10, 1, 1, 0, [[0, 0b10100000, 0b01000000]])).luminance]).toEqual([
      255, 0, 255, 0, 0, 0, 0, 0, 0, 255,
    ]);
    const rgba = decodePng(png(2, 1, 8, 6, [[0, 0, 0, 0, 0, 0, 0, 0, 255]]));
    expect([...rgba.luminance]).toEqual([255, 0]);
  });

  it('refuses what is not a PNG it can read, saying why', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(new PngDecodeError('not a PNG file'));
    expect(() => decodePng(png(1, 1, 16, 0, [[0, 0, 0]]))).toThrow(/unsupported PNG: bit depth 16/);
    expect(() => decodePng(png(2, 2, 8, 0, [[0, 1, 2]]))).toThrow(/truncated/);
    expect(() => decodePng(png(1, 1, 8, 0, [[9, 1]]))).toThrow(/row 0 has unknown filter 9/);
  });
});
