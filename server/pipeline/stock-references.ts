import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import type { FieldIssue } from './pipeline-error';
import { PipelineError } from './pipeline-error';

export interface StockReferences {
  warehouse: { id: string; code: string };
  bin: { id: string; code: string } | null;
  productBySku: ReadonlyMap<string, string>;
}

/**
 * Turns the codes a request names (warehouse, bin, SKUs) into ids, or refuses with every one
 * that is unknown, each under the field that named it.
 */
export async function resolveStockReferences(
  trx: Transaction<CentralDatabase>,
  request: { warehouse: string; bin?: string; skus: readonly { sku: string; path: string }[] },
): Promise<StockReferences> {
  const issues: FieldIssue[] = [];
  const warehouse = await trx
    .selectFrom('warehouses')
    .select(['id', 'code'])
    .where('code', '=', request.warehouse)
    .executeTakeFirst();
  if (!warehouse) {
    issues.push({ path: 'warehouse', message: `There is no warehouse ${request.warehouse}` });
  }
  let bin: StockReferences['bin'] = null;
  if (warehouse && request.bin !== undefined) {
    bin =
      (await trx
        .selectFrom('bins')
        .select(['id', 'code'])
        .where('warehouse_id', '=', warehouse.id)
        .where('code', '=', request.bin)
        .executeTakeFirst()) ?? null;
    if (!bin) {
      issues.push({
        path: 'bin',
        message: `Warehouse ${warehouse.code} has no bin ${request.bin}`,
      });
    }
  }
  const skus = [...new Set(request.skus.map((s) => s.sku))];
  const products =
    skus.length === 0
      ? []
      : await trx.selectFrom('products').select(['id', 'sku']).where('sku', 'in', skus).execute();
  const productBySku = new Map(products.map((p) => [p.sku, p.id]));
  for (const { sku, path } of request.skus) {
    if (!productBySku.has(sku)) issues.push({ path, message: `No product has SKU ${sku}` });
  }
  if (!warehouse || issues.length > 0) {
    throw new PipelineError(
      'BAD_REQUEST',
      'The request names a warehouse, bin or product the head office does not know; nothing was changed',
      issues,
    );
  }
  return { warehouse, bin, productBySku };
}
