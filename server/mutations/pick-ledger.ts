import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';

/**
 * A pick moves units out of their bin into "picked, not shipped" (bin_id NULL): warehouse
 * on-hand and reservations stay as they were until shipping. Undo moves them back. The positive
 * row goes first so on-hand never dips below what is reserved between the two rows.
 */
export async function writePickMovements(
  trx: Transaction<CentralDatabase>,
  move: {
    direction: 'pick' | 'undo';
    warehouseId: string;
    binId: string;
    productId: string;
    quantity: number;
    reference: string;
    actor: string;
    station: string;
    mutationId: string;
    at: string;
  },
): Promise<void> {
  const toBin = move.direction === 'undo' ? move.quantity : -move.quantity;
  const row = (binId: string | null, quantity: number) => ({
    id: newId(),
    warehouse_id: move.warehouseId,
    bin_id: binId,
    product_id: move.productId,
    quantity,
    reason: 'pick',
    reference: move.reference,
    actor: move.actor,
    station: move.station,
    mutation_id: move.mutationId,
    created_at: move.at,
  });
  const rows = [row(move.binId, toBin), row(null, -toBin)].sort((a, b) => b.quantity - a.quantity);
  for (const r of rows) await trx.insertInto('stock_movements').values(r).execute();
}
