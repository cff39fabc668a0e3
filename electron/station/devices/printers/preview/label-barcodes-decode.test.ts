import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BarcodeSpec, ShippingLabel } from '../../../../../shared/labels/shipping-label';
import { makeSscc } from '../../../../../shared/labels/sscc';
import { renderZpl } from '../../../../../shared/labels/zpl-label';
import { renderLabelPng } from '../label-preview';
import { previewStandInFont } from './printer-fonts';
import { decodeBarcode, type PixelRegion } from '../testing/decode-barcode';
import { decodePng, type GrayImage } from '../testing/decode-png';

/**
 * The proof that labels scan: each label is rendered to ZPL, drawn offline to PNG, and
 * its barcodes read back with @zxing/library must give exactly the data that was meant.
 */

const SSCC = makeSscc({ extensionDigit: 3, companyPrefix: '5012345', serialReference: 4711 });
const HOSTILE_NAME = 'Zoë ^XA~JR 山田 Ñandú Ωmega';

function label(
  trackingBarcode: BarcodeSpec,
  overrides: Partial<ShippingLabel> = {},
): ShippingLabel {
  return {
    shipFrom: {
      name: 'Wharf Warehouse',
      company: 'Wharf Ltd',
      lines: ['Unit 4, Dock Road'],
      postcode: 'LS1 4AB',
      city: 'Leeds',
      country: 'GB',
    },
    shipTo: {
      name: 'Ada Lovelace',
      lines: ['12 St James Square'],
      postcode: 'SW1Y 4JH',
      city: 'London',
      country: 'GB',
    },
    carrier: { name: 'RateCard', service: 'Next day' },
    trackingNumber: trackingBarcode.data.replace(/[()]/g, '').slice(0, 40),
    trackingBarcode,
    sscc: SSCC,
    parcel: { index: 2, count: 3 },
    weightGrams: 1250,
    reference: 'ST1-ORD-1042',
    date: '2026-11-26',
    ...overrides,
  };
}

/** Where zpl-label.ts draws each symbol, in 203-dpi dots with some quiet zone around it. */
const REGIONS_203 = {
  linearTracking: { x: 0, y: 740, width: 812, height: 145 },
  twoDimensionalTracking: { x: 200, y: 730, width: 412, height: 210 },
  sscc: { x: 0, y: 945, width: 812, height: 215 },
} satisfies Record<string, PixelRegion>;

function at(dpi: 203 | 300, region: PixelRegion): PixelRegion {
  const scale = (dots: number) => Math.round((dots * dpi) / 203);
  return {
    x: scale(region.x),
    y: scale(region.y),
    width: scale(region.width),
    height: scale(region.height),
  };
}

function trackingRegion(spec: BarcodeSpec): PixelRegion {
  return spec.symbology === 'qr' || spec.symbology === 'datamatrix'
    ? REGIONS_203.twoDimensionalTracking
    : REGIONS_203.linearTracking;
}

/** Keeps every rendered label in /tmp/labels so a person can look at them. */
function keep(name: string, png: Buffer): void {
  mkdirSync('/tmp/labels', { recursive: true });
  writeFileSync(`/tmp/labels/${name}.png`, png);
}

function pixels(image: GrayImage, region: PixelRegion): Buffer {
  const rows: Buffer[] = [];
  for (let y = region.y; y < region.y + region.height; y++) {
    const start = y * image.width + region.x;
    rows.push(Buffer.from(image.luminance.subarray(start, start + region.width)));
  }
  return Buffer.concat(rows);
}

const TRACKING: readonly { name: string; spec: BarcodeSpec; expected: string }[] = [
  {
    name: 'code128',
    spec: { symbology: 'code128', data: 'JD014600006281234567' },
    expected: 'JD014600006281234567',
  },
  {
    name: 'code128-punctuation',
    // '>' is Code 128's invocation prefix in ZPL and '_' the ^FH escape: both must survive.
    spec: { symbology: 'code128', data: 'WH-0001>2_A b' },
    expected: 'WH-0001>2_A b',
  },
  {
    name: 'gs1-128',
    spec: { symbology: 'gs1-128', data: '(420)75001(92)12345678901234567' },
    // AI 420 has no fixed length, so FNC1 (reported as ASCII GS) must end it before AI 92.
    expected: ']C142075001\u001d9212345678901234567',
  },
  {
    name: 'qr',
    spec: { symbology: 'qr', data: 'https://track.example.com/p/1Z999AA10123456784?lang=en' },
    expected: 'https://track.example.com/p/1Z999AA10123456784?lang=en',
  },
  {
    name: 'datamatrix',
    spec: { symbology: 'datamatrix', data: '1Z999AA10123456784 GB SW1Y4JH 2/3' },
    expected: '1Z999AA10123456784 GB SW1Y4JH 2/3',
  },
];

describe('labels rendered offline decode back to exactly the data meant', () => {
  for (const dpi of [203, 300] as const) {
    for (const { name, spec, expected } of TRACKING) {
      it(`${name} tracking barcode and the SSCC at ${dpi} dpi`, async () => {
        const zpl = renderZpl(label(spec), { dpi });
        const png = await renderLabelPng(zpl, { dpi });
        keep(`${name}-${dpi}`, png);
        const image = decodePng(png);

        const tracking = decodeBarcode(image, spec.symbology, at(dpi, trackingRegion(spec)));
        expect(tracking.text).toBe(expected);

        const sscc = decodeBarcode(image, 'gs1-128', at(dpi, REGIONS_203.sscc));
        expect(sscc.text).toBe(`]C100${SSCC}`);

        // The tracking block keeps clear of the rule under it (at 935 dots): blank paper above it.
        const gap = pixels(image, at(dpi, { x: 0, y: 918, width: 812, height: 14 }));
        expect(gap.every((value) => value > 128)).toBe(true);
      });
    }
  }

  it('reads a 2D tracking symbol from the whole label, with no hint where it is', async () => {
    const spec: BarcodeSpec = { symbology: 'qr', data: 'WH000123456GB' };
    const png = await renderLabelPng(renderZpl(label(spec, { sscc: undefined }), { dpi: 203 }), {
      dpi: 203,
    });
    expect(decodeBarcode(png, 'qr').text).toBe('WH000123456GB');
  });

  it('fails to read a barcode where the label has none, so the proofs above can fail', async () => {
    const spec: BarcodeSpec = { symbology: 'code128', data: 'WH000123456GB' };
    const png = await renderLabelPng(renderZpl(label(spec), { dpi: 203 }), { dpi: 203 });
    // The ship-to block: text only.
    expect(() => decodeBarcode(png, 'code128', { x: 0, y: 230, width: 812, height: 350 })).toThrow(
      /no code128 barcode could be read/,
    );
  });
});

describe('a customer name full of ZPL commands and non-Latin text', () => {
  const hostile = (dpi: 203 | 300, textFont?: string) =>
    renderZpl(
      label(
        { symbology: 'code128', data: 'JD014600006281234567' },
        {
          shipTo: {
            name: HOSTILE_NAME,
            company: 'Back\\slash_Under ~DGR:X.GRF ^FS^XZ',
            lines: ['^XZ^XA^FO0,0^GB812,1218,812^FS', '~JR ~JA 山田ビル 3F'],
            postcode: '100-0001',
            city: 'Tōkyō 東京',
            country: 'JP',
          },
        },
      ),
      { dpi, ...(textFont ? { textFont } : {}) },
    );

  for (const dpi of [203, 300] as const) {
    it(`keeps every ^ and ~ out of the ZPL and leaves the barcodes readable at ${dpi} dpi`, async () => {
      const zpl = hostile(dpi);
      expect(zpl).not.toContain('~');
      expect(zpl.match(/\^XA/g)).toHaveLength(1);
      expect(zpl.match(/\^XZ/g)).toHaveLength(1);
      for (const [, data = ''] of zpl.matchAll(/\^FD(.*?)\^FS/gs))
        expect(data).not.toMatch(/[\^~\\]/);

      const png = await renderLabelPng(zpl, { dpi });
      keep(`hostile-name-${dpi}`, png);
      const image = decodePng(png);
      // A smuggled ^XZ would end the label early and a smuggled ^GB would black it out: the
      // SSCC at the foot of the label still reading proves neither happened.
      expect(decodeBarcode(image, 'code128', at(dpi, REGIONS_203.linearTracking)).text).toBe(
        'JD014600006281234567',
      );
      expect(decodeBarcode(image, 'gs1-128', at(dpi, REGIONS_203.sscc)).text).toBe(`]C100${SSCC}`);
    });
  }

  it('changes nothing on the label but the address block', async () => {
    const spec: BarcodeSpec = { symbology: 'code128', data: 'JD014600006281234567' };
    const plain = decodePng(
      await renderLabelPng(renderZpl(label(spec), { dpi: 203 }), { dpi: 203 }),
    );
    const odd = decodePng(await renderLabelPng(hostile(203), { dpi: 203 }));
    // Below the ship-to block (y ≥ 590 dots) the two labels are the same pixels.
    const below = { x: 0, y: 588, width: plain.width, height: plain.height - 588 };
    expect(pixels(odd, below).equals(pixels(plain, below))).toBe(true);
    // …and the address block itself did change, so the comparison is not vacuous.
    const shipTo = { x: 0, y: 220, width: plain.width, height: 360 };
    expect(pixels(odd, shipTo).equals(pixels(plain, shipTo))).toBe(false);
  });

  it('prints Greek and accented Latin in the printer Unicode font, barcodes still reading', async () => {
    const zpl = hostile(203, 'E:ANMDS.TTF');
    const png = await renderLabelPng(zpl, {
      dpi: 203,
      printerFonts: [await previewStandInFont('E:ANMDS.TTF')],
    });
    keep('hostile-name-unicode-font-203', png);
    const image = decodePng(png);
    // Nothing runs off the right edge: the last 10 dots of the address block are blank paper.
    const edge = pixels(image, { x: 802, y: 220, width: 10, height: 360 });
    expect(edge.every((value) => value > 128)).toBe(true);
    expect(decodeBarcode(image, 'code128', at(203, REGIONS_203.linearTracking)).text).toBe(
      'JD014600006281234567',
    );
    expect(decodeBarcode(image, 'gs1-128', at(203, REGIONS_203.sscc)).text).toBe(`]C100${SSCC}`);
  });
});
