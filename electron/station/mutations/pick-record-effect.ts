import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { pickRecord } from '../../../shared/mutations';
import { binOnHand, lineCounts, requireBin, requireLine } from './floor-effect-checks';
import type { MutationEffect } from './mutation-effect';

/**
 * A pick shows at once: the units count for the line (pending_picks) and leave the bin
 * (stock_overlay). The head office's pick row and the bin's new count confirm it.
 */
export const pickRecordEffect: MutationEffect<'pick.record'> = {
  parse: (raw) => pickRecord.payload.safeParse(raw),
  describe: (payload) => pickRecord.describe(payload),
  confirmedBy: ['picks', 'bin_stock'],
  async prepare(db, payload, context) {
    const line = await requireLine(db, payload.fulfilmentLineId, context.warehouseId);
    if (line.fulfilmentId !== payload.fulfilmentId) {
      throw new WharfError(
        'BAD_REQUEST',
        `That line is not part of order ${line.fulfilmentNumber}.`,
      );
    }
    if (line.productId !== payload.productId) {
      throw new WharfError(
        'CONFLICT',
        `Wrong item: this line of ${line.fulfilmentNumber} is ${line.sku}.`,
      );
    }
    const bin = await requireBin(db, payload.binId, context.warehouseId);
    return {
      subject: `${line.sku} from ${bin.code} for ${line.fulfilmentNumber}`,
      async apply(trx, mutationId) {
        // Re-read inside the transaction: another pick may have been recorded meanwhile.
        const counts = await lineCounts(trx, payload.fulfilmentLineId);
        const open = line.quantity - counts.backordered - counts.picked;
        if (payload.quantity > open) {
          throw new WharfError(
            'CONFLICT',
            `Over-pick: ${line.fulfilmentNumber} needs ${Math.max(open, 0)} more of ${line.sku}; put ${payload.quantity - Math.max(open, 0)} back in ${bin.code}.`,
          );
        }
        const onHand = await binOnHand(trx, payload.binId, payload.productId);
        if (onHand < payload.quantity) {
          throw new WharfError(
            'CONFLICT',
            `Bin ${bin.code} shows ${onHand} of ${line.sku}; ${payload.quantity} cannot come out of it. Count the bin or report a short pick.`,
          );
        }
        await sql`
          INSERT INTO pending_picks
            (mutation_id, wave_id, fulfilment_id, fulfilment_line_id, product_id, bin_id, quantity,
             tote, lot, expiry, serial, station_id, person_id, picked_at)
          VALUES (${mutationId}, ${payload.waveId}, ${payload.fulfilmentId},
                  ${payload.fulfilmentLineId}, ${payload.productId}, ${payload.binId},
                  ${payload.quantity}, ${payload.tote}, ${payload.lot}, ${payload.expiry},
                  ${payload.serial}, ${context.stationId}, ${context.personId},
                  ${context.at})`.execute(trx);
        await sql`
          INSERT INTO stock_overlay (mutation_id, warehouse_id, bin_id, product_id, delta)
          VALUES (${mutationId}, ${payload.warehouseId}, ${payload.binId}, ${payload.productId},
                  ${-payload.quantity})`.execute(trx);
      },
    };
  },
};
