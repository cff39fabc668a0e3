import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { scanRefused } from '../../../shared/mutations';
import type { MutationEffect } from './mutation-effect';

/** A refused scan shows in the exception list at once; the synced row replaces it. */
export const scanRefusedEffect: MutationEffect<'scan.refused'> = {
  parse: (raw) => scanRefused.payload.safeParse(raw),
  describe: (payload) => scanRefused.describe(payload),
  confirmedBy: ['scan_refusals'],
  prepare(_db, payload, context) {
    if (payload.warehouseId !== context.warehouseId) {
      return Promise.reject(
        new WharfError('BAD_REQUEST', 'This station scans only in its own warehouse.'),
      );
    }
    return Promise.resolve({
      subject: payload.screen === 'pick' ? 'Picking' : 'Packing',
      async apply(trx, mutationId) {
        await sql`
          INSERT INTO pending_scan_refusals
            (mutation_id, station_id, person_id, screen, wave_id, fulfilment_id, reason, detail,
             scanned, refused_at)
          VALUES (${mutationId}, ${context.stationId}, ${context.personId}, ${payload.screen},
                  ${payload.waveId}, ${payload.fulfilmentId}, ${payload.reason}, ${payload.detail},
                  ${payload.scanned}, ${context.at})`.execute(trx);
      },
    });
  },
};
