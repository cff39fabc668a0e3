import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { pickUndo } from '../../../shared/mutations';
import type { MutationEffect } from './mutation-effect';

interface PickRow {
  bin_id: string;
  product_id: string;
  quantity: number;
  fulfilment_id: string;
  bin_code: string | null;
}

/** An undone pick stops counting at once and its units are back in the bin on screen. */
export const pickUndoEffect: MutationEffect<'pick.undo'> = {
  parse: (raw) => pickUndo.payload.safeParse(raw),
  describe: (payload) => pickUndo.describe(payload),
  confirmedBy: ['picks', 'bin_stock'],
  async prepare(db, payload, context) {
    if (payload.warehouseId !== context.warehouseId) {
      throw new WharfError('BAD_REQUEST', 'This station picks only in its own warehouse.');
    }
    const pick = (
      await sql<PickRow>`
        SELECT p.bin_id, p.product_id, p.quantity, p.fulfilment_id, b.code AS bin_code
        FROM floor_picks p LEFT JOIN synced_bins b ON b.id = p.bin_id
        WHERE p.id = ${payload.pickId}`.execute(db)
    ).rows[0];
    if (!pick) {
      throw new WharfError(
        'NOT_FOUND',
        'That pick is not on this station, or it was undone already.',
      );
    }
    const packed = (
      await sql<{ n: number }>`
        SELECT COUNT(*) AS n FROM floor_parcels
        WHERE fulfilment_id = ${pick.fulfilment_id} AND last = 1`.execute(db)
    ).rows[0];
    if ((packed?.n ?? 0) > 0) {
      throw new WharfError(
        'CONFLICT',
        'That order is packed; a pick in it can no longer be undone.',
      );
    }
    return {
      subject: `Pick from ${pick.bin_code ?? 'a bin'}`,
      async apply(trx, mutationId) {
        await sql`
          INSERT INTO pending_pick_undos (mutation_id, pick_id)
          VALUES (${mutationId}, ${payload.pickId})`.execute(trx);
        await sql`
          INSERT INTO stock_overlay (mutation_id, warehouse_id, bin_id, product_id, delta)
          VALUES (${mutationId}, ${payload.warehouseId}, ${pick.bin_id}, ${pick.product_id},
                  ${pick.quantity})`.execute(trx);
      },
    };
  },
};
