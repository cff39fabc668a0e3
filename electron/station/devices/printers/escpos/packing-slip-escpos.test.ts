import { afterEach, describe, expect, it } from 'vitest';
import { LabelError } from '../../../../../shared/labels/label-error';
import type { PackingSlipDataInput } from '../../../services/pack/packing-slip/packing-slip-data';
import { createTcp9100Driver } from '../tcp-9100-driver';
import { startCapturePrinter, type CapturePrinter } from '../testing/capture-printer';
import { readEscPos } from './escpos-commands-for-tests';
import { LINE_WIDTH } from './escpos-document';
import { renderPackingSlipEscPos } from './packing-slip-escpos';

const slip = (over: Partial<PackingSlipDataInput> = {}): PackingSlipDataInput => ({
  warehouse: { name: 'Wharf Fulfilment Bristol', addressLines: ['Unit 4, Avonmouth Way'] },
  orderNumber: 'WEB-10452',
  fulfilmentNumber: 'F-BRS-000318',
  packedAt: '2026-11-26T14:05:00Z',
  shipTo: {
    name: 'Zoë Łukasz 王小明',
    lines: ['ul. Świętokrzyska 14', '00-050 Warszawa', 'Poland'],
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

const ESC_INIT = Buffer.from([0x1b, 0x40]);
const GS_CUT = Buffer.from([0x1d, 0x56]);

let printer: CapturePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

describe('renderPackingSlipEscPos', () => {
  it('starts with ESC @ then code page 1252, and ends with a cut', () => {
    const bytes = renderPackingSlipEscPos(slip());
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from([0x1b, 0x40, 0x1b, 0x74, 16]));
    const { commands } = readEscPos(bytes);
    expect(commands.filter((command) => command.kind === 'cut')).toEqual([
      { kind: 'cut', mode: 0 },
    ]);
    // The cut is the last thing that prints: only the printer reset may follow it.
    const cut = commands.findIndex((command) => command.kind === 'cut');
    expect(commands.slice(cut + 1)).toEqual([{ kind: 'init' }]);
    expect(bytes.includes(GS_CUT)).toBe(true);
    expect(bytes.indexOf(ESC_INIT)).toBe(0);
  });

  it('prints the order, ship-to, lines with quantities, parcel k of N and the order barcode', () => {
    const { commands, lines } = readEscPos(renderPackingSlipEscPos(slip(), { parcel: 2 }));
    expect(lines).toEqual(
      expect.arrayContaining([
        'PACKING SLIP',
        `Order${' '.repeat(LINE_WIDTH - 'Order'.length - 'WEB-10452'.length)}WEB-10452`,
        'Parcel 2 of 2',
        '  P-BRS-000772, box MB-L, 0.64 kg',
        // Ł has no decomposition, so it is mapped by hand; Chinese has no Latin-1 form.
        '  Zoë Lukasz ???',
        '  ul. Swietokrzyska 14',
        '   3 MUG-1          Blue mug',
        '   1 TEA-7          Earl Grey, 250 g tin',
        '                    (ordered 3, 2 to follow)',
        'WEB-10452',
        'Thank you for your order.',
      ]),
    );
    expect(commands).toContainEqual({ kind: 'barcode', type: 73, data: '{BWEB-10452' });
    expect(commands.filter((command) => command.kind === 'unknown')).toEqual([]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(LINE_WIDTH);
  });

  it('keeps control bytes in customer text from becoming printer commands', () => {
    const bytes = renderPackingSlipEscPos(
      slip({
        shipTo: { name: 'Eve \u001b@\u001dV\u0000 Mallory', lines: ['1 \u001bd\u0009Street'] },
      }),
    );
    const { commands, lines } = readEscPos(bytes);
    expect(lines).toEqual(expect.arrayContaining(['  Eve @V Mallory', '  1 d Street']));
    expect(commands.filter((command) => command.kind === 'unknown')).toEqual([]);
    expect(commands.filter((command) => command.kind === 'init')).toHaveLength(2);
    expect(commands.filter((command) => command.kind === 'cut')).toHaveLength(1);
  });

  it('writes { in the order number as {{ so the printer does not take it as a code set switch', () => {
    const { commands } = readEscPos(renderPackingSlipEscPos(slip({ orderNumber: 'A{1' })));
    expect(commands).toContainEqual({ kind: 'barcode', type: 73, data: '{BA{{1' });
  });

  it('prints the order number as text alone when it is too long to scan from 80 mm paper', () => {
    const orderNumber = 'MARKETPLACE-ORDER-000000000001234';
    const { commands, lines } = readEscPos(renderPackingSlipEscPos(slip({ orderNumber })));
    expect(commands.some((command) => command.kind === 'barcode')).toBe(false);
    expect(lines).toContain(orderNumber);
  });

  it('refuses a slip with no lines, or a parcel the order does not have, saying what is wrong', () => {
    expect(() => renderPackingSlipEscPos(slip({ lines: [] }))).toThrow(
      new LabelError(
        'INVALID_SLIP',
        'The packing slip cannot be printed: lines: A packing slip lists at least one line',
      ),
    );
    expect(() => renderPackingSlipEscPos(slip(), { parcel: 3 })).toThrow(
      /parcel: parcel 3 does not exist: the order has 2 parcel\(s\)/,
    );
    expect(() => renderPackingSlipEscPos(slip(), { parcel: 0 })).toThrow(LabelError);
  });

  it('reaches a port-9100 printer byte for byte', async () => {
    printer = await startCapturePrinter();
    const bytes = renderPackingSlipEscPos(slip());
    await createTcp9100Driver(printer.address).send(bytes);
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]?.equals(bytes)).toBe(true);
  });
});
