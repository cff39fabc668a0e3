import type BetterSqlite3 from 'better-sqlite3';
import type { FloorProduct, ScanMeaning } from '../../../../shared/contract';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import { parseGs1Scan } from '../../../../shared/scanning/gs1-parse';
import type { Gs1Element } from '../../../../shared/scanning/gs1-element';

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  gtin: string | null;
  requires_lot: number;
  requires_serial: number;
}

export interface ScanResolver {
  resolve(scan: ScanEvent, today: Date): ScanMeaning;
  product(productId: string): FloorProduct | null;
}

const TOTE_LABEL = /^TOTE-[A-Z0-9-]{1,15}$/;

/**
 * What a scan is in this warehouse, read from the replica with prepared statements (a scan must
 * be answered within a frame). Exact labels first — a product barcode, a bin, an order, a tote
 * — because a bin code such as "1001" would otherwise read as GS1 data; then GS1 element strings
 * and GTINs in any of their lengths; then a SKU typed or printed as Code 128.
 */
export function createScanResolver(
  sqlite: BetterSqlite3.Database,
  warehouseId: () => string | null,
): ScanResolver {
  const barcode = sqlite.prepare<[string], { product_id: string; pack_quantity: number }>(
    `SELECT product_id, pack_quantity FROM synced_product_barcodes WHERE barcode = ?`,
  );
  const productById = sqlite.prepare<[string], ProductRow>(
    `SELECT id, sku, name, gtin, requires_lot, requires_serial FROM synced_products WHERE id = ?`,
  );
  const productByGtin = sqlite.prepare<[string], ProductRow>(
    `SELECT id, sku, name, gtin, requires_lot, requires_serial FROM synced_products WHERE gtin = ?`,
  );
  const productBySku = sqlite.prepare<[string], ProductRow>(
    `SELECT id, sku, name, gtin, requires_lot, requires_serial FROM synced_products
     WHERE sku = ? COLLATE NOCASE`,
  );
  const bin = sqlite.prepare<[string, string], { id: string; code: string }>(
    `SELECT id, code FROM synced_bins WHERE warehouse_id = ? AND code = ? COLLATE NOCASE`,
  );
  // Two index lookups joined, not one OR: SQLite cannot use both NOCASE indexes for an OR and
  // would read every fulfilment of the warehouse on each scan.
  const fulfilment = sqlite.prepare<[string, string, string], { id: string; number: string }>(
    `SELECT id, number FROM (
       SELECT id, number, warehouse_id, status, updated_at FROM synced_fulfilments
       WHERE number = ? COLLATE NOCASE
       UNION
       SELECT id, number, warehouse_id, status, updated_at FROM synced_fulfilments
       WHERE order_number = ? COLLATE NOCASE)
     WHERE warehouse_id = ? AND status <> 'cancelled'
     ORDER BY updated_at DESC LIMIT 1`,
  );
  const tote = sqlite.prepare<[string], { found: number }>(
    `SELECT 1 AS found FROM floor_wave_members WHERE tote = ? LIMIT 1`,
  );

  const toProduct = (row: ProductRow): FloorProduct => ({
    id: row.id,
    sku: row.sku,
    name: row.name,
    gtin: row.gtin,
    requiresLot: row.requires_lot === 1,
    requiresSerial: row.requires_serial === 1,
  });

  function productMeaning(
    row: ProductRow,
    code: string,
    packQuantity: number,
    gs1: readonly Gs1Element[] = [],
  ): ScanMeaning {
    const text = (ai: string) => {
      const el = gs1.find((e) => e.ai === ai);
      return el && (el.kind === 'text' || el.kind === 'date') ? el.value : null;
    };
    const countEl = gs1.find((e) => e.ai === '30' || e.ai === '37');
    return {
      kind: 'product',
      product: toProduct(row),
      barcode: code,
      packQuantity,
      lot: text('10'),
      expiry: text('17'),
      serial: text('21'),
      count: countEl && countEl.kind === 'integer' ? countEl.value : null,
    };
  }

  /** A GTIN-14 is stored by its own length (EAN-13, UPC-A, EAN-8): try each form. */
  function byGtin14(gtin14: string, gs1: readonly Gs1Element[]): ScanMeaning | null {
    const forms = [gtin14, gtin14.slice(1), gtin14.slice(2), gtin14.slice(6)].filter(
      (form, i) => i === 0 || /^0+$/.test(gtin14.slice(0, 14 - form.length)),
    );
    for (const form of forms) {
      const hit = barcode.get(form);
      const row = hit ? productById.get(hit.product_id) : undefined;
      if (hit && row) return productMeaning(row, form, hit.pack_quantity, gs1);
    }
    for (const form of forms) {
      const row = productByGtin.get(form);
      if (row) return productMeaning(row, form, 1, gs1);
    }
    return null;
  }

  return {
    product(productId) {
      const row = productById.get(productId);
      return row ? toProduct(row) : null;
    },
    resolve(scan, today) {
      const content = scan.content.replace(/[\r\n]+$/, '');
      const warehouse = warehouseId() ?? '';
      const isGs1Symbol = scan.aim !== null && /^\](C1|d2|Q3|e0|e1|J1)$/.test(scan.aim);
      if (!isGs1Symbol) {
        const hit = barcode.get(content);
        const row = hit ? productById.get(hit.product_id) : undefined;
        if (hit && row) return productMeaning(row, content, hit.pack_quantity);
        const binRow = bin.get(warehouse, content);
        if (binRow) return { kind: 'bin', binId: binRow.id, code: binRow.code };
        const f = fulfilment.get(content, content, warehouse);
        if (f) return { kind: 'fulfilment', fulfilmentId: f.id, number: f.number };
        const upper = content.toUpperCase();
        if (TOTE_LABEL.test(upper) || tote.get(upper)) return { kind: 'tote', code: upper };
      }
      const parsed = parseGs1Scan(`${scan.aim ?? ''}${content}`, { today });
      if (parsed.ok) {
        const sscc = parsed.elements.find((e) => e.ai === '00');
        if (sscc && sscc.kind === 'text') return { kind: 'sscc', sscc: sscc.value };
        const gtin = parsed.elements.find((e) => e.ai === '01' || e.ai === '02');
        if (gtin && gtin.kind === 'text') {
          const found = byGtin14(gtin.value, parsed.elements);
          if (found) return found;
          return {
            kind: 'unknown',
            reason: `No product on this station has GTIN ${gtin.value}. Check the Sync screen, or scan another barcode on the item.`,
          };
        }
      } else if (isGs1Symbol) {
        return { kind: 'unknown', reason: parsed.error.message };
      }
      const sku = productBySku.get(content);
      if (sku) return productMeaning(sku, content, 1);
      return {
        kind: 'unknown',
        reason: `Nothing on this station has the barcode "${printable(content)}": not a product, bin, tote or order here.`,
      };
    },
  };
}

/** A scan shown back to a person: control characters (GS) visible, long codes cut. */
function printable(text: string): string {
  const shown = text.replaceAll('\u001d', '<GS>');
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
