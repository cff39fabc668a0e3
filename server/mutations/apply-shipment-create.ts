import type { Transaction } from 'kysely';
import { formatConsignmentNumber } from '../../shared/domain/shipping/consignment-range';
import { makeSscc } from '../../shared/labels/sscc';
import type { ShipmentCreatePayload } from '../../shared/mutations';
import type { CentralDatabase } from '../db/schema';
import type { StationCaller } from '../http/station-auth';
import { shipFulfilment } from '../pipeline/ship-fulfilment';
import { lockProductStock } from '../pipeline/product-stock-lock';
import { floorActor, requireFloorWork } from './floor-lookups';
import { refuseDuplicateNumber } from './floor-rejections';
import type { MutationApplier } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';
import { requireStationWarehouse } from './station-warehouse';
import { afterShipmentCreated } from './shipment-hooks';

type Trx = Transaction<CentralDatabase>;

/**
 * shipment.create: a parcel's label. The label already exists on paper, so only what cannot be
 * true is refused: a parcel that is not this warehouse's or already labelled, an unknown carrier,
 * a consignment number outside the station's own ranges. The last labelled parcel of a packed
 * fulfilment ships it: stock leaves the ledger and the order moves to shipped.
 */
export const applyShipmentCreate: MutationApplier<'shipment.create'> = {
  activity: 'shipping',
  async apply(trx, context, payload) {
    const { station } = context;
    requireStationWarehouse(station, payload.warehouseId);
    const parcel = await trx
      .selectFrom('parcels')
      .select(['id', 'number', 'fulfilment_id', 'warehouse_id'])
      .where('id', '=', payload.parcelId)
      .executeTakeFirst();
    if (!parcel || parcel.warehouse_id !== station.warehouseId) {
      throw new MutationRejection(
        'NOT_FOUND',
        'The head office has no record of that parcel here; sync the station and scan the parcel again.',
      );
    }
    const products = await trx
      .selectFrom('fulfilment_lines')
      .select('product_id')
      .where('fulfilment_id', '=', parcel.fulfilment_id)
      .execute();
    // Stock before orders: the lock order of every pipeline writer.
    await lockProductStock(
      trx,
      products.map((p) => p.product_id),
    );
    const work = await requireFloorWork(
      trx,
      station,
      parcel.fulfilment_id,
      ['packed', 'shipped', 'picking'],
      'shipped',
    );
    await requireCarrier(trx, payload);
    if (payload.consignment) await checkConsignment(trx, station, payload);
    if (payload.ssccSource) await checkSscc(trx, station, payload);
    const live = await trx
      .selectFrom('shipments')
      .select('tracking_number')
      .where('parcel_id', '=', parcel.id)
      .where('voided_at', 'is', null)
      .executeTakeFirst();
    const labelledTwice = (tracking: string) =>
      new MutationRejection(
        'CONFLICT',
        `Parcel ${parcel.number} already has label ${tracking}; void that label first if this one replaces it.`,
      );
    if (live) throw labelledTwice(live.tracking_number);

    const by = floorActor(context);
    const insert = trx.insertInto('shipments').values({
      id: context.mutationId,
      warehouse_id: station.warehouseId,
      fulfilment_id: parcel.fulfilment_id,
      parcel_id: parcel.id,
      carrier_code: payload.carrierCode,
      service_code: payload.serviceCode,
      service_name: payload.serviceName,
      tracking_number: payload.trackingNumber,
      sscc: payload.sscc ?? null,
      consignment_range_id: payload.consignment?.rangeId ?? null,
      consignment_serial: payload.consignment?.serial ?? null,
      price_minor: payload.priceMinor,
      currency: payload.currency,
      choice_reason: payload.choiceReason,
      override_reason: payload.overrideReason ?? null,
      parcel_index: payload.parcelIndex,
      parcel_count: payload.parcelCount,
      station_id: station.stationId,
      person_id: context.person.id,
      created_at: context.createdAt,
    });
    await refuseDuplicateNumber(
      () =>
        refuseDuplicateNumber(
          () => insert.execute(),
          'shipments_sscc',
          () =>
            new MutationRejection(
              'CONFLICT',
              `SSCC ${payload.sscc ?? ''} is already on another parcel; void this label and print a new one.`,
            ),
        ),
      'shipments_carrier_code_tracking_number_key',
      () =>
        new MutationRejection(
          'CONFLICT',
          `Tracking number ${payload.trackingNumber} is already on another ${payload.carrierCode} parcel; void this label and print a new one.`,
        ),
    );
    await afterShipmentCreated(trx, { shipmentId: context.mutationId });
    if (
      work.fulfilment.status === 'packed' &&
      (await everyParcelLabelled(trx, parcel.fulfilment_id))
    ) {
      await shipFulfilment(trx, work, {
        ...by,
        data: { ...by.data, parcel: parcel.number, tracking: payload.trackingNumber },
      });
    }
  },
};

/**
 * The carrier must exist; a carrier switched off since is still accepted, because the label is
 * already on the parcel and only the carrier can now refuse it.
 */
async function requireCarrier(
  trx: Trx,
  payload: ShipmentCreatePayload,
): Promise<{ code: string; kind: 'rate_card' | 'middleware' }> {
  const carrier = await trx
    .selectFrom('carriers')
    .select(['code', 'kind'])
    .where('code', '=', payload.carrierCode)
    .executeTakeFirst();
  if (!carrier) {
    throw new MutationRejection(
      'NOT_FOUND',
      `The head office does not ship with carrier ${payload.carrierCode}; void this label and choose a listed carrier.`,
    );
  }
  return carrier;
}

/** A rate-card consignment number must come from one of this station's own blocks. */
async function checkConsignment(
  trx: Trx,
  station: StationCaller,
  payload: ShipmentCreatePayload,
): Promise<void> {
  const taken = payload.consignment;
  if (!taken) return;
  const range = await trx
    .selectFrom('consignment_ranges')
    .selectAll()
    .where('id', '=', taken.rangeId)
    .executeTakeFirst();
  const outside = new MutationRejection(
    'CONFLICT',
    `Consignment number ${payload.trackingNumber} is not from a range the head office gave this station; void the label and print it again.`,
  );
  if (
    !range ||
    range.station_id !== station.stationId ||
    range.carrier_code !== payload.carrierCode ||
    taken.serial < range.first_serial ||
    taken.serial > range.last_serial
  ) {
    throw outside;
  }
  const expected = formatConsignmentNumber(
    {
      prefix: range.prefix,
      first: range.first_serial,
      last: range.last_serial,
      next: taken.serial,
    },
    taken.serial,
  );
  if (expected !== payload.trackingNumber) throw outside;
}

/** An SSCC must come from this station's own block, so no two stations ever print the same. */
async function checkSscc(
  trx: Trx,
  station: StationCaller,
  payload: ShipmentCreatePayload,
): Promise<void> {
  const source = payload.ssccSource;
  if (!source) return;
  const range = await trx
    .selectFrom('sscc_ranges')
    .selectAll()
    .where('id', '=', source.rangeId)
    .executeTakeFirst();
  const valid =
    range &&
    range.station_id === station.stationId &&
    source.serial >= range.first_serial &&
    source.serial <= range.last_serial &&
    makeSscc({
      extensionDigit: range.extension_digit,
      companyPrefix: range.company_prefix,
      serialReference: source.serial,
    }) === payload.sscc;
  if (!valid) {
    throw new MutationRejection(
      'CONFLICT',
      `SSCC ${payload.sscc ?? ''} is not from a block the head office gave this station; void the label and print it again.`,
    );
  }
}

async function everyParcelLabelled(trx: Trx, fulfilmentId: string): Promise<boolean> {
  const unlabelled = await trx
    .selectFrom('parcels as p')
    .select('p.id')
    .where('p.fulfilment_id', '=', fulfilmentId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('shipments as s')
            .select('s.id')
            .whereRef('s.parcel_id', '=', 'p.id')
            .where('s.voided_at', 'is', null),
        ),
      ),
    )
    .executeTakeFirst();
  return unlabelled === undefined;
}
