import { describe, expect, it } from 'vitest';
import { LabelError } from './label-error';
import type { BarcodeSpec, ShippingLabel } from './shipping-label';
import { renderZpl } from './zpl-label';

function label(overrides: Partial<ShippingLabel> = {}): ShippingLabel {
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
      name: 'Zoë Ł. 王小明 ^~ test_',
      lines: ['^XZ^XA 1 Rue ~JA', 'Bâtiment B'],
      postcode: '75001',
      city: 'Paris',
      country: 'FR',
    },
    carrier: { name: 'RateCard', service: 'Standard 48h' },
    trackingNumber: 'WH000123456GB',
    trackingBarcode: { symbology: 'code128', data: 'WH000123456GB' },
    parcel: { index: 1, count: 2 },
    weightGrams: 2350,
    reference: 'ORD-1042',
    date: '2026-11-26',
    ...overrides,
  };
}

/** The field data of every ^FD…^FS in the label. */
function fields(zpl: string): string[] {
  return [...zpl.matchAll(/\^FD(.*?)\^FS/gs)].map((match) => match[1] ?? '');
}

/** The numbers of every command of one kind, e.g. all ^FO x,y pairs. */
function numbers(zpl: string, command: string): number[][] {
  return [...zpl.matchAll(new RegExp(`\\^${command}([\\d,]+)`, 'g'))].map((match) =>
    (match[1] ?? '')
      .split(',')
      .filter((part) => part !== '')
      .map(Number),
  );
}

describe('renderZpl', () => {
  it('frames a 4×6 label: ^XA, UTF-8, width and length in dots, ^XZ', () => {
    const zpl = renderZpl(label(), { dpi: 203 });
    expect(zpl.startsWith('^XA\n^CI28\n^PW812\n^LL1218\n')).toBe(true);
    expect(zpl.trimEnd().endsWith('^XZ')).toBe(true);
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    const at300 = renderZpl(label(), { dpi: 300 });
    expect(at300).toContain('^PW1200\n^LL1800');
  });

  it('keeps hostile names inside their fields: no raw ^ or ~ in any field, every field under ^FH', () => {
    const zpl = renderZpl(label(), { dpi: 203 });
    for (const data of fields(zpl)) expect(data).not.toMatch(/[\^~]/);
    expect(zpl).not.toContain('~');
    expect(zpl).toContain('^FH_^FDZo_C3_AB _C5_81. _E7_8E_8B_E5_B0_8F_E6_98_8E _5E_7E test_5F^FS');
    expect(zpl).toContain('^FH_^FD_5EXZ_5EXA 1 Rue _7EJA^FS');
    // Every ^ left in the label starts a command the renderer itself writes.
    const commands = new Set([...zpl.matchAll(/\^(..)/g)].map((match) => match[1]));
    const ours = [
      'XA',
      'CI',
      'PW',
      'LL',
      'LH',
      'FO',
      'A0',
      'FH',
      'FD',
      'FS',
      'GB',
      'BY',
      'BC',
      'XZ',
    ];
    expect([...commands].filter((command) => !ours.includes(command ?? ''))).toEqual([]);
    expect(zpl.match(/\^A0N,\d+,\d+\^FH_\^FD/g)?.length).toBe(zpl.match(/\^A0N/g)?.length);
  });

  it('prints carrier, service, parcel k of N, weight, reference and date', () => {
    const zpl = renderZpl(label(), { dpi: 203 });
    for (const text of [
      'RateCard',
      'Standard 48h',
      'Parcel 1 of 2',
      '2.35 kg',
      'Ref: ORD-1042',
      'FRANCE',
      '2026-11-26',
    ]) {
      expect(fields(zpl)).toContain(text);
    }
  });

  it('scales every coordinate, font size and barcode dimension by dpi/203', () => {
    const at203 = renderZpl(label({ sscc: '106141411234567897' }), { dpi: 203 });
    const at300 = renderZpl(label({ sscc: '106141411234567897' }), { dpi: 300 });
    const scaled = (n: number) => Math.round((n * 300) / 203);
    for (const command of ['FO', 'A0N,', 'BCN,', 'GB', 'BY']) {
      const small = numbers(at203, command);
      const large = numbers(at300, command);
      expect(small.length).toBeGreaterThan(0);
      expect(large).toEqual(small.map((values) => values.map(scaled)));
    }
    // Nothing lands outside the 4×6 label at either resolution.
    for (const [zpl, width, height] of [
      [at203, 812, 1218],
      [at300, 1200, 1800],
    ] as const) {
      for (const [x = 0, y = 0] of numbers(zpl, 'FO')) {
        expect(x).toBeLessThan(width);
        expect(y).toBeLessThan(height);
      }
    }
  });

  it.each<[BarcodeSpec, RegExp]>([
    [
      { symbology: 'code128', data: 'WH000123456GB' },
      /\^BCN,130,N,N,N,N\^FH_\^FDWH000123456GB\^FS/,
    ],
    // '>' is sent as '>0' (Code 128 value 30); '><' would be value 62, which prints '^'.
    [{ symbology: 'code128', data: '1Z>999' }, /\^BCN,130,N,N,N,N\^FH_\^FD1Z>0999\^FS/],
    [
      { symbology: 'gs1-128', data: '(00)106141411234567897' },
      /\^BCN,130,N,N,N,N\^FD>;>800106141411234567897\^FS/,
    ],
    // An odd run ends with its last three digits in subset B.
    [{ symbology: 'gs1-128', data: '(420)7500' }, /\^FD>;>84207>6500\^FS/],
    // AI 420 has no predefined length, so FNC1 (>8) ends it before AI 92.
    [{ symbology: 'gs1-128', data: '(420)75001(92)123' }, /\^FD>;>842075001>892>6123\^FS/],
    // AIs 01 and 17 have predefined lengths: no FNC1 between them, only before the lot (10).
    [
      { symbology: 'gs1-128', data: '(01)09501101530003(17)261231(10)551' },
      /\^FD>;>801095011015300031726123110>6551\^FS/,
    ],
    [
      { symbology: 'qr', data: 'https://track.example/WH1' },
      /\^BQN,2,6\^FH_\^FDLA,https:\/\/track.example\/WH1\^FS/,
    ],
    [{ symbology: 'datamatrix', data: 'WH000123456GB' }, /\^BXN,8,200\^FH_\^FDWH000123456GB\^FS/],
  ])('renders %j as the right barcode command', (spec, command) => {
    expect(renderZpl(label({ trackingBarcode: spec }), { dpi: 203 })).toMatch(command);
  });

  it('narrows long barcodes and small-modules dense 2D symbols so they stay on the label', () => {
    const long = 'A'.repeat(48);
    const code128 = renderZpl(label({ trackingBarcode: { symbology: 'code128', data: long } }), {
      dpi: 203,
    });
    const [moduleWidth = 0] = numbers(code128, 'BY')[0] ?? [];
    // 48 characters in subset B: start, 48 symbols, check and stop.
    expect(moduleWidth * (11 + 48 * 11 + 11 + 13)).toBeLessThanOrEqual(812 - 30);
    expect(moduleWidth).toBeGreaterThanOrEqual(1);

    const qr = renderZpl(
      label({ trackingBarcode: { symbology: 'qr', data: `https://t.example/${'x'.repeat(250)}` } }),
      { dpi: 203 },
    );
    // 268 bytes need QR version 10 (57 modules): 165 dots less the 10-dot ^BQ offset fit 2.
    expect(qr).toContain('^BQN,2,2^FH_^FDLA,');
    const dm = renderZpl(
      label({ trackingBarcode: { symbology: 'datamatrix', data: 'D'.repeat(200) } }),
      {
        dpi: 300,
      },
    );
    // 200 characters need up to 200 codewords, a 52×52 symbol: 244 dots at 300 dpi allow 4-dot modules.
    expect(dm).toContain('^BXN,4,200^FH_');
  });

  it('draws every text field in the printer Unicode font when one is configured', () => {
    const zpl = renderZpl(label(), { dpi: 203, textFont: 'E:ANMDS.TTF' });
    expect(zpl).toContain('^CI28\n^PW812\n^LL1218\n^CW1,E:ANMDS.TTF\n');
    expect(zpl).not.toContain('^A0N');
    expect(zpl.match(/\^A1N,\d+,\d+\^FH_\^FD/g)?.length).toBe(fields(zpl).length - 1);
  });

  it('shrinks text in a wider Unicode font so the longest line stays inside its column', () => {
    const long = 'W'.repeat(34);
    const shipTo = { ...label().shipTo, lines: [long] };
    const service = 'Express Saver Plus 12h';
    const sizeOf = (zpl: string, data: string) =>
      Number(new RegExp(`\\^A[01]N,(\\d+),\\d+\\^FH_\\^FD${data}\\^FS`).exec(zpl)?.[1]);
    const font0 = renderZpl(label({ shipTo, carrier: { name: 'RC', service } }), { dpi: 203 });
    const font1 = renderZpl(label({ shipTo, carrier: { name: 'RC', service } }), {
      dpi: 203,
      textFont: 'E:ANMDS.TTF',
    });
    // The condensed font 0 keeps the full 38 dots; the wider font drops to what fits 752 dots.
    expect(sizeOf(font0, long)).toBe(38);
    expect(sizeOf(font1, long)).toBe(Math.floor(752 / (34 * 0.7)));
    // Every line of the block takes the same size.
    expect(sizeOf(font1, '75001 Paris')).toBe(sizeOf(font1, long));
    // The service sits in the right-hand column: 312 dots from x = 470.
    expect(sizeOf(font1, service)).toBe(Math.floor(312 / (22 * 0.7)));
    expect(sizeOf(font1, service) * 22 * 0.7).toBeLessThanOrEqual(312);
  });

  it('refuses a font path that could smuggle commands into the label', () => {
    expect(() => renderZpl(label(), { dpi: 203, textFont: 'E:X.TTF^XZ' })).toThrow(
      /printer font path like 'E:ANMDS.TTF'/,
    );
  });

  it('prints the SSCC as GS1-128 with FNC1 and AI 00, with a bracketed human-readable line', () => {
    const zpl = renderZpl(label({ sscc: '106141411234567897' }), { dpi: 203 });
    expect(zpl).toContain('^FD>;>800106141411234567897^FS');
    expect(fields(zpl)).toContain('(00) 106141411234567897');
    expect(renderZpl(label(), { dpi: 203 })).not.toContain('>;>800');
  });

  it('prints a full eight-line address smaller so it stays above the next block', () => {
    const full = {
      name: 'Name',
      company: 'Company',
      lines: ['Line 1', 'Line 2', 'Line 3', 'Line 4'],
      postcode: '75001',
      city: 'Paris',
      country: 'FR',
    };
    const zpl = renderZpl(label({ shipFrom: full, shipTo: full }), { dpi: 203 });
    const rows = [...zpl.matchAll(/\^FO\d+,(\d+)\^A0N,(\d+),\d+\^FH_\^FD(.*?)\^FS/g)].map(
      ([, y, size, data]) => ({ bottom: Number(y) + Number(size), data }),
    );
    const countries = rows.filter((row) => row.data === 'FRANCE');
    expect(countries).toHaveLength(2);
    expect(countries[0]?.bottom).toBeLessThanOrEqual(215);
    expect(countries[1]?.bottom).toBeLessThanOrEqual(590);
  });

  it('cuts an over-long address line with an ellipsis rather than running off the label', () => {
    const long = 'A'.repeat(100);
    const zpl = renderZpl(label({ shipTo: { ...label().shipTo, lines: [long] } }), { dpi: 203 });
    expect(zpl).toContain(`^FD${'A'.repeat(33)}_E2_80_A6^FS`);
  });

  it.each<[Partial<ShippingLabel>, RegExp]>([
    [{ sscc: '106141411234567890' }, /sscc: SSCC must be 18 digits ending in its GS1 check digit/],
    [{ parcel: { index: 3, count: 2 } }, /parcel.index/],
    [{ trackingBarcode: { symbology: 'code128', data: 'AB^XZ' } }, /must not contain \^, ~ or \\/],
    [
      { trackingBarcode: { symbology: 'datamatrix', data: 'AB_1' } },
      /DataMatrix data must not contain _/,
    ],
    [{ trackingBarcode: { symbology: 'gs1-128', data: '(00)ABC' } }, /GS1-128 data must be digits/],
    [{ weightGrams: 0 }, /weightGrams/],
    [{ date: '26/11/2026' }, /date must be YYYY-MM-DD/],
  ])('refuses a label with %j', (overrides, message) => {
    expect(() => renderZpl(label(overrides), { dpi: 203 })).toThrow(LabelError);
    expect(() => renderZpl(label(overrides), { dpi: 203 })).toThrow(message);
  });
});
