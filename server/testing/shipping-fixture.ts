import type { Kysely } from 'kysely';
import { randomBytes, randomInt } from 'node:crypto';
import type {
  ManifestClosePayload,
  MutationEnvelope,
  ShipmentCreatePayload,
  ShipmentVoidPayload,
} from '../../shared/mutations';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';
import {
  EXAMPLE_COMPANY_GS1,
  installShippingSetup,
  PARCELCO_CARRIER,
} from '../shipping/shipping-setup';
import { floorMutations, releasedOrder } from './floor-work';
import type { ReleasedOrder } from './floor-work';
import type { StationFloor } from './station-floor';
import type { TestApp } from './test-app';
import type {
  CarrierSetupInput,
  CompanyGs1SetupInput,
  WarehouseAddress,
} from '../shipping/shipping-setup';

/** The test shops' warehouses (setUpShop, e2e floor site): where their parcels leave from. */
const TEST_ADDRESSES: Record<string, WarehouseAddress> = {
  EAST: { addressLine1: '10 Dock Rd', city: 'Newark' },
  WEST: { addressLine1: '200 Embarcadero', city: 'Oakland' },
};

/**
 * The shipping set-up tests and e2e share: the PARCELCO rate-card carrier (prefix PC), the
 * company GS1 prefix 5012345 and street addresses for warehouses EAST and WEST. Override the
 * carriers (e.g. a smaller range size) or set `companyGs1: null` for a company without SSCCs.
 */
export async function seedShippingSetup(
  db: Kysely<CentralDatabase>,
  options: {
    carriers?: CarrierSetupInput[];
    companyGs1?: CompanyGs1SetupInput | null;
    addresses?: Record<string, WarehouseAddress>;
  } = {},
): Promise<void> {
  await installShippingSetup(db, {
    carriers: options.carriers ?? [PARCELCO_CARRIER],
    companyGs1: options.companyGs1 === undefined ? EXAMPLE_COMPANY_GS1 : options.companyGs1,
    addresses: options.addresses ?? TEST_ADDRESSES,
  });
}

/** Envelopes of the shipping mutations, as a station's outbox holds them; override anything. */
export interface ShippingMutations {
  /** shipment.create for a closed parcel (its parcel.close envelope or id). */
  label(parcel: { id: string }, over?: Partial<ShipmentCreatePayload>): MutationEnvelope;
  void(shipment: { id: string }, over?: Partial<ShipmentVoidPayload>): MutationEnvelope;
  manifest(shipments: { id: string }[], over?: Partial<ManifestClosePayload>): MutationEnvelope;
}

export function shippingMutations(
  floor: StationFloor,
  personId = floor.people.packer,
): ShippingMutations {
  const warehouseId = floor.shop.east.id;
  let labels = 0;
  let manifests = 0;
  const envelope = (kind: string, payload: Record<string, unknown>): MutationEnvelope => ({
    id: newId(),
    kind,
    personId,
    createdAt: new Date().toISOString(),
    payload: JSON.parse(JSON.stringify(payload)) as MutationEnvelope['payload'],
  });
  return {
    label: (parcel, over = {}) =>
      envelope('shipment.create', {
        warehouseId,
        parcelId: parcel.id,
        carrierCode: 'PARCELCO',
        serviceCode: 'STANDARD',
        serviceName: 'Standard',
        // Unique across calls and test files: the head office refuses a number used twice.
        trackingNumber: `TST${randomBytes(5).toString('hex').toUpperCase()}${++labels}`,
        priceMinor: 495,
        currency: 'GBP',
        choiceReason: 'Cheapest service that arrives in time',
        parcelIndex: 1,
        parcelCount: 1,
        ...over,
      }),
    void: (shipment, over = {}) =>
      envelope('shipment.void', {
        warehouseId,
        shipmentId: shipment.id,
        reason: 'Label smudged',
        ...over,
      }),
    manifest: (shipments, over = {}) =>
      envelope('manifest.close', {
        warehouseId,
        carrierCode: 'PARCELCO',
        number: `M-EP1-20261126-${++manifests}-${randomBytes(2).toString('hex').toUpperCase()}`,
        shipmentIds: shipments.map((s) => s.id),
        ...over,
      }),
  };
}

/**
 * An order of MUG-1 released to EAST, picked and packed through the station's own mutations
 * into `parcels` parcels of one mug each. Returns the parcel.close envelopes (parcel id = id).
 */
export async function packedOrder(
  t: TestApp,
  floor: StationFloor,
  externalId: string,
  parcels = 1,
): Promise<{ order: ReleasedOrder; parcels: MutationEnvelope[] }> {
  const order = await releasedOrder(t, floor, externalId, [{ sku: 'MUG-1', quantity: parcels }]);
  const m = floorMutations(floor);
  // Each call has its own floorMutations, so the pick list number must not repeat across calls.
  const wave = m.wave([order], { number: `W-PACK-${randomInt(1e8)}` });
  const boxes = Array.from({ length: parcels }, (_, i) =>
    m.parcel(order, [{ sku: 'MUG-1', quantity: 1 }], { last: i === parcels - 1 }),
  );
  const { answer } = await floor.send([wave, m.pick(wave, order, 'MUG-1', parcels), ...boxes]);
  const refused = answer?.results.find((r) => r.status !== 'accepted');
  if (!answer || refused) {
    throw new Error(`packing ${order.number} failed: ${JSON.stringify(refused ?? answer)}`);
  }
  return { order, parcels: boxes };
}

/** On hand and reserved of a product in a warehouse, and its "picked, not shipped" units. */
export async function stockPosition(
  db: Kysely<CentralDatabase>,
  warehouseId: string,
  productId: string,
): Promise<{ onHand: number; reserved: number; pickedNotShipped: number }> {
  const level = await db
    .selectFrom('stock_levels')
    .select(['on_hand', 'reserved'])
    .where('warehouse_id', '=', warehouseId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
  const loose = await db
    .selectFrom('stock_movements')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('units'))
    .where('warehouse_id', '=', warehouseId)
    .where('product_id', '=', productId)
    .where('bin_id', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    onHand: level?.on_hand ?? 0,
    reserved: level?.reserved ?? 0,
    pickedNotShipped: Number(loose.units),
  };
}

/** Where an order stands after labelling: its status, its fulfilment's, its reservations'. */
export async function shippingStatuses(
  db: Kysely<CentralDatabase>,
  order: { orderId: string; fulfilmentId: string },
): Promise<{ order: string; fulfilment: string; reservations: string[] }> {
  const [row, fulfilment, reservations] = await Promise.all([
    db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', order.orderId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('fulfilments')
      .select('status')
      .where('id', '=', order.fulfilmentId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('reservations')
      .select('status')
      .where('order_id', '=', order.orderId)
      .orderBy('status')
      .execute(),
  ]);
  return {
    order: row.status,
    fulfilment: fulfilment.status,
    reservations: reservations.map((r) => r.status),
  };
}
