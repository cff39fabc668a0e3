import { describe, expect, it } from 'vitest';
import { LabelError } from '../../../../shared/labels/label-error';
import { renderZpl } from '../../../../shared/labels/zpl-label';
import type { ShippingLabel } from '../../../../shared/labels/shipping-label';
import { renderLabelPng } from './label-preview';
import { previewStandInFont } from './preview/printer-fonts';
import { decodePng, type GrayImage } from './testing/decode-png';

const label: ShippingLabel = {
  shipFrom: {
    name: 'Wharf',
    lines: ['Dock Road'],
    postcode: 'LS1 4AB',
    city: 'Leeds',
    country: 'GB',
  },
  shipTo: {
    name: 'Ωmega Тверская',
    lines: ['1 Main St'],
    postcode: '10115',
    city: 'Berlin',
    country: 'DE',
  },
  carrier: { name: 'RateCard', service: 'Standard' },
  trackingNumber: 'WH1',
  trackingBarcode: { symbology: 'code128', data: 'WH000123456GB' },
  parcel: { index: 1, count: 1 },
  weightGrams: 500,
  reference: 'ORD-1',
  date: '2026-11-26',
};

function inkIn(image: GrayImage): number {
  return image.luminance.reduce((dark, value) => dark + (value < 128 ? 1 : 0), 0);
}

/** One line of 60-dot text in the printer's font 1 (^CW'd to E:ANMDS.TTF) or the resident font 0. */
function oneWord(hexUtf8: string, font: '0' | '1'): string {
  return `^XA^CI28^CW1,E:ANMDS.TTF^FO20,20^A${font}N,60,60^FH_^FD${hexUtf8}^FS^XZ`;
}
const OMEGA = '_CE_A9';
const MOUNTAIN = '_E5_B1_B1'; // 山: no glyph in font 0 or in DejaVu Sans

describe('renderLabelPng', () => {
  it('draws a 4×6 label on the printer’s own dot grid at 203 and 300 dpi', async () => {
    for (const [dpi, width, height] of [
      [203, 813, 1220],
      [300, 1220, 1829],
    ] as const) {
      const image = decodePng(await renderLabelPng(renderZpl(label, { dpi }), { dpi }));
      expect([image.width, image.height]).toEqual([width, height]);
      // A label, not a blank page: text, rules and a barcode put ink on 3–30 % of it.
      const ink = inkIn(image) / (width * height);
      expect(ink).toBeGreaterThan(0.03);
      expect(ink).toBeLessThan(0.3);
    }
  });

  it.each([
    ['', /not a ZPL label/],
    ['Hello printer', /not a ZPL label: it must start with \^XA and end with \^XZ/],
    ['^XA^FO10,10^FDno end', /not a ZPL label/],
    ['^XZ^XA', /not a ZPL label/],
    ['^XA^XZ', /the ZPL renderer refused the label \(it has no fields to draw\)/],
    ['^XA garbage ^XZ', /it has no fields to draw/],
  ])('refuses %j with a LabelError a person can act on', async (zpl, message) => {
    const attempt = renderLabelPng(zpl, { dpi: 203 });
    await expect(attempt).rejects.toBeInstanceOf(LabelError);
    await expect(attempt).rejects.toMatchObject({ code: 'UNRENDERABLE_ZPL', message });
  });

  it('refuses a resolution the printers do not have and a font path that is not one', async () => {
    const zpl = renderZpl(label, { dpi: 203 });
    // @ts-expect-error 600 dpi is not a Zebra resolution we drive; callers outside TypeScript can still send it.
    await expect(renderLabelPng(zpl, { dpi: 600 })).rejects.toThrow(/dpi must be 203 or 300/);
    await expect(
      renderLabelPng(zpl, {
        dpi: 203,
        printerFonts: [{ path: 'E:X.TTF^XZ', ttf: Buffer.from('x') }],
      }),
    ).rejects.toThrow(/printerFonts\.0\.path: a printer font path looks like 'E:ANMDS.TTF'/);
    await expect(
      renderLabelPng(zpl, {
        dpi: 203,
        printerFonts: [{ path: 'E:X.TTF', ttf: Buffer.from('not a font') }],
      }),
    ).rejects.toThrow(/the ZPL renderer refused the label \(.*invalid TrueType/);
  });

  it('shows Greek where the printer has a Unicode font, and boxes where it only has font 0', async () => {
    const font = await previewStandInFont('E:ANMDS.TTF');
    const draw = async (hex: string, fontId: '0' | '1', printerFonts = [font]) =>
      decodePng(await renderLabelPng(oneWord(hex, fontId), { dpi: 203, printerFonts }));

    // Font 0 has neither Ω nor 山: both come out as the same missing-glyph box.
    const omega0 = await draw(OMEGA, '0', []);
    const mountain0 = await draw(MOUNTAIN, '0', []);
    expect(Buffer.from(omega0.luminance).equals(Buffer.from(mountain0.luminance))).toBe(true);

    // With the printer's Unicode font standing in, Ω is a real glyph, unlike the box for 山.
    const omega1 = await draw(OMEGA, '1');
    const mountain1 = await draw(MOUNTAIN, '1');
    expect(inkIn(omega1)).toBeGreaterThan(200);
    expect(Buffer.from(omega1.luminance).equals(Buffer.from(mountain1.luminance))).toBe(false);
    expect(Buffer.from(omega1.luminance).equals(Buffer.from(omega0.luminance))).toBe(false);
  });
});
