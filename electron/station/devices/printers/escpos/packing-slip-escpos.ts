import { z } from 'zod';
import {
  PackingSlipDataSchema,
  type PackingSlipData,
  type PackingSlipDataInput,
} from '../../../services/pack/packing-slip/packing-slip-data';
import { EscPosDocument, LINE_WIDTH } from './escpos-document';
import { toPrinterText, wrapText } from './printer-text';
import { invalidSlip } from './slip-error';

export const packingSlipEscPosOptionsSchema = z.strictObject({
  /** Which parcel (1-based) this slip goes into, printed as "Parcel k of N". */
  parcel: z.number().int().min(1).default(1),
});
export type PackingSlipEscPosOptions = z.input<typeof packingSlipEscPosOptionsSchema>;

const QTY = 4;
const SKU = 14;
const NAME = LINE_WIDTH - QTY - SKU - 2;

function formatKg(grams: number): string {
  return `${(grams / 1000).toFixed(2)} kg`;
}

/** One order line as table rows: quantity, SKU, then the name wrapped in its own column. */
function itemRows(line: PackingSlipData['lines'][number]): string[] {
  const qty = String(line.packed).padStart(QTY);
  const sku = toPrinterText(line.sku);
  const notes = [
    line.packed !== line.ordered ? `ordered ${line.ordered}` : '',
    line.backordered > 0 ? `${line.backordered} to follow` : '',
  ].filter((note) => note !== '');
  const name = `${toPrinterText(line.name)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  const names = wrapText(name, NAME);
  const indent = ' '.repeat(QTY + SKU + 2);
  if (sku.length > SKU) {
    // A long SKU gets the whole line: cutting it would print a different SKU.
    return [`${qty} ${sku}`, ...names.map((part) => `${indent}${part}`)];
  }
  const [first = '', ...rest] = names;
  return [`${qty} ${sku.padEnd(SKU)} ${first}`, ...rest.map((part) => `${indent}${part}`)];
}

/**
 * The packing slip for an 80 mm ESC/POS printer (Epson command set), from the same data the A4
 * PDF slip uses: order number, ship-to, the lines packed, "Parcel k of N", the order number as a
 * Code 128 barcode for the packing bench to scan, and a cut. Refuses incomplete data with a
 * LabelError coded INVALID_SLIP.
 */
export function renderPackingSlipEscPos(
  input: PackingSlipDataInput,
  options: PackingSlipEscPosOptions = {},
): Buffer {
  const parsedSlip = PackingSlipDataSchema.safeParse(input);
  if (!parsedSlip.success) throw invalidSlip('packing slip', parsedSlip.error);
  const parsedOptions = packingSlipEscPosOptionsSchema.safeParse(options);
  if (!parsedOptions.success) throw invalidSlip('packing slip', parsedOptions.error);
  const slip = parsedSlip.data;
  const { parcel } = parsedOptions.data;
  const parcelCount = Math.max(1, slip.parcels.length);
  if (parcel > parcelCount) {
    throw invalidSlip(
      'packing slip',
      new z.ZodError([
        {
          code: 'custom',
          path: ['parcel'],
          message: `parcel ${parcel} does not exist: the order has ${parcelCount} parcel(s)`,
          input: parcel,
        },
      ]),
    );
  }

  const doc = new EscPosDocument()
    .heading('PACKING SLIP')
    .text(slip.warehouse.name, { bold: true });
  for (const line of slip.warehouse.addressLines) doc.text(line);
  doc
    .rule()
    .pair('Order', slip.orderNumber)
    .pair('Fulfilment', slip.fulfilmentNumber)
    .pair('Packed', slip.packedAt.slice(0, 10))
    .pair('Service', slip.serviceLevel);
  const thisParcel = slip.parcels[parcel - 1];
  doc.text(`Parcel ${parcel} of ${parcelCount}`, { bold: true });
  if (thisParcel) {
    doc.text(
      `${thisParcel.number}, box ${thisParcel.boxCode}, ${formatKg(thisParcel.weightGrams)}`,
      {
        indent: 2,
      },
    );
  }
  doc.rule().text('Ship to:', { bold: true }).text(slip.shipTo.name, { indent: 2 });
  for (const line of slip.shipTo.lines) doc.text(line, { indent: 2 });
  doc
    .rule()
    .lines([`${'Qty'.padStart(QTY)} ${'SKU'.padEnd(SKU)} Item`])
    .rule()
    .lines(slip.lines.flatMap(itemRows))
    .rule();
  doc.barcode128(slip.orderNumber);
  doc.text(slip.orderNumber).text(slip.footer);
  return doc.cut();
}
