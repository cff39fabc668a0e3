import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { waveStart } from '../../../shared/mutations';
import type { MutationEffect } from './mutation-effect';

interface FulfilmentRow {
  id: string;
  number: string;
  status: string;
  warehouse_id: string;
}

/** Orders a pick list may claim: released, or already being picked elsewhere. */
const PICKABLE = new Set(['released', 'picking']);

/** A pick list shows at once in pending_waves; the head office's `waves` row confirms it. */
export const waveStartEffect: MutationEffect<'wave.start'> = {
  parse: (raw) => waveStart.payload.safeParse(raw),
  describe: (payload) => waveStart.describe(payload),
  confirmedBy: ['waves'],
  async prepare(db, payload, context) {
    if (payload.warehouseId !== context.warehouseId) {
      throw new WharfError('BAD_REQUEST', 'This station picks only in its own warehouse.');
    }
    const ids = payload.fulfilments.map((f) => f.fulfilmentId);
    const rows = (
      await sql<FulfilmentRow>`
        SELECT id, number, status, warehouse_id FROM synced_fulfilments
        WHERE id IN (${sql.join(ids)})`.execute(db)
    ).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids) {
      const row = byId.get(id);
      if (!row) {
        throw new WharfError('NOT_FOUND', 'An order in this pick list is not on this station yet.');
      }
      if (row.warehouse_id !== context.warehouseId) {
        throw new WharfError('BAD_REQUEST', `Order ${row.number} is another warehouse's work.`);
      }
      if (!PICKABLE.has(row.status)) {
        throw new WharfError(
          'CONFLICT',
          `Order ${row.number} is ${row.status}; only released orders can be picked.`,
        );
      }
    }
    return {
      subject: `Pick list ${payload.number}`,
      async apply(trx, mutationId) {
        await sql`
          INSERT INTO pending_waves
            (mutation_id, number, warehouse_id, kind, station_id, person_id, created_at)
          VALUES (${mutationId}, ${payload.number}, ${payload.warehouseId}, ${payload.kind},
                  ${context.stationId}, ${context.personId}, ${context.at})`.execute(trx);
        for (const [position, member] of payload.fulfilments.entries()) {
          await sql`
            INSERT INTO pending_wave_members (mutation_id, position, fulfilment_id, tote)
            VALUES (${mutationId}, ${position}, ${member.fulfilmentId}, ${member.tote})`.execute(
            trx,
          );
        }
      },
    };
  },
};
