import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OrderCapture } from '../../../shared/api/order-capture';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns';
import { MAX_CSV_ROWS, parseOrderCsv } from './parse-order-csv';

type Row = Partial<Record<CsvColumn, string>>;

const base: Record<CsvColumn, string> = {
  external_id: 'WEB-1',
  placed_at: '2024-03-01T14:00:00+01:00',
  currency: 'GBP',
  customer_email: 'sam@example.co.uk',
  customer_name: 'Sam Jones',
  customer_phone: '+44 20 7946 0000',
  ship_name: 'Sam Jones',
  ship_company: '',
  ship_line1: '1 High Street',
  ship_line2: '',
  ship_city: 'London',
  ship_region: '',
  ship_postcode: 'SW1A 1AA',
  ship_country: 'GB',
  bill_country: 'GB',
  shipping: '3.99',
  tax: '0',
  tax_included: 'true',
  discount: '0',
  total: '23.97',
  payment_status: 'paid',
  service_level: '',
  notes: '',
  sku: 'MUG-1',
  quantity: '2',
  unit_price: '9.99',
};

const quote = (cell: string): string =>
  /[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

function csv(rows: Row[], options: { eol?: string; columns?: readonly string[] } = {}): string {
  const columns = options.columns ?? CSV_COLUMNS;
  const eol = options.eol ?? '\n';
  const lines = rows.map((row) =>
    columns.map((column) => quote({ ...base, ...row }[column as CsvColumn] ?? '')).join(','),
  );
  return [columns.join(','), ...lines].join(eol) + eol;
}

const samsOrder: OrderCapture = {
  externalId: 'WEB-1',
  placedAt: '2024-03-01T13:00:00.000Z',
  currency: 'GBP',
  customer: { email: 'sam@example.co.uk', name: 'Sam Jones', phone: '+44 20 7946 0000' },
  shipTo: {
    name: 'Sam Jones',
    company: undefined,
    line1: '1 High Street',
    line2: undefined,
    city: 'London',
    region: undefined,
    postcode: 'SW1A 1AA',
    country: 'GB',
    phone: '+44 20 7946 0000',
  },
  billTo: { name: '', line1: '', city: '', postcode: '', country: 'GB' },
  lines: [
    { sku: 'MUG-1', quantity: 2, unitPriceMinor: 999 },
    { sku: 'TEA-1', quantity: 1, unitPriceMinor: 401 },
  ],
  shippingMinor: 399,
  taxMinor: 0,
  taxIncluded: true,
  discountMinor: 0,
  totalMinor: 2798,
  payment: { status: 'paid' },
  serviceLevel: 'standard',
  notes: undefined,
};
const twoLines: Row[] = [
  { total: '27.98' },
  { total: '27.98', sku: 'TEA-1', quantity: '1', unit_price: '4.01' },
];

describe('parseOrderCsv', () => {
  it('assembles an order from its line rows', () => {
    expect(parseOrderCsv(csv(twoLines))).toEqual({
      orders: [{ capture: samsOrder, rows: [2, 3] }],
      errors: [],
    });
  });

  it('groups rows of one order even when they are not adjacent', () => {
    const result = parseOrderCsv(
      csv([twoLines[0] ?? {}, { external_id: 'WEB-2' }, twoLines[1] ?? {}]),
    );
    expect(result.errors).toEqual([]);
    expect(result.orders.map((order) => [order.capture.externalId, order.rows])).toEqual([
      ['WEB-1', [2, 4]],
      ['WEB-2', [3]],
    ]);
  });

  it('reads a byte-order mark, CRLF endings and quoted commas, quotes and line breaks', () => {
    const notes = 'Ring twice, "loudly"\r\nthen wait; thanks';
    const text = `\uFEFF${csv(
      twoLines.map((row) => ({ ...row, notes, ship_line1: 'Flat 2, 1 High Street' })),
      { eol: '\r\n' },
    )}`;
    const { orders, errors } = parseOrderCsv(text);
    expect(errors).toEqual([]);
    expect(orders[0]?.capture.notes).toBe(notes);
    expect(orders[0]?.capture.shipTo.line1).toBe('Flat 2, 1 High Street');
    // The quoted line break does not shift row numbers.
    expect(orders[0]?.rows).toEqual([2, 3]);
  });

  it('stores injection-looking text verbatim', () => {
    const hostile = {
      customer_name: "=cmd|' /C calc'!A0",
      ship_line1: "'; DROP TABLE orders;--",
      notes: '<script>alert("x")</script>',
      ship_company: "@SUM(1+1)*cmd|' /C calc'!A0",
    };
    const { orders, errors } = parseOrderCsv(csv([{ ...hostile }]));
    expect(errors).toEqual([]);
    const capture = orders[0]?.capture;
    expect(capture?.customer.name).toBe(hostile.customer_name);
    expect(capture?.shipTo.line1).toBe(hostile.ship_line1);
    expect(capture?.notes).toBe(hostile.notes);
    expect(capture?.shipTo.company).toBe(hostile.ship_company);
  });

  it('reads semicolon-separated files', () => {
    const text = csv([{}]).replace(/,/g, ';');
    expect(parseOrderCsv(text).orders[0]?.capture.totalMinor).toBe(2397);
  });

  it('parses the example in the README', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const { orders, errors } = parseOrderCsv(example);
    expect(errors).toEqual([]);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.capture).toMatchObject({
      externalId: 'PO-1001',
      placedAt: '2024-03-01T13:00:00.000Z',
      totalMinor: 2990,
      lines: [
        { sku: 'MUG-BLU', quantity: 2, unitPriceMinor: 1250 },
        { sku: 'TEA-GRN', quantity: 1, unitPriceMinor: 0 },
      ],
    });
  });

  it('reads zero- and three-decimal currencies', () => {
    const jpy = parseOrderCsv(
      csv([{ currency: 'JPY', unit_price: '1500', shipping: '500', total: '3500' }]),
    );
    expect(jpy.orders[0]?.capture.totalMinor).toBe(3500);
    const kwd = parseOrderCsv(
      csv([{ currency: 'kwd', unit_price: '1.250', shipping: '0.5', total: '3.000' }]),
    );
    expect(kwd.errors).toEqual([]);
    expect(kwd.orders[0]?.capture).toMatchObject({ currency: 'KWD', totalMinor: 3000 });
  });

  it('accepts files without the optional columns, and blank rows', () => {
    const columns = CSV_COLUMNS.filter(
      (c) => !['notes', 'tax', 'discount', 'ship_line2'].includes(c),
    );
    const text = csv([{}], { columns }).replace('\n', '\n\n,,,\n');
    const { orders, errors } = parseOrderCsv(text);
    expect(errors).toEqual([]);
    expect(orders[0]?.rows).toEqual([4]);
  });

  it('returns nothing for a header without rows', () => {
    expect(parseOrderCsv(csv([]))).toEqual({ orders: [], errors: [] });
  });
});

describe('parseOrderCsv reports', () => {
  const errorsOf = (text: string) => parseOrderCsv(text).errors;
  const cellErrors = (row: Row) => errorsOf(csv([row])).map(({ row: r, field }) => [r, field]);

  it('an empty file', () => {
    expect(errorsOf('')).toEqual([
      { row: 1, field: '', message: expect.stringMatching(/empty/) as unknown },
    ]);
    expect(errorsOf('\uFEFF\r\n')).toHaveLength(1);
  });

  it('unknown, unnamed, repeated and missing columns on row 1', () => {
    const columns = [
      ...CSV_COLUMNS.filter((c) => c !== 'total' && c !== 'sku'),
      'colour',
      'quantity',
      '',
    ];
    const errors = errorsOf(csv([{}], { columns }));
    expect(errors.map(({ row, field }) => [row, field])).toEqual([
      [1, 'colour'],
      [1, 'quantity'],
      [1, ''],
      [1, 'total'],
      [1, 'sku'],
    ]);
    expect(errors[0]?.message).toBe(
      'Unknown column "colour"; see the import documentation for the column names',
    );
  });

  it('each bad cell with its row and column', () => {
    expect(cellErrors({ unit_price: '1e5' })).toEqual([[2, 'unit_price']]);
    expect(cellErrors({ unit_price: '12,50' })).toEqual([[2, 'unit_price']]);
    expect(cellErrors({ unit_price: '-1' })).toEqual([[2, 'unit_price']]);
    expect(cellErrors({ unit_price: '£9.99' })).toEqual([[2, 'unit_price']]);
    expect(cellErrors({ unit_price: '' })).toEqual([[2, 'unit_price']]);
    expect(cellErrors({ shipping: '3.999' })).toEqual([[2, 'shipping']]);
    expect(cellErrors({ total: 'abc' })).toEqual([[2, 'total']]);
    expect(cellErrors({ placed_at: '01/03/2024 14:00' })).toEqual([[2, 'placed_at']]);
    expect(cellErrors({ placed_at: '2024-03-01T14:00:00' })).toEqual([[2, 'placed_at']]);
    expect(cellErrors({ placed_at: '2024-02-30T14:00:00Z' })).toEqual([[2, 'placed_at']]);
    expect(cellErrors({ placed_at: '' })).toEqual([[2, 'placed_at']]);
    expect(cellErrors({ currency: 'POUNDS' })).toEqual([[2, 'currency']]);
    expect(cellErrors({ currency: 'XYZ' })).toEqual([[2, 'currency']]);
    expect(cellErrors({ currency: '' })).toEqual([[2, 'currency']]);
    expect(cellErrors({ quantity: '1.5' })).toEqual([[2, 'quantity']]);
    expect(cellErrors({ quantity: '0' })).toEqual([[2, 'quantity']]);
    expect(cellErrors({ quantity: '-1' })).toEqual([[2, 'quantity']]);
    expect(cellErrors({ quantity: 'two' })).toEqual([[2, 'quantity']]);
    expect(cellErrors({ sku: '  ' })).toEqual([[2, 'sku']]);
    expect(cellErrors({ payment_status: 'settled' })).toEqual([[2, 'payment_status']]);
    expect(cellErrors({ service_level: 'warp' })).toEqual([[2, 'service_level']]);
    expect(cellErrors({ tax_included: 'maybe' })).toEqual([[2, 'tax_included']]);
    expect(cellErrors({ ship_country: 'United Kingdom' })).toEqual([[2, 'ship_country']]);
    expect(cellErrors({ ship_country: '' })).toEqual([[2, 'ship_country']]);
    expect(cellErrors({ bill_country: 'GBR' })).toEqual([[2, 'bill_country']]);
    expect(cellErrors({ notes: 'x'.repeat(2001) })).toEqual([[2, 'notes']]);
  });

  it('messages a person can act on', () => {
    const [error] = errorsOf(csv([{ unit_price: '12.345' }]));
    expect(error).toEqual({
      row: 2,
      field: 'unit_price',
      message: '"12.345" has more decimals than GBP allows (2)',
    });
  });

  it('every bad cell of an order, not just the first', () => {
    const errors = errorsOf(
      csv([
        { quantity: 'x', total: '1e2' },
        { unit_price: 'y', total: '1e2' },
      ]),
    );
    expect(errors.map(({ row, field }) => [row, field])).toEqual([
      [2, 'quantity'],
      [2, 'total'],
      [3, 'unit_price'],
    ]);
  });

  it('order columns that differ between rows of one order, on the differing row', () => {
    const errors = errorsOf(
      csv([twoLines[0] ?? {}, { ...twoLines[1], shipping: '4.99', currency: 'EUR' }]),
    );
    expect(errors.map(({ row, field }) => [row, field])).toEqual([
      [3, 'currency'],
      [3, 'shipping'],
    ]);
    expect(errors[1]?.message).toBe(
      '"4.99" differs from "3.99" on row 2; an order\'s columns must be the same on each of its line rows',
    );
  });

  it('totals that do not add up, on the first row', () => {
    const errors = errorsOf(
      csv([{ ...twoLines[0] }, { ...twoLines[1] }].map((row) => ({ ...row, total: '27.99' }))),
    );
    expect(errors).toEqual([
      { row: 2, field: 'total', message: expect.stringMatching(/does not add up/) as unknown },
    ]);
  });

  it('schema problems in a line on that line row', () => {
    const errors = errorsOf(csv([twoLines[0] ?? {}, { ...twoLines[1], sku: 'S'.repeat(65) }]));
    expect(errors.map(({ row, field }) => [row, field])).toEqual([[3, 'sku']]);
  });

  it('bad orders without holding back good ones', () => {
    const { orders, errors } = parseOrderCsv(
      csv([
        { external_id: 'BAD-1', quantity: 'x' },
        { external_id: 'GOOD-1' },
        { external_id: '' },
      ]),
    );
    expect(orders.map((order) => order.capture.externalId)).toEqual(['GOOD-1']);
    expect(errors.map(({ row, field }) => [row, field])).toEqual([
      [2, 'quantity'],
      [4, 'external_id'],
    ]);
  });

  it('counts blank rows and multi-line cells when numbering rows', () => {
    const text = csv([
      { notes: 'line one\nline two' },
      { external_id: 'WEB-2', quantity: 'x' },
    ]).replace(/\nWEB-2/, '\n\nWEB-2');
    expect(errorsOf(text).map(({ row, field }) => [row, field])).toEqual([[4, 'quantity']]);
  });

  it('broken quoting, at the row where it breaks', () => {
    const text = `${csv([{}])}WEB-2,"2024-03-01T14:00:00Z,GBP\n`;
    expect(errorsOf(text)).toEqual([
      {
        row: 3,
        field: '',
        message: expect.stringMatching(/^The file is not valid CSV here: /) as unknown,
      },
    ]);
  });

  it('rows with the wrong number of cells, refusing the file', () => {
    const text = `${csv([{}, { external_id: 'WEB-2' }])}WEB-3,2024-03-01T14:00:00Z,GBP\n`;
    const result = parseOrderCsv(text);
    expect(result.orders).toEqual([]);
    expect(result.errors).toEqual([
      { row: 4, field: '', message: 'This row has 3 cells; the header has 26' },
    ]);
    expect(parseOrderCsv(csv([{}]).replace(/\n$/, ',,,\n')).errors).toEqual([]);
    expect(parseOrderCsv(csv([{}]).replace(/\n$/, ',,x\n')).errors).toHaveLength(1);
  });

  it(`files over ${MAX_CSV_ROWS} rows, and takes files of exactly that many`, () => {
    const line = csv([{}]).split('\n')[1] ?? '';
    const header = csv([]);
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => line.replace('WEB-1', `WEB-${i}`)).join('\n');
    const full = parseOrderCsv(`${header}${rows(MAX_CSV_ROWS)}\n`);
    expect(full.errors).toEqual([]);
    expect(full.orders).toHaveLength(MAX_CSV_ROWS);
    const over = parseOrderCsv(`${header}${rows(MAX_CSV_ROWS + 1)}\n`);
    expect(over).toEqual({
      orders: [],
      errors: [
        {
          row: 10_002,
          field: '',
          message:
            'The file has more than 10,000 rows after the header; split it into smaller files',
        },
      ],
    });
  });
});
