import type { Kysely, Selectable, Transaction } from 'kysely';
import { sql } from 'kysely';
import {
  CarrierAddressSchema,
  type CarrierLabelAnswer,
  type CarrierLabelRequest,
  type CarrierVoidAnswer,
} from '../../shared/contract/schemas/carrier-api';
import type { CentralDatabase } from '../db/schema';
import type { StationCaller } from '../http/station-auth';
import { newId } from '../pipeline/ids';
import { PipelineError } from '../pipeline/pipeline-error';
import type { ShipmentRequest } from './carrier-adapter';
import { adapterFor, requireCarrier } from './carrier-directory';
import type { MiddlewareClient } from './middleware/easypost-client';

export interface CarrierLabelDeps {
  db: Kysely<CentralDatabase>;
  middleware: MiddlewareClient | undefined;
}

type LabelRow = Selectable<CentralDatabase['carrier_labels']>;

/**
 * One purchase per parcel at a time, across head-office processes. A transaction-scoped advisory
 * lock rather than a row lock on parcels, so the floor's own writes to parcels never wait on a
 * carrier's answer.
 */
async function lockParcelLabels(trx: Transaction<CentralDatabase>, parcelId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`carrier-label:${parcelId}`}, 0))`.execute(
    trx,
  );
}

async function parcelOfStation(
  db: Kysely<CentralDatabase>,
  parcelId: string,
  caller: StationCaller,
) {
  const parcel = await db
    .selectFrom('parcels as p')
    .innerJoin('fulfilments as f', 'f.id', 'p.fulfilment_id')
    .select([
      'p.id',
      'p.number',
      'p.weight_grams',
      'p.length_mm',
      'p.width_mm',
      'p.height_mm',
      'f.ship_to',
    ])
    .where('p.id', '=', parcelId)
    .where('p.warehouse_id', '=', caller.warehouseId)
    .executeTakeFirst();
  if (!parcel) {
    throw new PipelineError(
      'NOT_FOUND',
      `Parcel ${parcelId} is not at the head office yet; the station sends it with its outbox and then asks for the label again`,
    );
  }
  return parcel;
}

function answerOf(row: LabelRow, newlyBought: boolean): CarrierLabelAnswer {
  return {
    parcelId: row.parcel_id,
    carrierCode: row.carrier_code,
    serviceCode: row.service_code,
    trackingNumber: row.tracking_number,
    zpl: row.label_zpl,
    priceMinor: row.price_minor,
    currency: row.currency,
    providerShipmentId: row.provider_shipment_id,
    boughtAt: row.bought_at.toISOString(),
    newlyBought,
  };
}

/**
 * Buys the parcel's label through the middleware, once: a retry (the station timed out, the
 * network dropped the answer) gets the label already bought instead of paying twice.
 */
export async function buyCarrierLabel(
  deps: CarrierLabelDeps,
  caller: StationCaller,
  request: CarrierLabelRequest,
): Promise<CarrierLabelAnswer> {
  const parcel = await parcelOfStation(deps.db, request.parcelId, caller);
  const carrier = await requireCarrier(deps.db, request.carrierCode);
  if (carrier.kind !== 'middleware') {
    throw new PipelineError(
      'CONFLICT',
      `${carrier.name} labels are printed at the station from its consignment range; nothing to buy`,
    );
  }
  return deps.db.transaction().execute(async (trx) => {
    await lockParcelLabels(trx, parcel.id);
    const live = await trx
      .selectFrom('carrier_labels')
      .selectAll()
      .where('parcel_id', '=', parcel.id)
      .where('voided_at', 'is', null)
      .executeTakeFirst();
    if (live) {
      if (live.carrier_code !== request.carrierCode || live.service_code !== request.serviceCode) {
        throw new PipelineError(
          'CONFLICT',
          `Parcel ${parcel.number} already has a ${live.carrier_code} ${live.service_code} label (${live.tracking_number}); void it before buying another`,
        );
      }
      return answerOf(live, false);
    }
    const destination = CarrierAddressSchema.safeParse(parcel.ship_to);
    if (!destination.success) {
      throw new PipelineError(
        'UNPROCESSABLE',
        `The order's delivery address is incomplete, so no carrier can label parcel ${parcel.number}; correct the order's address`,
        destination.error.issues.map((i) => ({
          path: `shipTo.${i.path.map(String).join('.')}`,
          message: i.message,
        })),
      );
    }
    const shipment: ShipmentRequest = {
      weightGrams: parcel.weight_grams,
      lengthMm: parcel.length_mm,
      widthMm: parcel.width_mm,
      heightMm: parcel.height_mm,
      origin: request.origin,
      destination: destination.data,
      reference: parcel.number,
    };
    const adapter = adapterFor(carrier, deps.middleware);
    const label = await adapter.buyLabel({
      serviceCode: request.serviceCode,
      rateId: request.rateId,
      shipment,
    });
    const row = await trx
      .insertInto('carrier_labels')
      .values({
        id: newId(),
        parcel_id: parcel.id,
        carrier_code: carrier.code,
        service_code: label.serviceCode,
        provider_shipment_id: label.providerShipmentId,
        tracking_number: label.trackingNumber,
        label_zpl: label.zpl,
        price_minor: label.price.amountMinor,
        currency: label.price.currency,
        station_id: caller.stationId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return answerOf(row, true);
  });
}

/** Refunds the parcel's live middleware label and marks it void; the number is never reused. */
export async function voidCarrierLabel(
  deps: CarrierLabelDeps,
  caller: StationCaller,
  parcelId: string,
): Promise<CarrierVoidAnswer> {
  const parcel = await parcelOfStation(deps.db, parcelId, caller);
  return deps.db.transaction().execute(async (trx) => {
    await lockParcelLabels(trx, parcel.id);
    const live = await trx
      .selectFrom('carrier_labels')
      .selectAll()
      .where('parcel_id', '=', parcel.id)
      .where('voided_at', 'is', null)
      .executeTakeFirst();
    if (!live) {
      throw new PipelineError(
        'NOT_FOUND',
        `Parcel ${parcel.number} has no bought carrier label to void`,
      );
    }
    const carrier = await requireCarrier(trx, live.carrier_code, false);
    const result = await adapterFor(carrier, deps.middleware).void({
      trackingNumber: live.tracking_number,
      providerShipmentId: live.provider_shipment_id,
    });
    const voided = await trx
      .updateTable('carrier_labels')
      .set({ voided_at: sql<Date>`now()` })
      .where('id', '=', live.id)
      .returning(['voided_at'])
      .executeTakeFirstOrThrow();
    return {
      parcelId: parcel.id,
      trackingNumber: live.tracking_number,
      voidedAt: (voided.voided_at ?? new Date()).toISOString(),
      refundStatus: result.refundStatus,
    };
  });
}
