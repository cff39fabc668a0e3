import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type { HandlerMap } from '../../contract/handler-map';
import type { MutationRunner } from '../../mutations/run-mutation';
import { queryBinStock } from './inventory-repository';
import { resolveSearch } from './inventory-search';

export interface InventoryLink {
  warehouseId: string;
  warehouseCode: string;
}

export function createInventoryHandlers(deps: {
  sqlite: BetterSqlite3.Database;
  getLink: () => InventoryLink | null;
  runner: MutationRunner;
}): HandlerMap<'inventory.list' | 'inventory.adjust'> {
  const { sqlite } = deps;

  function readRow(warehouseId: string, binId: string, productId: string) {
    return queryBinStock(sqlite, warehouseId, { binIds: [binId], productIds: [productId] }, 1)
      .rows[0];
  }

  return {
    'inventory.list': (query) => {
      const link = deps.getLink();
      // Before enrolment the station has no warehouse, so nothing to show yet.
      if (!link) return { exactMatch: null, rows: [], truncated: false, warehouseCode: null };
      const search = resolveSearch(sqlite, link.warehouseId, query.search);
      const { rows, truncated } = queryBinStock(
        sqlite,
        link.warehouseId,
        search.filter,
        query.limit,
        search.matchedBarcode,
      );
      return { exactMatch: search.exactMatch, rows, truncated, warehouseCode: link.warehouseCode };
    },

    'inventory.adjust': async (input) => {
      const link = deps.getLink();
      if (!link) {
        throw new WharfError(
          'UNAVAILABLE',
          'This station is not enrolled with a head office yet; enrol it before changing stock.',
        );
      }
      let delta = input.delta;
      if (input.countedQuantity !== undefined) {
        const shown = readRow(link.warehouseId, input.binId, input.productId)?.onHand ?? 0;
        delta = input.countedQuantity - shown;
        if (delta === 0) {
          throw new WharfError(
            'BAD_REQUEST',
            'The count matches what the station shows; nothing to change',
          );
        }
      }
      const { mutationId } = await deps.runner.run('stock.adjust', {
        warehouseId: link.warehouseId,
        binId: input.binId,
        productId: input.productId,
        delta,
        reason: input.reason,
        note: input.note,
        ...(input.countedQuantity === undefined ? {} : { countedQuantity: input.countedQuantity }),
      });
      const row = readRow(link.warehouseId, input.binId, input.productId);
      if (!row) {
        throw new WharfError(
          'INTERNAL',
          'The change was recorded, but the bin could not be read back; open Inventory again.',
        );
      }
      return { mutationId, row };
    },
  };
}
