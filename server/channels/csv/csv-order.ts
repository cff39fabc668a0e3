import {
  OrderCaptureSchema,
  PAYMENT_STATUSES,
  SERVICE_LEVELS,
  type OrderCapture,
} from '../../../shared/api/order-capture';
import { formatIssuePath, quoteInput } from '../channel-error';
import { currencyExponent } from '../currency-exponent';
import { parseMinorUnits } from '../decimal-to-minor';
import { presentText } from '../payload-fields';
import { toUtcTimestamp } from '../utc-timestamp';
import { COLUMN_FOR_CAPTURE_PATH, ORDER_COLUMNS, type CsvColumn } from './csv-columns';
import type { CsvRow, CsvRowError } from './csv-table';

export type CsvOrderResult =
  { ok: true; capture: OrderCapture; rows: number[] } | { ok: false; errors: CsvRowError[] };

const TRUE_TEXT = new Set(['true', 'yes', 'y', '1']);
const FALSE_TEXT = new Set(['false', 'no', 'n', '0', '']);

/** Reads one order's cells, recording every problem against its row and column. */
class CellReader {
  readonly errors: CsvRowError[] = [];

  constructor(private readonly currency: string | undefined) {}

  fail(row: CsvRow, field: CsvColumn | '', message: string): void {
    this.errors.push({ row: row.row, field, message });
  }

  text(row: CsvRow, column: CsvColumn): string | undefined {
    return presentText(row.cells[column]);
  }

  required(row: CsvRow, column: CsvColumn): string {
    const value = this.text(row, column);
    if (value === undefined) this.fail(row, column, `"${column}" is required`);
    return value ?? '';
  }

  money(row: CsvRow, column: CsvColumn, blankIsZero: boolean): number {
    const value = blankIsZero ? (this.text(row, column) ?? '0') : this.required(row, column);
    if (value === '' || this.currency === undefined) return 0;
    const result = parseMinorUnits(value, this.currency);
    if (!result.ok) this.fail(row, column, result.message);
    return result.ok ? result.minor : 0;
  }

  oneOf<T extends string>(row: CsvRow, column: CsvColumn, allowed: readonly T[], fallback?: T): T {
    const value = this.text(row, column)?.toLowerCase();
    if (value === undefined && fallback !== undefined) return fallback;
    const match = allowed.find((option) => option === value);
    if (match === undefined) {
      this.fail(
        row,
        column,
        `${quoteInput(row.cells[column])} is not one of: ${allowed.join(', ')}`,
      );
      return allowed[0] as T;
    }
    return match;
  }
}

/** Order-level cells must repeat unchanged on every line row, or which one is meant is a guess. */
function conflicts(rows: readonly CsvRow[]): CsvRowError[] {
  const [first, ...rest] = rows;
  if (!first) return [];
  return rest.flatMap((row) =>
    ORDER_COLUMNS.filter((column) => row.cells[column].trim() !== first.cells[column].trim()).map(
      (column) => ({
        row: row.row,
        field: column,
        message: `${quoteInput(row.cells[column])} differs from ${quoteInput(first.cells[column])} on row ${first.row}; an order's columns must be the same on each of its line rows`,
      }),
    ),
  );
}

/**
 * Builds one OrderCapture from the rows sharing an external_id, or every reason it cannot be
 * built. The assembled order goes through the same OrderCaptureSchema as the JSON API, and its
 * complaints (totals that do not add up, a bad country) are pointed back at rows and columns.
 */
export function assembleCsvOrder(rows: readonly CsvRow[]): CsvOrderResult {
  const first = rows[0];
  if (!first) return { ok: false, errors: [] };
  const conflicting = conflicts(rows);
  if (conflicting.length > 0) return { ok: false, errors: conflicting };

  const currencyText = presentText(first.cells.currency)?.toUpperCase();
  const knownCurrency =
    currencyText && currencyExponent(currencyText) !== undefined ? currencyText : undefined;
  const cells = new CellReader(knownCurrency);
  if (!knownCurrency) {
    const unknown = `Unknown currency ${quoteInput(currencyText ?? '')}: use an ISO 4217 code such as USD, EUR or GBP`;
    cells.fail(first, 'currency', currencyText ? unknown : '"currency" is required');
  }

  const placed = toUtcTimestamp(cells.required(first, 'placed_at'));
  if (!placed.ok && cells.text(first, 'placed_at')) cells.fail(first, 'placed_at', placed.message);

  const taxIncludedText = (cells.text(first, 'tax_included') ?? '').toLowerCase();
  if (!TRUE_TEXT.has(taxIncludedText) && !FALSE_TEXT.has(taxIncludedText)) {
    cells.fail(
      first,
      'tax_included',
      `${quoteInput(first.cells.tax_included)} is not true or false`,
    );
  }

  const lines = rows.map((row) => {
    const quantityText = cells.required(row, 'quantity');
    const quantity = /^\d{1,9}$/.test(quantityText) ? Number(quantityText) : Number.NaN;
    if (quantityText && !(Number.isInteger(quantity) && quantity >= 1)) {
      cells.fail(
        row,
        'quantity',
        `${quoteInput(quantityText)} is not a quantity: write a whole number of at least 1`,
      );
    }
    return {
      sku: cells.required(row, 'sku'),
      quantity: Number.isNaN(quantity) ? 0 : quantity,
      unitPriceMinor: cells.money(row, 'unit_price', false),
    };
  });

  const billCountry = cells.text(first, 'bill_country');
  const phone = cells.text(first, 'customer_phone');
  const input = {
    externalId: cells.required(first, 'external_id'),
    placedAt: placed.ok ? placed.iso : '',
    currency: currencyText ?? '',
    customer: { email: first.cells.customer_email, name: first.cells.customer_name, phone },
    shipTo: {
      name: first.cells.ship_name,
      company: cells.text(first, 'ship_company'),
      line1: first.cells.ship_line1,
      line2: cells.text(first, 'ship_line2'),
      city: first.cells.ship_city,
      region: cells.text(first, 'ship_region'),
      postcode: first.cells.ship_postcode,
      country: first.cells.ship_country,
      phone,
    },
    billTo: billCountry ? { country: billCountry } : undefined,
    lines,
    shippingMinor: cells.money(first, 'shipping', true),
    taxMinor: cells.money(first, 'tax', true),
    taxIncluded: TRUE_TEXT.has(taxIncludedText),
    discountMinor: cells.money(first, 'discount', true),
    totalMinor: cells.money(first, 'total', false),
    payment: { status: cells.oneOf(first, 'payment_status', PAYMENT_STATUSES) },
    serviceLevel: cells.oneOf(first, 'service_level', SERVICE_LEVELS, 'standard'),
    notes: cells.text(first, 'notes'),
  };
  if (cells.errors.length > 0) return { ok: false, errors: cells.errors };

  const parsed = OrderCaptureSchema.safeParse(input);
  if (parsed.success) return { ok: true, capture: parsed.data, rows: rows.map((row) => row.row) };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => locate(issue.path, issue.message, rows)),
  };
}

function locate(
  path: readonly PropertyKey[],
  message: string,
  rows: readonly CsvRow[],
): CsvRowError {
  const capturePath = formatIssuePath(path);
  const lineIndex = path[0] === 'lines' && typeof path[1] === 'number' ? path[1] : undefined;
  const row = (lineIndex === undefined ? rows[0] : rows[lineIndex]) ?? rows[0];
  const pattern = capturePath.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
  return { row: row?.row ?? 0, field: COLUMN_FOR_CAPTURE_PATH[pattern] ?? '', message };
}
