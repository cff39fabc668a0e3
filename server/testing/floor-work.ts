import type { MutationEnvelope } from '../../shared/mutations';
import type {
  ParcelClosePayload,
  PickRecordPayload,
  PickShortPayload,
  WaveStartPayload,
} from '../../shared/mutations';
import { newId } from '../pipeline/ids';
import { releaseFulfilment } from '../pipeline/release-fulfilment';
import { captureOrderVia } from './shop-setup';
import type { StationFloor } from './station-floor';
import type { TestApp } from './test-app';

export interface FloorLine {
  id: string;
  orderLineId: string;
  productId: string;
  sku: string;
  quantity: number;
}

/** An order captured through the channel API, allocated to EAST and released to its floor. */
export interface ReleasedOrder {
  orderId: string;
  number: string;
  fulfilmentId: string;
  fulfilmentNumber: string;
  lines: FloorLine[];
  line(sku: string): FloorLine;
}

export async function releasedOrder(
  t: TestApp,
  floor: StationFloor,
  externalId: string,
  lines: { sku: string; quantity: number }[],
): Promise<ReleasedOrder> {
  const order = await captureOrderVia(t, floor.shop.web, externalId, lines);
  const db = t.db.db;
  const fulfilment = await db
    .selectFrom('fulfilments')
    .select(['id', 'number', 'warehouse_id'])
    .where('order_id', '=', order.id)
    .executeTakeFirstOrThrow();
  if (fulfilment.warehouse_id !== floor.shop.east.id) {
    throw new Error(`order ${order.number} was not allocated to EAST`);
  }
  await releaseFulfilment(db, fulfilment.id, 'test release');
  const rows = await db
    .selectFrom('fulfilment_lines as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .select(['l.id', 'l.order_line_id', 'l.product_id', 'p.sku', 'l.quantity'])
    .where('l.fulfilment_id', '=', fulfilment.id)
    .execute();
  const floorLines = rows.map((r) => ({
    id: r.id,
    orderLineId: r.order_line_id,
    productId: r.product_id,
    sku: r.sku,
    quantity: r.quantity,
  }));
  return {
    orderId: order.id,
    number: order.number,
    fulfilmentId: fulfilment.id,
    fulfilmentNumber: fulfilment.number,
    lines: floorLines,
    line: (sku) => {
      const found = floorLines.find((l) => l.sku === sku);
      if (!found) throw new Error(`order ${order.number} has no line of ${sku}`);
      return found;
    },
  };
}

/** Envelopes of the floor mutations, as a station's outbox holds them; override anything. */
export interface FloorMutations {
  wave(orders: ReleasedOrder[], over?: Partial<WaveStartPayload>): MutationEnvelope;
  pick(
    wave: MutationEnvelope,
    order: ReleasedOrder,
    sku: string,
    quantity: number,
    over?: Partial<PickRecordPayload>,
  ): MutationEnvelope;
  undo(pick: MutationEnvelope, over?: { warehouseId?: string }): MutationEnvelope;
  short(
    wave: MutationEnvelope,
    order: ReleasedOrder,
    sku: string,
    quantity: number,
    over?: Partial<PickShortPayload>,
  ): MutationEnvelope;
  parcel(
    order: ReleasedOrder,
    items: { sku: string; quantity: number }[],
    over?: Partial<ParcelClosePayload>,
  ): MutationEnvelope;
}

export function floorMutations(
  floor: StationFloor,
  personId = floor.people.picker,
): FloorMutations {
  const east = floor.shop.east;
  let waves = 0;
  const parcels = new Map<string, number>();
  const envelope = (kind: string, payload: Record<string, unknown>): MutationEnvelope => ({
    id: newId(),
    kind,
    personId,
    createdAt: new Date().toISOString(),
    payload: JSON.parse(JSON.stringify(payload)) as MutationEnvelope['payload'],
  });
  return {
    wave: (orders, over = {}) =>
      envelope('wave.start', {
        warehouseId: east.id,
        number: `W-EP1-${++waves}`,
        kind: orders.length === 1 ? 'single' : 'cluster',
        fulfilments: orders.map((o, i) => ({
          fulfilmentId: o.fulfilmentId,
          tote: `TOTE-${i + 1}`,
        })),
        ...over,
      }),
    pick: (wave, order, sku, quantity, over = {}) => {
      const line = order.line(sku);
      return envelope('pick.record', {
        warehouseId: east.id,
        waveId: wave.id,
        fulfilmentId: order.fulfilmentId,
        fulfilmentLineId: line.id,
        productId: line.productId,
        binId: east.binId,
        quantity,
        tote: 'TOTE-1',
        lot: null,
        expiry: null,
        serial: null,
        ...over,
      });
    },
    undo: (pick, over = {}) =>
      envelope('pick.undo', { warehouseId: east.id, pickId: pick.id, ...over }),
    short: (wave, order, sku, quantity, over = {}) => {
      const line = order.line(sku);
      return envelope('pick.short', {
        warehouseId: east.id,
        waveId: wave.id,
        fulfilmentId: order.fulfilmentId,
        fulfilmentLineId: line.id,
        productId: line.productId,
        binId: east.binId,
        quantity,
        reason: 'bin-empty',
        resolution: 'backorder',
        ...over,
      });
    },
    parcel: (order, items, over = {}) => {
      const n = (parcels.get(order.fulfilmentId) ?? 0) + 1;
      parcels.set(order.fulfilmentId, n);
      return envelope('parcel.close', {
        warehouseId: east.id,
        fulfilmentId: order.fulfilmentId,
        number: `${order.fulfilmentNumber}-P${n}`,
        boxCode: 'BOX-M',
        weightGrams: 1200,
        lengthMm: 300,
        widthMm: 200,
        heightMm: 150,
        items: items.map((i) => {
          const line = order.line(i.sku);
          return { fulfilmentLineId: line.id, productId: line.productId, quantity: i.quantity };
        }),
        last: true,
        ...over,
      });
    },
  };
}
