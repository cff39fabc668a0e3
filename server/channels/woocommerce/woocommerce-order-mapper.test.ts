import { describe, expect, it } from 'vitest';
import type { OrderCapture } from '../../../shared/api/order-capture';
import { catchChannelError, issuePaths, readJsonFixture } from '../testing/catch-channel-error';
import { withValue, without } from '../testing/edit-json';
import { mapWooCommerceOrder } from './woocommerce-order-mapper';

const fixture = (name: string) => readJsonFixture(new URL(`./fixtures/${name}`, import.meta.url));
const usd = fixture('order-created.json');
const eur = fixture('order-created-eur-tax-inclusive.json');

const johnsAddress = {
  name: 'John Doe',
  company: undefined,
  line1: '969 Market',
  line2: undefined,
  city: 'San Francisco',
  region: 'CA',
  postcode: '94103',
  country: 'US',
};

describe('mapWooCommerceOrder', () => {
  it("maps WooCommerce's documented order exactly", () => {
    const expected: OrderCapture = {
      externalId: '727',
      placedAt: '2017-03-22T19:28:02.000Z',
      currency: 'USD',
      customer: { email: 'john.doe@example.com', name: 'John Doe', phone: '(555) 555-5555' },
      shipTo: { ...johnsAddress, phone: undefined },
      billTo: { ...johnsAddress, phone: '(555) 555-5555' },
      lines: [
        { sku: 'WOO-SINGLE-1', quantity: 2, unitPriceMinor: 300 },
        { sku: 'Bar3', quantity: 1, unitPriceMinor: 1200 },
      ],
      shippingMinor: 1000,
      taxMinor: 135,
      taxIncluded: false,
      discountMinor: 0,
      totalMinor: 2935,
      payment: { status: 'paid', method: 'Direct Bank Transfer' },
      serviceLevel: 'standard',
      notes: undefined,
    };
    expect(mapWooCommerceOrder(usd)).toEqual(expected);
  });

  it('carries a tax-inclusive shop as gross prices, coupon and shipping included', () => {
    const address = {
      name: 'Lena Hoffmann',
      company: undefined,
      line1: 'Bergmannstraße 42',
      line2: 'Hinterhaus, 3. OG',
      city: 'Berlin',
      region: 'BE',
      postcode: '10961',
      country: 'DE',
    };
    const expected: OrderCapture = {
      externalId: '48213',
      placedAt: '2024-10-07T12:05:31.000Z',
      currency: 'EUR',
      customer: {
        email: 'lena.hoffmann@example.de',
        name: 'Lena Hoffmann',
        phone: '+49 30 1234567',
      },
      shipTo: { ...address, phone: undefined },
      billTo: { ...address, phone: '+49 30 1234567' },
      lines: [
        { sku: 'TF-750-SS', quantity: 2, unitPriceMinor: 2490 },
        { sku: 'BD-BAM', quantity: 1, unitPriceMinor: 1850 },
      ],
      shippingMinor: 490,
      taxMinor: 1060,
      taxIncluded: true,
      discountMinor: 683,
      totalMinor: 6637,
      payment: { status: 'paid', method: 'Kreditkarte (Stripe)' },
      serviceLevel: 'standard',
      notes: 'Bitte beim Nachbarn abgeben, falls niemand da ist.',
    };
    expect(mapWooCommerceOrder(eur)).toEqual(expected);
  });

  it('reads payment status from status, date paid and the COD method', () => {
    const status = (changes: Record<string, unknown>) =>
      mapWooCommerceOrder(
        Object.entries(changes).reduce((body, [path, value]) => withValue(body, path, value), usd),
      ).payment.status;
    expect(status({ status: 'completed' })).toBe('paid');
    expect(status({ date_paid_gmt: null })).toBe('pending');
    expect(status({ date_paid_gmt: '' })).toBe('pending');
    expect(status({ status: 'on-hold', date_paid_gmt: null })).toBe('pending');
    expect(status({ status: 'pending', date_paid_gmt: null })).toBe('pending');
    expect(status({ payment_method: 'cod', date_paid_gmt: null })).toBe('cash_on_delivery');
    expect(status({ payment_method: 'cod', status: 'on-hold', date_paid_gmt: null })).toBe(
      'cash_on_delivery',
    );
    expect(status({ payment_method: 'cod', status: 'completed' })).toBe('paid');
    expect(status({ status: 'refunded' })).toBe('refunded');
    expect(status({ status: 'cancelled' })).toBe('voided');
    expect(status({ status: 'failed', date_paid_gmt: null })).toBe('pending');
  });

  it('stores injection-looking text verbatim', () => {
    const hostile = "=cmd|' /C calc'!A0 '; DROP TABLE orders;-- <script>alert(1)</script>";
    const capture = mapWooCommerceOrder(
      withValue(withValue(usd, 'customer_note', hostile), 'billing.last_name', hostile),
    );
    expect(capture.notes).toBe(hostile);
    expect(capture.customer.name).toBe(`John ${hostile}`);
  });

  it('reads a three-decimal currency exactly', () => {
    let kwd = withValue(usd, 'currency', 'KWD');
    for (const [path, value] of [
      ['line_items.0.subtotal', '6.000'],
      ['line_items.0.total', '6.000'],
      ['line_items.1.subtotal', '12.250'],
      ['line_items.1.total', '12.250'],
      ['shipping_total', '1.500'],
      ['total_tax', '0.135'],
      ['total', '19.885'],
    ] as const) {
      kwd = withValue(kwd, path, value);
    }
    const capture = mapWooCommerceOrder(kwd);
    expect(capture.lines.map((line) => line.unitPriceMinor)).toEqual([3000, 12250]);
    expect(capture.totalMinor).toBe(19885);
  });
});

describe('mapWooCommerceOrder refuses', () => {
  const payloadIssues = (body: unknown): string[] => {
    const error = catchChannelError(() => mapWooCommerceOrder(body));
    expect(error.code).toBe('PAYLOAD_INVALID');
    return issuePaths(error);
  };
  const mappingError = (body: unknown) => {
    const error = catchChannelError(() => mapWooCommerceOrder(body));
    expect(error.code).toBe('MAPPING_FAILED');
    return error;
  };

  it('the documented example as published, whose first line has no SKU', () => {
    const error = mappingError(withValue(usd, 'line_items.0.sku', ''));
    expect(error.issues).toEqual([
      {
        path: 'line_items.0.sku',
        message:
          'Line "Woo Single #1" has no SKU; give the product a SKU in WooCommerce so the warehouse knows what to pick',
      },
    ]);
  });

  it('bodies that are not orders, and missing line items', () => {
    for (const body of [null, 'webhook_id=12', []])
      expect(payloadIssues(body)).toEqual(['(input)']);
    expect(payloadIssues(without(usd, 'line_items'))).toEqual(['line_items']);
    expect(payloadIssues(withValue(usd, 'line_items', []))).toEqual(['line_items']);
  });

  it('wrong types and bad values, naming each field', () => {
    expect(payloadIssues(withValue(usd, 'line_items.0.quantity', -2))).toEqual([
      'line_items.0.quantity',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.0.quantity', '2'))).toEqual([
      'line_items.0.quantity',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.0.price', '3'))).toEqual([
      'line_items.0.price',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.1.subtotal', 12))).toEqual([
      'line_items.1.subtotal',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.1.subtotal', 'twelve'))).toEqual([
      'line_items.1.subtotal',
    ]);
    expect(payloadIssues(withValue(usd, 'total', '29,35'))).toEqual(['total']);
    expect(payloadIssues(withValue(usd, 'status', 'trash'))).toEqual(['status']);
    expect(payloadIssues(withValue(usd, 'date_created_gmt', '22/03/2017'))).toEqual([
      'date_created_gmt',
    ]);
    expect(payloadIssues(withValue(usd, 'prices_include_tax', 'no'))).toEqual([
      'prices_include_tax',
    ]);
    expect(payloadIssues(without(usd, 'billing'))).toEqual(['billing']);
  });

  it('a line whose amount does not divide evenly by its quantity, rather than rounding', () => {
    const uneven = withValue(
      withValue(usd, 'line_items.1.quantity', 3),
      'line_items.1.subtotal',
      '10.00',
    );
    const error = mappingError(uneven);
    expect(issuePaths(error)).toEqual(['line_items.1.subtotal']);
    expect(error.issues[0]?.message).toMatch(
      /1000 \(minor units\) does not split evenly over 3 units/,
    );
  });

  it('totals that do not add up, such as an order with a fee line', () => {
    const error = mappingError(withValue(usd, 'total', '31.35'));
    expect(issuePaths(error)).toEqual(['total']);
    expect(error.issues[0]?.message).toMatch(/does not add up.*fee lines/);
  });

  it('a virtual order with no shipping address', () => {
    const blank = {
      first_name: '',
      last_name: '',
      company: '',
      address_1: '',
      address_2: '',
      city: '',
      state: '',
      postcode: '',
      country: '',
    };
    expect(mappingError(withValue(usd, 'shipping', blank)).issues).toEqual([
      { path: 'shipping', message: 'The order has no shipping address' },
    ]);
    expect(issuePaths(mappingError(without(usd, 'shipping')))).toEqual(['shipping']);
  });

  it('a shipping country that is not an ISO code, naming the Woo field', () => {
    expect(issuePaths(mappingError(withValue(usd, 'shipping.country', 'United States')))).toEqual([
      'shipping.country',
    ]);
  });

  it('amounts with more decimals than the currency', () => {
    expect(mappingError(withValue(usd, 'shipping_total', '10.001')).issues).toEqual([
      { path: 'shipping_total', message: '"10.001" has more decimals than USD allows (2)' },
    ]);
  });
});
