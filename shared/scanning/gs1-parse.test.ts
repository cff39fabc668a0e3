import { describe, expect, it } from 'vitest';
import { GROUP_SEPARATOR as GS, parseGs1Scan } from './gs1-parse';
import type { Gs1ScanErrorCode } from './gs1-scan-error';

const TODAY = new Date(Date.UTC(2026, 10, 26));
const parse = (scan: string) => parseGs1Scan(scan, { today: TODAY });

function elementsOf(scan: string) {
  const result = parse(scan);
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(scan)} to parse: ${result.error.message}`);
  return result.elements.map(({ ai, kind, value }) => ({ ai, kind, value }));
}

function errorOf(scan: string): { code: Gs1ScanErrorCode; ai?: string; message: string } {
  const result = parse(scan);
  if (result.ok) throw new Error(`expected ${JSON.stringify(scan)} to be refused`);
  return result.error;
}

describe('parseGs1Scan: element strings as scanners send them', () => {
  it('reads a GS1-128 with a GS after a variable field and another AI after it', () => {
    const scan = `]C1010950600013435217260630` + `10ABC${GS}21XYZ`;
    const result = parse(scan);
    expect(result).toMatchObject({ ok: true, symbology: 'GS1-128', source: 'element-string' });
    expect(elementsOf(scan)).toEqual([
      { ai: '01', kind: 'text', value: '09506000134352' },
      { ai: '17', kind: 'date', value: '2026-06-30' },
      { ai: '10', kind: 'text', value: 'ABC' },
      { ai: '21', kind: 'text', value: 'XYZ' },
    ]);
  });

  it('reads a GS1 DataMatrix whose last variable field ends with the data (no GS)', () => {
    const result = parse(']d201095060001343521724123110LOT1');
    expect(result.ok && result.symbology).toBe('GS1 DataMatrix');
    expect(elementsOf(']d201095060001343521724123110LOT1')).toEqual([
      { ai: '01', kind: 'text', value: '09506000134352' },
      { ai: '17', kind: 'date', value: '2024-12-31' },
      { ai: '10', kind: 'text', value: 'LOT1' },
    ]);
  });

  it('reads a GS1 QR and a GS1 DataBar the same way', () => {
    expect(elementsOf(`]Q3010950600013435210B-7${GS}3712`)).toEqual([
      { ai: '01', kind: 'text', value: '09506000134352' },
      { ai: '10', kind: 'text', value: 'B-7' },
      { ai: '37', kind: 'integer', value: 12 },
    ]);
    expect(elementsOf(']e0010950600013435215270100')[1]).toEqual({
      ai: '15',
      kind: 'date',
      value: '2027-01-31',
    });
  });

  it('reads an SSCC pallet label with count and content GTIN', () => {
    expect(elementsOf(`]C100106141411234567897020950600013435237${'48'}${GS}400PO-7781`)).toEqual([
      { ai: '00', kind: 'text', value: '106141411234567897' },
      { ai: '02', kind: 'text', value: '09506000134352' },
      { ai: '37', kind: 'integer', value: 48 },
      { ai: '400', kind: 'text', value: 'PO-7781' },
    ]);
  });

  it('reads weights with the decimals their AI gives', () => {
    expect(elementsOf(']C101095060001343523103000750')[1]).toMatchObject({
      ai: '3103',
      kind: 'decimal',
      value: 0.75,
    });
    const result = parse(']C1320200125033051234563300020000');
    expect(result.ok && result.elements).toEqual([
      {
        ai: '3202',
        title: 'NET WEIGHT (lb)',
        raw: '001250',
        kind: 'decimal',
        value: 12.5,
        unit: 'lb',
      },
      {
        ai: '3305',
        title: 'GROSS WEIGHT (kg)',
        raw: '123456',
        kind: 'decimal',
        value: 1.23456,
        unit: 'kg',
      },
      {
        ai: '3300',
        title: 'GROSS WEIGHT (kg)',
        raw: '020000',
        kind: 'decimal',
        value: 20000,
        unit: 'kg',
      },
    ]);
  });

  it('reads GLNs, origin and an expiry date-time', () => {
    expect(elementsOf(`]C14100614141000005${GS}422276${GS}70032606301430`)).toEqual([
      { ai: '410', kind: 'text', value: '0614141000005' },
      { ai: '422', kind: 'text', value: '276' },
      { ai: '7003', kind: 'dateTime', value: '2026-06-30T14:30' },
    ]);
  });

  it('reads DD=00 as the last day of the month', () => {
    expect(elementsOf(']C117260200')).toEqual([{ ai: '17', kind: 'date', value: '2026-02-28' }]);
    expect(elementsOf(']C117280200')).toEqual([{ ai: '17', kind: 'date', value: '2028-02-29' }]);
  });

  it('tolerates a GS after a fixed field, a leading FNC1 and a trailing CR/LF', () => {
    expect(elementsOf(`${GS}0109506000134352${GS}17260630${GS}10A\r\n`)).toEqual([
      { ai: '01', kind: 'text', value: '09506000134352' },
      { ai: '17', kind: 'date', value: '2026-06-30' },
      { ai: '10', kind: 'text', value: 'A' },
    ]);
  });

  it('reads an element string without AIM prefix', () => {
    expect(parse('0109506000134352').ok).toBe(true);
    expect(elementsOf(`2401234-X${GS}250S2`)).toEqual([
      { ai: '240', kind: 'text', value: '1234-X' },
      { ai: '250', kind: 'text', value: 'S2' },
    ]);
  });

  it('reads the human-readable form with parentheses', () => {
    expect(elementsOf('(01)09506000134352(17)260630(10)ABC')).toEqual([
      { ai: '01', kind: 'text', value: '09506000134352' },
      { ai: '17', kind: 'date', value: '2026-06-30' },
      { ai: '10', kind: 'text', value: 'ABC' },
    ]);
    expect(errorOf('(01)0950600013435(10)ABC')).toMatchObject({
      code: 'FIELD_TOO_SHORT',
      ai: '01',
    });
    expect(errorOf('(99)ABC')).toMatchObject({ code: 'UNKNOWN_AI' });
  });
});

describe('parseGs1Scan: plain EAN/UPC scans', () => {
  it.each([
    ['5901234123457', '05901234123457'],
    [']E05901234123457', '05901234123457'],
    ['036000291452', '00036000291452'],
    [']E496385074', '00000096385074'],
    ['10012345678902', '10012345678902'],
  ])('reads %s as GTIN %s', (scan, gtin14) => {
    const result = parse(scan);
    expect(result).toMatchObject({ ok: true, source: 'plain-gtin' });
    expect(elementsOf(scan)).toEqual([{ ai: '01', kind: 'text', value: gtin14 }]);
  });

  it('refuses a plain EAN-13 with a wrong check digit', () => {
    expect(errorOf('5901234123458')).toMatchObject({ code: 'BAD_CHECK_DIGIT', ai: '01' });
  });
});

describe('parseGs1Scan: refusals a picker can act on', () => {
  it('refuses a wrong GTIN check digit with the message the screen shows', () => {
    expect(errorOf(']C10109506000134353')).toEqual({
      code: 'BAD_CHECK_DIGIT',
      ai: '01',
      message:
        'The GTIN check digit is wrong: scan the label again, and if it fails again enter the GTIN by hand.',
    });
  });

  it('refuses wrong SSCC and GLN check digits', () => {
    expect(errorOf(']C100106141411234567890')).toMatchObject({ code: 'BAD_CHECK_DIGIT', ai: '00' });
    expect(errorOf(']C14140614141000006')).toMatchObject({ code: 'BAD_CHECK_DIGIT', ai: '414' });
  });

  it('refuses impossible dates', () => {
    expect(errorOf(']C117251332')).toMatchObject({ code: 'BAD_DATE', ai: '17' });
    expect(errorOf(']C117170000')).toMatchObject({ code: 'BAD_DATE', ai: '17' });
    expect(errorOf(']C111250230')).toMatchObject({ code: 'BAD_DATE', ai: '11' });
    expect(errorOf(']C170032606001430').code).toBe('BAD_DATE');
  });

  it('reads a variable field that runs into the next AI (missing GS) and reports it too long', () => {
    const error = errorOf(']C110LOT12345678901234567821XYZ');
    expect(error).toMatchObject({ code: 'FIELD_TOO_LONG', ai: '10' });
    expect(error.message).toContain('missing a separator');
  });

  it('refuses a fixed field cut short by the end of data or a GS', () => {
    expect(errorOf(']C101095060001343')).toMatchObject({ code: 'FIELD_TOO_SHORT', ai: '01' });
    expect(errorOf(`]C11726063${GS}10A`)).toMatchObject({ code: 'FIELD_TOO_SHORT', ai: '17' });
    expect(errorOf(`]C110${GS}21A`)).toMatchObject({ code: 'FIELD_TOO_SHORT', ai: '10' });
  });

  it('refuses letters in numeric fields and characters outside GS1 CSET 82', () => {
    expect(errorOf(']C13712A')).toMatchObject({ code: 'NOT_NUMERIC', ai: '37' });
    expect(errorOf(']C13103000A50')).toMatchObject({ code: 'NOT_NUMERIC', ai: '3103' });
    expect(errorOf(']C110LOT 1')).toMatchObject({ code: 'INVALID_CHARACTER', ai: '10' });
  });

  it('refuses an unknown AI, at the start or after a known field', () => {
    expect(errorOf(']C19912345')).toMatchObject({ code: 'UNKNOWN_AI' });
    expect(errorOf(`]C110ABC${GS}9912345`).code).toBe('UNKNOWN_AI');
    expect(errorOf(']C131060007500').code).toBe('UNKNOWN_AI');
  });

  it('refuses empty input', () => {
    expect(errorOf('').code).toBe('EMPTY_SCAN');
    expect(errorOf(']C1').code).toBe('EMPTY_SCAN');
    expect(errorOf(GS).code).toBe('EMPTY_SCAN');
  });

  it('tells a non-GS1 barcode (bin label, free text) from a broken GS1 one', () => {
    expect(parse(']A0BIN-A-01-03')).toMatchObject({
      ok: false,
      symbology: 'Code 39',
      error: { code: 'NOT_GS1' },
    });
    expect(errorOf('BIN-A-01-03').code).toBe('NOT_GS1');
  });
});
