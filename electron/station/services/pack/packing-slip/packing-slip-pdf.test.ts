import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WharfError } from '../../../../../shared/contract/errors';
import { readFontCoverage, substituteMissing } from './font-coverage';
import type { PackingSlipDataInput } from './packing-slip-data';
import { renderPackingSlip } from './packing-slip-pdf';
import { readPdfkitText } from './pdf-text-for-tests';
import { SLIP_FONT_FILES, SOURCE_FONTS_DIR } from './slip-fonts';

const slip = (over: Partial<PackingSlipDataInput> = {}): PackingSlipDataInput => ({
  warehouse: { name: 'Wharf Fulfilment Bristol', addressLines: ['Unit 4, Avonmouth Way'] },
  orderNumber: 'WEB-10452',
  fulfilmentNumber: 'F-BRS-000318',
  packedAt: '2026-11-26T14:05:00Z',
  shipTo: {
    name: 'Zoë Łukasz 王小明',
    lines: ['Улица Ленина 12, кв. 5', 'ul. Świętokrzyska 14', '00-050 Warszawa', 'Poland'],
  },
  serviceLevel: 'Standard (2–3 days)',
  lines: [
    { sku: 'MUG-1', name: 'Blue mug', ordered: 3, packed: 3, backordered: 0 },
    { sku: 'TEA-7', name: 'Earl Grey, 250 g tin', ordered: 3, packed: 1, backordered: 2 },
  ],
  parcels: [
    { number: 'P-BRS-000771', boxCode: 'C3', weightGrams: 4_200 },
    { number: 'P-BRS-000772', boxCode: 'MB-L', weightGrams: 640 },
  ],
  ...over,
});

describe('renderPackingSlip', () => {
  it('renders a compressed A4 PDF with the DejaVu fonts embedded', async () => {
    const pdf = await renderPackingSlip(slip());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    // Sample for people to look at (test-results/ is not committed).
    await mkdir('test-results', { recursive: true });
    await writeFile(join('test-results', 'packing-slip-sample.pdf'), pdf);
  });

  it('prints the order, the ship-to in its own script, the lines, parcels and thanks', async () => {
    const text = readPdfkitText(await renderPackingSlip(slip(), { compress: false }));
    const lines = text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Wharf Fulfilment Bristol',
        'Packing slip',
        'WEB-10452',
        'F-BRS-000318',
        '26 November 2026',
        'Standard (2–3 days)',
        'Улица Ленина 12, кв. 5',
        'ul. Świętokrzyska 14',
        'Backordered',
        'TEA-7',
        'Earl Grey, 250 g tin',
        'The 2 backordered items will follow in a separate delivery.',
        'Parcels (2)',
        '1 of 2 · P-BRS-000771',
        '4.2 kg',
        '640 g',
        'Thank you for your order.',
        'Page 1 of 1',
      ]),
    );
    // DejaVu has no Chinese: those characters are marked, the rest of the name prints.
    expect(lines).toContain('Zoë Łukasz ???');
  });

  it('runs a long order onto more pages, repeating the table header and numbering them', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      sku: `SKU-${i + 1}`,
      name: `Item ${i + 1}`,
      ordered: 1,
      packed: 1,
      backordered: 0,
    }));
    const text = readPdfkitText(
      await renderPackingSlip(slip({ lines: many }), { compress: false }),
    );
    const lines = text.split('\n');
    expect(lines).toContain('SKU-60');
    expect(lines).toContain('Page 3 of 3');
    expect(lines.filter((line) => line === 'Ordered').length).toBe(3);
    expect(lines).not.toContain('The 2 backordered items will follow in a separate delivery.');
  });

  it('keeps long order numbers to one footer line rather than spilling onto a new page', async () => {
    const long = slip({
      orderNumber: 'MARKETPLACE-'.repeat(4) + '1',
      fulfilmentNumber: 'F-'.repeat(25) + '1',
    });
    const pdf = await renderPackingSlip(long, { compress: false });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(readPdfkitText(pdf)).toContain('Page 1 of 1');
  });

  it('refuses a slip with no lines, saying where', async () => {
    const error = await renderPackingSlip(slip({ lines: [] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      details: { issues: [{ path: 'lines', message: 'A packing slip lists at least one line' }] },
    });
  });

  it('says the font is missing when the fonts folder is', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'wharf-fonts-'));
    const error = await renderPackingSlip(slip(), { fontsDir: empty }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect(error).toMatchObject({ code: 'UNAVAILABLE' });
    expect((error as Error).message).toContain('DejaVuSans');
  });
});

describe('font coverage', () => {
  const covers = readFontCoverage(readFileSync(join(SOURCE_FONTS_DIR, SLIP_FONT_FILES.regular)));

  it('knows DejaVu Sans draws Latin, Polish and Cyrillic but not Chinese', () => {
    for (const char of 'AzëŁśЖя€–') expect(covers(char.codePointAt(0) ?? 0), char).toBe(true);
    expect(covers('王'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('replaces each missing character once, astral ones included', () => {
    expect(substituteMissing('Zoë 王小明 📦', covers, '?')).toEqual({
      text: 'Zoë ??? ?',
      missing: ['王', '小', '明', '📦'],
    });
  });
});
