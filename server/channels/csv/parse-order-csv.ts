import type { OrderCapture } from '../../../shared/api/order-capture';
import { assembleCsvOrder } from './csv-order';
import { readCsvTable, type CsvRow, type CsvRowError } from './csv-table';

export type { CsvRowError } from './csv-table';
export { MAX_CSV_ROWS } from './csv-table';

export interface ParsedOrderCsv {
  /** Orders whose every row was valid, in the order they first appear, with their row numbers. */
  orders: { capture: OrderCapture; rows: number[] }[];
  /** Every problem found, by spreadsheet row (header = 1) and column, sorted by row. */
  errors: CsvRowError[];
}

/**
 * Reads a CSV order import (columns in ./README.md). An order with any bad row is left out of
 * `orders` entirely, never imported with a line missing; whether to import the valid orders of a
 * file that has errors is the caller's decision.
 */
export function parseOrderCsv(text: string): ParsedOrderCsv {
  const table = readCsvTable(text);
  if (!table.ok) return { orders: [], errors: table.errors };

  const errors: CsvRowError[] = [];
  const groups = new Map<string, CsvRow[]>();
  for (const row of table.rows) {
    const id = row.cells.external_id.trim();
    if (id === '') {
      errors.push({ row: row.row, field: 'external_id', message: '"external_id" is required' });
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }

  const orders: ParsedOrderCsv['orders'] = [];
  for (const rows of groups.values()) {
    const result = assembleCsvOrder(rows);
    if (result.ok) orders.push({ capture: result.capture, rows: result.rows });
    else errors.push(...result.errors);
  }
  errors.sort((a, b) => a.row - b.row);
  return { orders, errors };
}
