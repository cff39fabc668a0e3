/**
 * The CSV order-import columns (documented in README.md). One row per order line; the order's
 * own columns repeat on every line row of the same external_id.
 */
export const LINE_COLUMNS = ['sku', 'quantity', 'unit_price'] as const;

export const ORDER_COLUMNS = [
  'external_id',
  'placed_at',
  'currency',
  'customer_email',
  'customer_name',
  'customer_phone',
  'ship_name',
  'ship_company',
  'ship_line1',
  'ship_line2',
  'ship_city',
  'ship_region',
  'ship_postcode',
  'ship_country',
  'bill_country',
  'shipping',
  'tax',
  'tax_included',
  'discount',
  'total',
  'payment_status',
  'service_level',
  'notes',
] as const;

export const CSV_COLUMNS = [...ORDER_COLUMNS, ...LINE_COLUMNS] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type OrderColumn = (typeof ORDER_COLUMNS)[number];

/** Columns a file may leave out; a missing one reads as blank. Every other column is required. */
export const OPTIONAL_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>([
  'customer_phone',
  'ship_company',
  'ship_line2',
  'ship_region',
  'bill_country',
  'shipping',
  'tax',
  'tax_included',
  'discount',
  'service_level',
  'notes',
]);

export const isCsvColumn = (name: string): name is CsvColumn =>
  (CSV_COLUMNS as readonly string[]).includes(name);

/** The column a person fixes for each OrderCapture path (numbers written as `*`). */
export const COLUMN_FOR_CAPTURE_PATH: Readonly<Record<string, CsvColumn>> = {
  externalId: 'external_id',
  placedAt: 'placed_at',
  currency: 'currency',
  'customer.email': 'customer_email',
  'customer.name': 'customer_name',
  'customer.phone': 'customer_phone',
  'shipTo.name': 'ship_name',
  'shipTo.company': 'ship_company',
  'shipTo.line1': 'ship_line1',
  'shipTo.line2': 'ship_line2',
  'shipTo.city': 'ship_city',
  'shipTo.region': 'ship_region',
  'shipTo.postcode': 'ship_postcode',
  'shipTo.country': 'ship_country',
  'shipTo.phone': 'customer_phone',
  'billTo.country': 'bill_country',
  lines: 'sku',
  'lines.*.sku': 'sku',
  'lines.*.quantity': 'quantity',
  'lines.*.unitPriceMinor': 'unit_price',
  shippingMinor: 'shipping',
  taxMinor: 'tax',
  taxIncluded: 'tax_included',
  discountMinor: 'discount',
  totalMinor: 'total',
  'payment.status': 'payment_status',
  serviceLevel: 'service_level',
  notes: 'notes',
};
