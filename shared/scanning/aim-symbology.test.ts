import { describe, expect, it } from 'vitest';
import { readAimPrefix } from './aim-symbology';

const GS = '\u001d';

describe('readAimPrefix', () => {
  it.each([
    [']C1010950600013435217260630', 'GS1-128', true],
    [']C0ABC-123', 'Code 128', false],
    [']d201095060001343521724123110LOT1', 'GS1 DataMatrix', true],
    [']d1hello', 'Data Matrix', false],
    [']Q3010950600013435210ABC', 'GS1 QR Code', true],
    [']Q1https://example.com', 'QR Code', false],
    [']e0010950600013435217260630', 'GS1 DataBar', true],
    [']E09506000134352', 'EAN-13 / UPC-A', false],
    [']E496385074', 'EAN-8', false],
    [']A0BIN-A-01-03', 'Code 39', false],
  ])('reads %s as %s', (scan, symbology, isGs1) => {
    const reading = readAimPrefix(scan);
    expect(reading).not.toBeNull();
    expect(reading?.symbology).toBe(symbology);
    expect(reading?.isGs1).toBe(isGs1);
    expect(reading?.data).toBe(scan.slice(3));
  });

  it('marks EAN/UPC symbols so a bare GTIN is expected', () => {
    expect(readAimPrefix(']E05901234123457')?.isEanUpc).toBe(true);
    expect(readAimPrefix(']C1015901234123457')?.isEanUpc).toBe(false);
  });

  it('keeps group separators in the data', () => {
    expect(readAimPrefix(`]C110ABC${GS}21XYZ`)?.data).toBe(`10ABC${GS}21XYZ`);
  });

  it('strips an unknown but well-formed prefix and names it', () => {
    const reading = readAimPrefix(']W0data');
    expect(reading?.symbology).toBe('Unknown symbology (]W0)');
    expect(reading?.isGs1).toBe(false);
    expect(reading?.data).toBe('data');
  });

  it('returns null when the scan has no prefix', () => {
    expect(readAimPrefix('0109506000134352')).toBeNull();
    expect(readAimPrefix('')).toBeNull();
    expect(readAimPrefix(']C')).toBeNull();
    expect(readAimPrefix('] 1abc')).toBeNull();
  });
});
