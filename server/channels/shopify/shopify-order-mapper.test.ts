import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OrderCapture } from '../../../shared/api/order-capture';
import { catchChannelError, issuePaths, readJsonFixture } from '../testing/catch-channel-error';
import { withValue, without } from '../testing/edit-json';
import { mapShopifyOrder } from './shopify-order-mapper';

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const usd = readJsonFixture(fixtureUrl('orders-create-usd.json'));
const gbp = readJsonFixture(fixtureUrl('orders-create-gbp-tax-included.json'));

const bobsAddress = {
  name: 'Bob Norman',
  company: undefined,
  line1: 'Chestnut Street 92',
  line2: undefined,
  city: 'Louisville',
  region: 'KY',
  postcode: '40202',
  country: 'US',
  phone: '+1(502)-459-2181',
};

describe('mapShopifyOrder', () => {
  it('maps the USD orders/create fixture exactly', () => {
    const expected: OrderCapture = {
      externalId: '450789469',
      placedAt: '2024-05-14T15:00:00.000Z',
      currency: 'USD',
      customer: { email: 'bob.norman@mail.example.com', name: 'Bob Norman', phone: '+16136120707' },
      shipTo: bobsAddress,
      billTo: bobsAddress,
      lines: [
        { sku: 'IPOD2008GREEN', quantity: 2, unitPriceMinor: 19900 },
        { sku: 'IPOD2008RED', quantity: 1, unitPriceMinor: 19900 },
        { sku: 'CABLE-LTG-1M-WHT', quantity: 3, unitPriceMinor: 1999 },
      ],
      shippingMinor: 995,
      taxMinor: 3882,
      taxIncluded: false,
      discountMinor: 1000,
      totalMinor: 69574,
      payment: { status: 'paid', method: 'shopify_payments' },
      serviceLevel: 'standard',
      notes: 'Please leave the parcel at the side door.',
    };
    expect(mapShopifyOrder(usd)).toEqual(expected);
  });

  it('maps the GBP tax-included fixture exactly', () => {
    const expected: OrderCapture = {
      externalId: '5618392711202',
      placedAt: '2024-11-28T09:41:17.000Z',
      currency: 'GBP',
      customer: {
        email: 'olivia.bennett@example.co.uk',
        name: 'Olivia Bennett',
        phone: '+44 7700 900123',
      },
      shipTo: {
        name: 'Olivia Bennett',
        company: undefined,
        line1: '14 Kingsway',
        line2: 'Flat 3',
        city: 'Manchester',
        region: 'ENG',
        postcode: 'M19 2LL',
        country: 'GB',
        phone: '+44 7700 900123',
      },
      billTo: {
        name: 'Olivia Bennett',
        company: undefined,
        line1: '7 Wilmslow Road',
        line2: undefined,
        city: 'Manchester',
        region: 'ENG',
        postcode: 'M14 5TP',
        country: 'GB',
        phone: undefined,
      },
      lines: [
        { sku: 'MCJ-NAV-M', quantity: 1, unitPriceMinor: 6500 },
        { sku: 'WWS3-GRY', quantity: 2, unitPriceMinor: 1450 },
      ],
      shippingMinor: 599,
      taxMinor: 1666,
      taxIncluded: true,
      discountMinor: 0,
      totalMinor: 9999,
      payment: { status: 'authorized', method: 'shopify_payments' },
      serviceLevel: 'next_day',
      notes: undefined,
    };
    expect(mapShopifyOrder(gbp)).toEqual(expected);
  });

  it('ignores fields it does not use, wherever they are', () => {
    const extra = withValue(
      withValue(usd, 'surprise', { nested: [1, 2] }),
      'line_items.0.novel',
      true,
    );
    expect(mapShopifyOrder(extra).externalId).toBe('450789469');
  });

  it('keeps a 64-bit id exact by reading admin_graphql_api_id (the test notification id)', () => {
    const raw = readFileSync(fixtureUrl('orders-create-usd.json'), 'utf8')
      .replace('"id": 450789469,', '"id": 820982911946154508,')
      .replace('gid://shopify/Order/450789469', 'gid://shopify/Order/820982911946154508');
    const body: unknown = JSON.parse(raw);
    expect(mapShopifyOrder(body).externalId).toBe('820982911946154508');
    expect(mapShopifyOrder(withValue(usd, 'id', '820982911946154508')).externalId).toBe(
      '820982911946154508',
    );

    const withoutGid = catchChannelError(() =>
      mapShopifyOrder(withValue(body, 'admin_graphql_api_id', null)),
    );
    expect(withoutGid.code).toBe('MAPPING_FAILED');
    expect(issuePaths(withoutGid)).toEqual(['id']);
    const mismatched = catchChannelError(() =>
      mapShopifyOrder(withValue(body, 'admin_graphql_api_id', 'gid://shopify/Order/1')),
    );
    expect(issuePaths(mismatched)).toEqual(['id']);
  });

  it('reads the customer from the order when there is no customer record', () => {
    const guest = withValue(withValue(usd, 'customer', null), 'phone', null);
    expect(mapShopifyOrder(guest).customer).toEqual({
      email: 'bob.norman@mail.example.com',
      name: 'Bob Norman',
      phone: '+1(502)-459-2181',
    });
  });

  it('stores injection-looking text verbatim', () => {
    const hostile = "=cmd|' /C calc'!A0 '; DROP TABLE orders;-- <script>alert(1)</script>";
    const capture = mapShopifyOrder(
      withValue(withValue(usd, 'note', hostile), 'shipping_address.address2', hostile),
    );
    expect(capture.notes).toBe(hostile);
    expect(capture.shipTo.line2).toBe(hostile);
  });

  it('reads amounts in zero-decimal currencies', () => {
    let jpy = withValue(usd, 'currency', 'JPY');
    for (const [path, value] of [
      ['line_items.0.price', '19900'],
      ['line_items.1.price', '19900'],
      ['line_items.2.price', '1999'],
      ['shipping_lines.0.price', '995'],
      ['total_tax', '3882.00'],
      ['total_discounts', '1000'],
      ['total_price', '69574'],
    ] as const) {
      jpy = withValue(jpy, path, value);
    }
    expect(mapShopifyOrder(jpy).totalMinor).toBe(69574);
    const error = catchChannelError(() =>
      mapShopifyOrder(withValue(jpy, 'total_price', '69574.5')),
    );
    expect(issuePaths(error)).toEqual(['total_price']);
  });
});

describe('mapShopifyOrder refuses', () => {
  const payloadIssues = (body: unknown): string[] => {
    const error = catchChannelError(() => mapShopifyOrder(body));
    expect(error.code).toBe('PAYLOAD_INVALID');
    return issuePaths(error);
  };

  it('bodies that are not orders', () => {
    for (const body of [null, [], 'order', 42]) expect(payloadIssues(body)).toEqual(['(input)']);
  });

  it('missing or empty line_items', () => {
    expect(payloadIssues(without(usd, 'line_items'))).toEqual(['line_items']);
    expect(payloadIssues(withValue(usd, 'line_items', []))).toEqual(['line_items']);
  });

  it('wrong types and bad values, naming each field', () => {
    expect(payloadIssues(withValue(usd, 'line_items.0.quantity', -1))).toEqual([
      'line_items.0.quantity',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.0.quantity', 0))).toEqual([
      'line_items.0.quantity',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.0.quantity', 1.5))).toEqual([
      'line_items.0.quantity',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.1.quantity', '2'))).toEqual([
      'line_items.1.quantity',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.2.price', 'free'))).toEqual([
      'line_items.2.price',
    ]);
    expect(payloadIssues(withValue(usd, 'line_items.2.price', 19.99))).toEqual([
      'line_items.2.price',
    ]);
    expect(payloadIssues(withValue(usd, 'total_price', '1e5'))).toEqual(['total_price']);
    expect(payloadIssues(withValue(usd, 'total_price', '-695.74'))).toEqual(['total_price']);
    expect(payloadIssues(withValue(usd, 'financial_status', 'expired'))).toEqual([
      'financial_status',
    ]);
    expect(payloadIssues(withValue(usd, 'created_at', '2024-05-14 11:00:00'))).toEqual([
      'created_at',
    ]);
    expect(payloadIssues(withValue(usd, 'currency', 'usd'))).toEqual(['currency']);
    expect(payloadIssues(withValue(usd, 'taxes_included', 'false'))).toEqual(['taxes_included']);
    expect(payloadIssues(withValue(usd, 'id', -5))).toEqual(['id']);
  });

  it('every bad field at once', () => {
    const body = withValue(
      withValue(usd, 'line_items.0.price', 'x'),
      'shipping_lines.0.price',
      null,
    );
    expect(payloadIssues(body)).toEqual(['line_items.0.price', 'shipping_lines.0.price']);
  });

  it('a line without a SKU, saying which line and what to do', () => {
    const error = catchChannelError(() => mapShopifyOrder(withValue(usd, 'line_items.1.sku', '')));
    expect(error.code).toBe('MAPPING_FAILED');
    expect(error.issues).toEqual([
      {
        path: 'line_items.1.sku',
        message:
          'Line "IPod Nano - 8gb" (variant 49148385) has no SKU; give the variant a SKU in Shopify so the warehouse knows what to pick',
      },
    ]);
    expect(error.message).toMatch(/^The Shopify order could not be turned into a Wharf order: /);
    const nullSku = catchChannelError(() =>
      mapShopifyOrder(withValue(usd, 'line_items.0.sku', null)),
    );
    expect(issuePaths(nullSku)).toEqual(['line_items.0.sku']);
  });

  it('totals that do not add up', () => {
    const error = catchChannelError(() => mapShopifyOrder(withValue(usd, 'total_price', '695.75')));
    expect(error.code).toBe('MAPPING_FAILED');
    expect(issuePaths(error)).toEqual(['total_price']);
    expect(error.issues[0]?.message).toMatch(/does not add up.*tips, duties/);
  });

  it('amounts with more decimals than the currency, and unknown currencies', () => {
    const error = catchChannelError(() =>
      mapShopifyOrder(withValue(usd, 'line_items.2.price', '19.999')),
    );
    expect(error.issues).toEqual([
      { path: 'line_items.2.price', message: '"19.999" has more decimals than USD allows (2)' },
    ]);
    const unknown = catchChannelError(() => mapShopifyOrder(withValue(usd, 'currency', 'XYZ')));
    expect(issuePaths(unknown)).toEqual(['currency']);
  });

  it('an order without a shipping address, or with no country in it', () => {
    const none = catchChannelError(() => mapShopifyOrder(withValue(usd, 'shipping_address', null)));
    expect(none.issues).toEqual([
      { path: 'shipping_address', message: 'The order has no shipping address' },
    ]);
    const noCountry = catchChannelError(() =>
      mapShopifyOrder(withValue(usd, 'shipping_address.country_code', null)),
    );
    expect(issuePaths(noCountry)).toEqual(['shipping_address.country_code']);
  });
});
