import { formatMinor } from '../../../../../shared/domain/money-format';
import { EscPosDocument } from './escpos-document';
import { shippingReceiptSchema, type ShippingReceiptInput } from './shipping-receipt';
import { invalidSlip } from './slip-error';

/** "2026-11-26 14:05 UTC": receipts are read by people, and the station keeps time in UTC. */
function formatShippedAt(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * A shipping receipt for an 80 mm ESC/POS printer (Epson command set): parcel, carrier and
 * service, tracking number (also as Code 128, so it can be scanned back at the counter) and the
 * price in the currency's own minor units. Refuses incomplete data with a LabelError coded
 * INVALID_SLIP.
 */
export function renderReceiptEscPos(input: ShippingReceiptInput): Buffer {
  const parsed = shippingReceiptSchema.safeParse(input);
  if (!parsed.success) throw invalidSlip('shipping receipt', parsed.error);
  const receipt = parsed.data;

  const doc = new EscPosDocument()
    .heading('SHIPPING RECEIPT')
    .text(receipt.warehouse.name, { bold: true });
  for (const line of receipt.warehouse.addressLines) doc.text(line);
  doc.rule().pair('Date', formatShippedAt(receipt.shippedAt)).pair('Parcel', receipt.parcelNumber);
  if (receipt.orderNumber !== undefined) doc.pair('Order', receipt.orderNumber);
  doc.pair('Carrier', receipt.carrier).pair('Service', receipt.service);
  if (receipt.weightGrams !== undefined) {
    doc.pair('Weight', `${(receipt.weightGrams / 1000).toFixed(2)} kg`);
  }
  doc.pair('Tracking', receipt.trackingNumber).rule();
  doc.pair('Price', formatMinor(receipt.price.amountMinor, receipt.price.currency), {
    bold: true,
  });
  doc.rule();
  doc.barcode128(receipt.trackingNumber);
  doc.text(receipt.trackingNumber);
  return doc.cut();
}
