import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { parcelClose } from '../../../shared/mutations';
import { packedUnitsSql, pickedUnitsSql } from '../db/floor-sql';
import type { MutationEffect } from './mutation-effect';

interface LineRow {
  id: string;
  product_id: string;
  picked: number;
  packed: number;
}

/**
 * A closed parcel shows at once (pending_parcels) and the bench it was packed on is cleared in
 * the same transaction, so a crash never leaves the units both on the bench and in a parcel.
 */
export const parcelCloseEffect: MutationEffect<'parcel.close'> = {
  parse: (raw) => parcelClose.payload.safeParse(raw),
  describe: (payload) => parcelClose.describe(payload),
  confirmedBy: ['parcels'],
  async prepare(db, payload, context) {
    const fulfilment = (
      await sql<{ number: string; warehouse_id: string }>`
        SELECT number, warehouse_id FROM synced_fulfilments WHERE id = ${payload.fulfilmentId}`.execute(
        db,
      )
    ).rows[0];
    if (!fulfilment) throw new WharfError('NOT_FOUND', 'This station does not know that order.');
    if (
      fulfilment.warehouse_id !== context.warehouseId ||
      payload.warehouseId !== context.warehouseId
    ) {
      throw new WharfError(
        'BAD_REQUEST',
        `Order ${fulfilment.number} is another warehouse's work.`,
      );
    }
    return {
      subject: `Order ${fulfilment.number}`,
      async apply(trx, mutationId) {
        const lines = (
          await sql<LineRow>`
            SELECT l.id, l.product_id,
              ${sql.raw(pickedUnitsSql('l.id'))} AS picked,
              ${sql.raw(packedUnitsSql('l.id', 'l.fulfilment_id'))} AS packed
            FROM synced_fulfilment_lines l WHERE l.fulfilment_id = ${payload.fulfilmentId}`.execute(
            trx,
          )
        ).rows;
        const byId = new Map(lines.map((l) => [l.id, l]));
        for (const item of payload.items) {
          const line = byId.get(item.fulfilmentLineId);
          if (!line || line.product_id !== item.productId) {
            throw new WharfError(
              'BAD_REQUEST',
              `An item in this parcel is not on order ${fulfilment.number}.`,
            );
          }
          if (item.quantity > line.picked - line.packed) {
            throw new WharfError(
              'CONFLICT',
              `Only ${line.picked - line.packed} picked unit(s) of that line are not packed yet; the parcel holds ${item.quantity}.`,
            );
          }
        }
        await sql`
          INSERT INTO pending_parcels
            (mutation_id, number, fulfilment_id, box_code, weight_grams, length_mm, width_mm,
             height_mm, items, last, station_id, person_id, closed_at)
          VALUES (${mutationId}, ${payload.number}, ${payload.fulfilmentId}, ${payload.boxCode},
                  ${payload.weightGrams}, ${payload.lengthMm}, ${payload.widthMm},
                  ${payload.heightMm}, ${JSON.stringify(payload.items)}, ${payload.last ? 1 : 0},
                  ${context.stationId}, ${context.personId}, ${context.at})`.execute(trx);
        await sql`DELETE FROM pack_bench_items WHERE fulfilment_id = ${payload.fulfilmentId}`.execute(
          trx,
        );
      },
    };
  },
};
