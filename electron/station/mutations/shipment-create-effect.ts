import { sql } from 'kysely';
import { WharfError } from '../../../shared/contract';
import { formatConsignmentNumber } from '../../../shared/domain/shipping/consignment-range';
import { shipmentCreate } from '../../../shared/mutations';
import type { MutationEffect } from './mutation-effect';

interface ParcelRow {
  id: string;
  number: string;
  fulfilment_id: string;
  warehouse_id: string;
}

interface RangeRow {
  id: string;
  carrier_code: string;
  prefix: string;
  first_serial: number;
  last_serial: number;
  next_serial: number | null;
}

/**
 * A labelled parcel shows as labelled at once (pending_shipments). A rate-card label's
 * consignment serial moves this station's cursor forward in the same transaction, so the number
 * is never handed out twice — not even when the head office later refuses the label.
 */
export const shipmentCreateEffect: MutationEffect<'shipment.create'> = {
  parse: (raw) => shipmentCreate.payload.safeParse(raw),
  describe: (payload) => shipmentCreate.describe(payload),
  confirmedBy: ['shipments'],
  async prepare(db, payload, context) {
    const parcel = (
      await sql<ParcelRow>`
        SELECT p.id, p.number, p.fulfilment_id, f.warehouse_id
        FROM floor_parcels p JOIN synced_fulfilments f ON f.id = p.fulfilment_id
        WHERE p.id = ${payload.parcelId}`.execute(db)
    ).rows[0];
    if (!parcel) throw new WharfError('NOT_FOUND', 'This station does not know that parcel.');
    if (
      parcel.warehouse_id !== context.warehouseId ||
      payload.warehouseId !== context.warehouseId
    ) {
      throw new WharfError('BAD_REQUEST', `Parcel ${parcel.number} is another warehouse's.`);
    }
    return {
      subject: `Parcel ${parcel.number}`,
      async apply(trx, mutationId) {
        const live = (
          await sql<{ tracking_number: string }>`
            SELECT tracking_number FROM ship_shipments
            WHERE parcel_id = ${parcel.id} AND voided_at IS NULL`.execute(trx)
        ).rows[0];
        if (live) {
          throw new WharfError(
            'CONFLICT',
            `Parcel ${parcel.number} already has label ${live.tracking_number}; void it first.`,
          );
        }
        if (payload.consignment) {
          const { rangeId, serial } = payload.consignment;
          const range = (
            await sql<RangeRow>`
              SELECT r.id, r.carrier_code, r.prefix, r.first_serial, r.last_serial, c.next_serial
              FROM synced_consignment_ranges r
              LEFT JOIN consignment_cursors c ON c.range_id = r.id
              WHERE r.id = ${rangeId}`.execute(trx)
          ).rows[0];
          const next = range
            ? Math.max(range.next_serial ?? range.first_serial, range.first_serial)
            : 0;
          if (
            !range ||
            range.carrier_code !== payload.carrierCode ||
            serial !== next ||
            serial > range.last_serial ||
            payload.trackingNumber !==
              formatConsignmentNumber(
                { prefix: range.prefix, first: range.first_serial, last: range.last_serial, next },
                serial,
              )
          ) {
            throw new WharfError(
              'CONFLICT',
              'That consignment number is not the next one free at this station; take the label again.',
            );
          }
          await sql`
            INSERT INTO consignment_cursors (range_id, next_serial) VALUES (${rangeId}, ${serial + 1})
            ON CONFLICT (range_id) DO UPDATE SET next_serial = excluded.next_serial`.execute(trx);
        }
        if (payload.ssccSource) {
          const { rangeId, serial } = payload.ssccSource;
          const range = (
            await sql<{ first_serial: number; last_serial: number; next_serial: number | null }>`
              SELECT r.first_serial, r.last_serial, c.next_serial
              FROM synced_sscc_ranges r LEFT JOIN consignment_cursors c ON c.range_id = r.id
              WHERE r.id = ${rangeId}`.execute(trx)
          ).rows[0];
          if (
            !range ||
            serial !== Math.max(range.next_serial ?? 0, range.first_serial) ||
            serial > range.last_serial
          ) {
            throw new WharfError(
              'CONFLICT',
              'That SSCC is not the next one free at this station; take the label again.',
            );
          }
          await sql`
            INSERT INTO consignment_cursors (range_id, next_serial) VALUES (${rangeId}, ${serial + 1})
            ON CONFLICT (range_id) DO UPDATE SET next_serial = excluded.next_serial`.execute(trx);
        }
        await sql`
          INSERT INTO pending_shipments
            (mutation_id, fulfilment_id, parcel_id, carrier_code, service_code, service_name,
             tracking_number, sscc, price_minor, currency, choice_reason, override_reason,
             parcel_index, parcel_count, station_id, person_id, created_at)
          VALUES (${mutationId}, ${parcel.fulfilment_id}, ${parcel.id}, ${payload.carrierCode},
                  ${payload.serviceCode}, ${payload.serviceName}, ${payload.trackingNumber},
                  ${payload.sscc ?? null}, ${payload.priceMinor}, ${payload.currency},
                  ${payload.choiceReason}, ${payload.overrideReason ?? null},
                  ${payload.parcelIndex}, ${payload.parcelCount}, ${context.stationId},
                  ${context.personId}, ${context.at})`.execute(trx);
        await sql`DELETE FROM awaiting_labels WHERE parcel_id = ${parcel.id}`.execute(trx);
      },
    };
  },
};
