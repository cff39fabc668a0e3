import { CsvError, parse } from 'csv-parse/sync';
import { quoteInput } from '../channel-error';
import { CSV_COLUMNS, OPTIONAL_COLUMNS, isCsvColumn, type CsvColumn } from './csv-columns';

export const MAX_CSV_ROWS = 10_000;

export interface CsvRowError {
  /** As a spreadsheet numbers it: the header is row 1, the first order line row 2. */
  row: number;
  /** The column, or '' when the problem is the row or the file as a whole. */
  field: string;
  message: string;
}

export interface CsvRow {
  row: number;
  cells: Readonly<Record<CsvColumn, string>>;
}

export type CsvTable = { ok: true; rows: CsvRow[] } | { ok: false; errors: CsvRowError[] };

/**
 * Spreadsheets in much of Europe save CSV with semicolons, so the header decides: semicolons
 * and no commas there means a semicolon file. Column names never contain either.
 */
function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

function readRecords(
  text: string,
): { ok: true; records: string[][] } | { ok: false; error: CsvRowError } {
  try {
    // Empty lines are kept (and skipped later) so record n is spreadsheet row n + 1.
    const records: unknown = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: false,
      to: MAX_CSV_ROWS + 2,
    });
    return { ok: true, records: records as string[][] };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const parsed: unknown = error.records;
    const row = typeof parsed === 'number' ? parsed + 1 : 0;
    return {
      ok: false,
      error: { row, field: '', message: `The file is not valid CSV here: ${error.message}` },
    };
  }
}

function readHeader(header: readonly string[]): {
  columns: (CsvColumn | undefined)[];
  errors: CsvRowError[];
} {
  const errors: CsvRowError[] = [];
  const seen = new Set<string>();
  const columns = header.map((raw) => {
    const name = raw.trim().toLowerCase();
    if (!isCsvColumn(name)) {
      if (name !== '')
        errors.push({
          row: 1,
          field: raw,
          message: `Unknown column ${quoteInput(raw)}; see the import documentation for the column names`,
        });
      else errors.push({ row: 1, field: '', message: 'A column has no name' });
      return undefined;
    }
    if (seen.has(name))
      errors.push({ row: 1, field: name, message: `Column "${name}" appears twice` });
    seen.add(name);
    return name;
  });
  for (const column of CSV_COLUMNS) {
    if (!seen.has(column) && !OPTIONAL_COLUMNS.has(column)) {
      errors.push({ row: 1, field: column, message: `Missing column "${column}"` });
    }
  }
  return { columns, errors };
}

/**
 * Parses the CSV text into rows keyed by column, refusing the file outright when it cannot be
 * read as a whole: malformed quoting, a bad header, or more than MAX_CSV_ROWS rows. Cell text is
 * kept exactly as written; nothing in it is interpreted, so a cell like `=cmd|' /C calc'!A0` is
 * just text.
 */
export function readCsvTable(text: string): CsvTable {
  const read = readRecords(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const [header, ...body] = read.records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return {
      ok: false,
      errors: [{ row: 1, field: '', message: 'The file is empty; row 1 must name the columns' }],
    };
  }
  if (body.length > MAX_CSV_ROWS) {
    return {
      ok: false,
      errors: [
        {
          row: MAX_CSV_ROWS + 2,
          field: '',
          message: `The file has more than ${MAX_CSV_ROWS.toLocaleString('en')} rows after the header; split it into smaller files`,
        },
      ],
    };
  }
  const { columns, errors } = readHeader(header);
  if (errors.length > 0) return { ok: false, errors };

  const rows: CsvRow[] = [];
  const rowErrors: CsvRowError[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    // Spreadsheets often pad rows with empty trailing cells; only real extra values are an error.
    if (
      cells.length < columns.length ||
      cells.slice(columns.length).some((cell) => cell.trim() !== '')
    ) {
      rowErrors.push({
        row,
        field: '',
        message: `This row has ${cells.length} cells; the header has ${columns.length}`,
      });
      return;
    }
    const record = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as Record<
      CsvColumn,
      string
    >;
    columns.forEach((column, at) => {
      if (column) record[column] = cells[at] ?? '';
    });
    rows.push({ row, cells: record });
  });
  return rowErrors.length > 0 ? { ok: false, errors: rowErrors } : { ok: true, rows };
}
