import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { manifestClose, shipmentVoid } from '../../../shared/mutations';
import type { MutationEffect } from './mutation-effect';

interface ShipmentRow {
  id: string;
  tracking_number: string;
  carrier_code: string;
  tracking_state: string;
  manifest_id: string | null;
  voided_at: string | null;
}

async function shipmentRows(
  db: Parameters<MutationEffect<'shipment.void'>['prepare']>[0],
  ids: readonly string[],
): Promise<Map<string, ShipmentRow>> {
  const rows = (
    await sql<ShipmentRow>`
      SELECT id, tracking_number, carrier_code, tracking_state, manifest_id, voided_at
      FROM ship_shipments WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(
      db,
    )
  ).rows;
  return new Map(rows.map((r) => [r.id, r]));
}

/** A voided label shows void at once; the parcel is back among those waiting for a label. */
export const shipmentVoidEffect: MutationEffect<'shipment.void'> = {
  parse: (raw) => shipmentVoid.payload.safeParse(raw),
  describe: (payload) => shipmentVoid.describe(payload),
  confirmedBy: ['shipments'],
  async prepare(db, payload, context) {
    if (payload.warehouseId !== context.warehouseId) {
      throw new WharfError('BAD_REQUEST', 'This station voids labels only in its own warehouse.');
    }
    const shipment = (await shipmentRows(db, [payload.shipmentId])).get(payload.shipmentId);
    if (!shipment) throw new WharfError('NOT_FOUND', 'This station does not know that label.');
    return {
      subject: `Label ${shipment.tracking_number}`,
      async apply(trx, mutationId) {
        const now = (await shipmentRows(trx, [payload.shipmentId])).get(payload.shipmentId);
        if (!now || now.voided_at) {
          throw new WharfError('CONFLICT', `Label ${shipment.tracking_number} is already void.`);
        }
        if (now.manifest_id) {
          throw new WharfError(
            'CONFLICT',
            `Label ${shipment.tracking_number} is on a closed manifest; it left with the collection.`,
          );
        }
        if (now.tracking_state !== 'label_created') {
          throw new WharfError(
            'CONFLICT',
            `The carrier already has parcel ${shipment.tracking_number}; it cannot be voided.`,
          );
        }
        await sql`
          INSERT INTO pending_shipment_voids (mutation_id, shipment_id, reason, voided_at)
          VALUES (${mutationId}, ${payload.shipmentId}, ${payload.reason}, ${context.at})`.execute(
          trx,
        );
      },
    };
  },
};

/** A closed manifest shows at once: its parcels leave the open list for that carrier. */
export const manifestCloseEffect: MutationEffect<'manifest.close'> = {
  parse: (raw) => manifestClose.payload.safeParse(raw),
  describe: (payload) => manifestClose.describe(payload),
  confirmedBy: ['manifests', 'shipments'],
  prepare(_db, payload, context) {
    if (payload.warehouseId !== context.warehouseId) {
      return Promise.reject(
        new WharfError('BAD_REQUEST', 'This station closes manifests only for its own warehouse.'),
      );
    }
    return Promise.resolve({
      subject: `Manifest ${payload.number}`,
      async apply(trx, mutationId) {
        const rows = await shipmentRows(trx, payload.shipmentIds);
        for (const id of payload.shipmentIds) {
          const row = rows.get(id);
          if (
            !row ||
            row.voided_at ||
            row.manifest_id ||
            row.carrier_code !== payload.carrierCode
          ) {
            throw new WharfError(
              'CONFLICT',
              'A parcel on this manifest is void, on another manifest or for another carrier; close it again.',
            );
          }
        }
        await sql`
          INSERT INTO pending_manifests (mutation_id, number, carrier_code, shipment_ids, closed_at)
          VALUES (${mutationId}, ${payload.number}, ${payload.carrierCode},
                  ${JSON.stringify(payload.shipmentIds)}, ${context.at})`.execute(trx);
      },
    });
  },
};
