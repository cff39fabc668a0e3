import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { OrderDetail } from '../../shared/api/order-detail';
import { HoldReasonSchema, OrderAddressSchema } from '../../shared/api/order-detail';
import { isFulfilmentStatus } from '../../shared/api/fulfilment-status';
import type { FulfilmentStatus } from '../../shared/api/fulfilment-status';
import type { CentralDatabase } from '../db/schema';
import { findOrderId, orderStatusOf } from '../pipeline/order-lock';
import { isoOf, moneyOf } from './answer-values';
import { orderTimeline } from './order-timeline-query';

const HoldReasons = z.array(HoldReasonSchema);
const ReservationStatus = z.enum(['active', 'released', 'consumed']);

/** Everything about one order a person looks at: lines, where they ship from, and its story. */
export async function orderDetail(
  db: Kysely<CentralDatabase>,
  idOrNumber: string,
): Promise<OrderDetail> {
  const orderId = await findOrderId(db, idOrNumber);
  const order = await db
    .selectFrom('orders as o')
    .innerJoin('channels as c', 'c.id', 'o.channel_id')
    .leftJoin('customers as cu', 'cu.id', 'o.customer_id')
    .selectAll('o')
    .select(['c.code as channel_code', 'c.name as channel_name', 'cu.name as customer_name'])
    .where('o.id', '=', orderId)
    .executeTakeFirstOrThrow();
  const lines = await db
    .selectFrom('order_lines as l')
    .leftJoin('products as p', 'p.id', 'l.product_id')
    .select([
      'l.id',
      'l.line_no',
      'l.sku',
      'p.name as product_name',
      'l.quantity',
      'l.unit_price_minor',
      'l.backordered_qty',
    ])
    .where('l.order_id', '=', orderId)
    .orderBy('l.line_no')
    .execute();
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const fulfilments = await db
    .selectFrom('fulfilments as f')
    .innerJoin('warehouses as w', 'w.id', 'f.warehouse_id')
    .select(['f.id', 'f.number', 'w.code as warehouse', 'f.status', 'f.created_at', 'f.updated_at'])
    .where('f.order_id', '=', orderId)
    .orderBy('f.created_at')
    .orderBy('f.number')
    .execute();
  const fulfilmentLines =
    fulfilments.length === 0
      ? []
      : await db
          .selectFrom('fulfilment_lines')
          .select(['fulfilment_id', 'order_line_id', 'quantity'])
          .where(
            'fulfilment_id',
            'in',
            fulfilments.map((f) => f.id),
          )
          .execute();
  const shipments =
    fulfilments.length === 0
      ? []
      : await db
          .selectFrom('shipments as s')
          .innerJoin('parcels as p', 'p.id', 's.parcel_id')
          .select([
            's.fulfilment_id',
            'p.number as parcel',
            's.carrier_code',
            's.service_name',
            's.tracking_number',
            's.tracking_state',
            's.created_at',
            's.voided_at',
          ])
          .where(
            's.fulfilment_id',
            'in',
            fulfilments.map((f) => f.id),
          )
          .orderBy('s.created_at')
          .execute();
  const reservations = await db
    .selectFrom('reservations as r')
    .innerJoin('warehouses as w', 'w.id', 'r.warehouse_id')
    .select([
      'r.id',
      'r.order_line_id',
      'w.code as warehouse',
      'r.quantity',
      'r.status',
      'r.created_at',
      'r.closed_at',
    ])
    .where('r.order_id', '=', orderId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();

  const currency = order.currency;
  const lineRef = (orderLineId: string) => {
    const line = lineById.get(orderLineId);
    return { lineNo: line?.line_no ?? 0, sku: line?.sku ?? '' };
  };
  return {
    id: order.id,
    number: order.number,
    channel: { code: order.channel_code, name: order.channel_name },
    externalId: order.external_id,
    status: orderStatusOf(order.status),
    customer: {
      email: order.customer_email,
      name: order.customer_name ?? OrderAddressSchema.parse(order.ship_to).name,
    },
    subtotal: moneyOf(order.subtotal_minor, currency),
    shipping: moneyOf(order.shipping_minor, currency),
    tax: moneyOf(order.tax_minor, currency),
    discount: moneyOf(order.discount_minor, currency),
    total: moneyOf(order.total_minor, currency),
    taxIncluded: order.tax_included,
    paymentStatus: order.payment_status,
    serviceLevel: order.service_level,
    shipTo: OrderAddressSchema.parse(order.ship_to),
    billTo: order.bill_to === null ? null : OrderAddressSchema.parse(order.bill_to),
    notes: order.notes,
    holdReasons: HoldReasons.parse(order.hold_reasons),
    placedAt: isoOf(order.placed_at),
    createdAt: isoOf(order.created_at),
    updatedAt: isoOf(order.updated_at),
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      sku: l.sku,
      productName: l.product_name,
      quantity: l.quantity,
      unitPrice: moneyOf(l.unit_price_minor, currency),
      lineTotal: moneyOf(Number(l.unit_price_minor) * l.quantity, currency),
      backordered: l.backordered_qty,
    })),
    fulfilments: fulfilments.map((f) => ({
      id: f.id,
      number: f.number,
      warehouse: f.warehouse,
      status: fulfilmentStatusOf(f.status),
      createdAt: isoOf(f.created_at),
      updatedAt: isoOf(f.updated_at),
      lines: fulfilmentLines
        .filter((fl) => fl.fulfilment_id === f.id)
        .map((fl) => ({ ...lineRef(fl.order_line_id), quantity: fl.quantity }))
        .sort((a, b) => a.lineNo - b.lineNo),
      shipments: shipments
        .filter((sh) => sh.fulfilment_id === f.id)
        .map((sh) => ({
          parcel: sh.parcel,
          carrier: sh.carrier_code,
          service: sh.service_name,
          trackingNumber: sh.tracking_number,
          trackingState: sh.tracking_state,
          labelledAt: isoOf(sh.created_at),
          voided: sh.voided_at !== null,
        })),
    })),
    reservations: reservations.map((r) => ({
      id: r.id,
      ...lineRef(r.order_line_id),
      warehouse: r.warehouse,
      quantity: r.quantity,
      status: ReservationStatus.parse(r.status),
      createdAt: isoOf(r.created_at),
      closedAt: r.closed_at === null ? null : isoOf(r.closed_at),
    })),
    timeline: await orderTimeline(db, orderId),
  };
}

function fulfilmentStatusOf(value: string): FulfilmentStatus {
  // The table's CHECK allows only known statuses; anything else is a broken row.
  if (!isFulfilmentStatus(value)) throw new Error(`Fulfilment row has unknown status '${value}'`);
  return value;
}
