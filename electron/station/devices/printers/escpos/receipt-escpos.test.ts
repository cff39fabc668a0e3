import { afterEach, describe, expect, it } from 'vitest';
import { LabelError } from '../../../../../shared/labels/label-error';
import { createTcp9100Driver } from '../tcp-9100-driver';
import { startCapturePrinter, type CapturePrinter } from '../testing/capture-printer';
import { readEscPos } from './escpos-commands-for-tests';
import { renderReceiptEscPos } from './receipt-escpos';
import type { ShippingReceiptInput } from './shipping-receipt';

const receipt = (over: Partial<ShippingReceiptInput> = {}): ShippingReceiptInput => ({
  warehouse: { name: 'Wharf Fulfilment Bristol', addressLines: ['Unit 4, Avonmouth Way'] },
  parcelNumber: 'P-BRS-000771',
  orderNumber: 'WEB-10452',
  carrier: 'RateCard',
  service: 'Next day',
  trackingNumber: 'JD014600006281234567',
  weightGrams: 4_200,
  price: { amountMinor: 123_456, currency: 'GBP' },
  shippedAt: '2026-11-26T14:05:09Z',
  ...over,
});

const pad = (left: string, right: string) =>
  `${left}${' '.repeat(48 - left.length - right.length)}${right}`;

let printer: CapturePrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

describe('renderReceiptEscPos', () => {
  it('prints parcel, carrier, service, tracking and the price in minor units, then cuts', () => {
    const bytes = renderReceiptEscPos(receipt());
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from([0x1b, 0x40, 0x1b, 0x74, 16]));
    const { commands, lines } = readEscPos(bytes);
    expect(lines).toEqual(
      expect.arrayContaining([
        'SHIPPING RECEIPT',
        pad('Date', '2026-11-26 14:05 UTC'),
        pad('Parcel', 'P-BRS-000771'),
        pad('Order', 'WEB-10452'),
        pad('Carrier', 'RateCard'),
        pad('Service', 'Next day'),
        pad('Weight', '4.20 kg'),
        pad('Tracking', 'JD014600006281234567'),
        pad('Price', 'GBP 1,234.56'),
      ]),
    );
    expect(commands).toContainEqual({ kind: 'barcode', type: 73, data: '{BJD014600006281234567' });
    expect(commands.filter((command) => command.kind === 'cut')).toHaveLength(1);
    expect(commands.filter((command) => command.kind === 'unknown')).toEqual([]);
  });

  it('formats currencies by their own minor unit: yen have none, dinars three', () => {
    const yen = readEscPos(
      renderReceiptEscPos(receipt({ price: { amountMinor: 1500, currency: 'JPY' } })),
    );
    expect(yen.lines).toContain(pad('Price', 'JPY 1,500'));
    const dinar = readEscPos(
      renderReceiptEscPos(receipt({ price: { amountMinor: 1500, currency: 'KWD' } })),
    );
    expect(dinar.lines).toContain(pad('Price', 'KWD 1.500'));
  });

  it('refuses a price in decimals or an unknown currency form, naming the field', () => {
    expect(() =>
      renderReceiptEscPos(receipt({ price: { amountMinor: 12.5, currency: 'GBP' } })),
    ).toThrow(
      /^The shipping receipt cannot be printed: price\.amountMinor: Amounts are whole minor units/,
    );
    expect(() =>
      renderReceiptEscPos(receipt({ price: { amountMinor: 100, currency: 'pounds' } })),
    ).toThrow(LabelError);
    expect(() => renderReceiptEscPos({ ...receipt(), trackingNumber: '' })).toThrow(
      /trackingNumber/,
    );
  });

  it('reaches a port-9100 printer byte for byte', async () => {
    printer = await startCapturePrinter();
    const bytes = renderReceiptEscPos(receipt());
    await createTcp9100Driver(printer.address).send(bytes);
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]?.equals(bytes)).toBe(true);
  });
});
