import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { pickShort } from '../../../shared/mutations';
import { lineCounts, requireBin, requireLine } from './floor-effect-checks';
import type { MutationEffect } from './mutation-effect';

/** A short pick shows at once; a backordered one lowers what the line still needs. */
export const pickShortEffect: MutationEffect<'pick.short'> = {
  parse: (raw) => pickShort.payload.safeParse(raw),
  describe: (payload) => pickShort.describe(payload),
  confirmedBy: ['short_picks'],
  async prepare(db, payload, context) {
    const line = await requireLine(db, payload.fulfilmentLineId, context.warehouseId);
    if (line.fulfilmentId !== payload.fulfilmentId || line.productId !== payload.productId) {
      throw new WharfError(
        'BAD_REQUEST',
        `That short does not match a line of ${line.fulfilmentNumber}.`,
      );
    }
    const bin =
      payload.binId === null ? null : await requireBin(db, payload.binId, context.warehouseId);
    return {
      subject: `${line.sku}${bin ? ` in ${bin.code}` : ''} for ${line.fulfilmentNumber}`,
      async apply(trx, mutationId) {
        const counts = await lineCounts(trx, payload.fulfilmentLineId);
        const open = line.quantity - counts.backordered - counts.picked;
        if (payload.quantity > open) {
          throw new WharfError(
            'CONFLICT',
            `${line.fulfilmentNumber} still needs ${Math.max(open, 0)} of ${line.sku}; a short of ${payload.quantity} is more than that.`,
          );
        }
        await sql`
          INSERT INTO pending_shorts
            (mutation_id, wave_id, fulfilment_id, fulfilment_line_id, product_id, bin_id, quantity,
             reason, resolution, station_id, person_id, recorded_at)
          VALUES (${mutationId}, ${payload.waveId}, ${payload.fulfilmentId},
                  ${payload.fulfilmentLineId}, ${payload.productId}, ${payload.binId},
                  ${payload.quantity}, ${payload.reason}, ${payload.resolution},
                  ${context.stationId}, ${context.personId}, ${context.at})`.execute(trx);
      },
    };
  },
};
