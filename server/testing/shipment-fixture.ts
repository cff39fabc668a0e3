import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { transition } from '../../shared/domain/order-state-machine';
import type { CentralDatabase } from '../db/schema';
import { applyOrderTransition } from '../pipeline/order-events';
import { lockOrder } from '../pipeline/order-lock';
import type { TrackingTables } from '../tracking/tracking-tables';
import { floorMutations, releasedOrder } from './floor-work';
import type { ReleasedOrder } from './floor-work';
import type { StationFloor } from './station-floor';
import type { TestApp } from './test-app';

export interface TestShipment {
  id: string;
  parcelId: string;
  trackingNumber: string;
  carrierCode: string;
}

export interface ShippedOrder extends ReleasedOrder {
  shipments: TestShipment[];
}

/** A middleware carrier row (EasyPost-style), optionally with a public tracking page. */
export async function addTrackingCarrier(
  db: Kysely<CentralDatabase>,
  code = 'EZP',
  options: { name?: string; trackingUrlTemplate?: string } = {},
): Promise<string> {
  await db
    .insertInto('carriers')
    .values({ code, name: options.name ?? `Carrier ${code}`, kind: 'middleware', rate_card: null })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  if (options.trackingUrlTemplate) {
    await db
      .withTables<TrackingTables>()
      .insertInto('carrier_tracking_links')
      .values({ carrier_code: code, url_template: options.trackingUrlTemplate })
      .execute();
  }
  return code;
}

/**
 * An order of MUG-1 packed in EAST into `parcels` parcels of one mug each, every parcel
 * labelled (a shipments row, written here directly as the shipment.create applier would), and
 * the fulfilment and order moved to shipped through the state machine.
 */
export async function shippedOrder(
  t: TestApp,
  floor: StationFloor,
  externalId: string,
  options: {
    parcels?: number;
    carrierCode?: string;
    labelledAt?: Date;
    /** The parcels' tracking numbers; made up when left out. */
    trackingNumbers?: string[];
  } = {},
): Promise<ShippedOrder> {
  const db = t.db.db;
  const parcels = options.parcels ?? 1;
  const carrierCode = options.carrierCode ?? (await addTrackingCarrier(db));
  const order = await releasedOrder(t, floor, externalId, [{ sku: 'MUG-1', quantity: parcels }]);
  const m = floorMutations(floor);
  // Each call has its own floorMutations, so the pick list number must not repeat across calls.
  const wave = m.wave([order], { number: `W-SHIP-${randomInt(1e8)}` });
  const boxes = Array.from({ length: parcels }, (_, i) =>
    m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }], { last: i === parcels - 1 }),
  );
  const { answer } = await floor.send([wave, m.pick(wave, order, 'MUG-1', parcels), ...boxes]);
  const refused = answer?.results.find((r) => r.status !== 'accepted');
  if (!answer || refused) {
    throw new Error(`packing ${order.number} failed: ${JSON.stringify(refused ?? answer)}`);
  }
  const labelledAt = options.labelledAt ?? new Date();
  const shipments: TestShipment[] = [];
  for (const [i, box] of boxes.entries()) {
    const trackingNumber =
      options.trackingNumbers?.[i] ?? `EZ${String(randomInt(1e9)).padStart(9, '0')}${i}`;
    await db
      .insertInto('shipments')
      .values({
        id: box.id,
        warehouse_id: floor.shop.east.id,
        fulfilment_id: order.fulfilmentId,
        parcel_id: box.id,
        carrier_code: carrierCode,
        service_code: 'GROUND',
        service_name: 'Ground',
        tracking_number: trackingNumber,
        price_minor: 750,
        currency: 'USD',
        choice_reason: 'cheapest',
        parcel_index: i + 1,
        parcel_count: parcels,
        station_id: floor.station.stationId,
        person_id: floor.people.packer,
        created_at: labelledAt,
      })
      .execute();
    shipments.push({ id: box.id, parcelId: box.id, trackingNumber, carrierCode });
  }
  await db.transaction().execute(async (trx) => {
    const locked = await lockOrder(trx, order.orderId);
    const by = { actor: 'test shipper', at: labelledAt.toISOString() };
    await trx
      .updateTable('fulfilments')
      .set({ status: 'shipped', updated_at: by.at })
      .where('id', '=', order.fulfilmentId)
      .execute();
    await applyOrderTransition(trx, order.orderId, transition(locked, 'shipped', by));
  });
  return { ...order, shipments };
}
