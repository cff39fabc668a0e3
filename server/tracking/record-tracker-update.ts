import type { Kysely, Transaction } from 'kysely';
import type { TrackingState } from '../../shared/domain/shipping/tracking-state';
import type { CentralDatabase } from '../db/schema';
import { queueShipmentNotification } from '../notify/queue-notification';
import { newId } from '../pipeline/ids';
import { inTransaction } from '../pipeline/in-transaction';
import { lockOrder } from '../pipeline/order-lock';
import type { LockedOrder } from '../pipeline/order-lock';
import { deliverOrderIfAllDelivered } from './deliver-order';
import { normaliseCarrierStatus } from './normalise-status';
import { parkTrackerUpdate } from './parked-tracker-updates';
import { trackingDetailId } from './source-event-id';
import type { TrackerUpdate, TrackingDetail } from './tracker-event';
import { openTrackingAlert, resolveTrackingAlerts } from './tracking-alerts';

type Trx = Transaction<CentralDatabase>;

export type TrackerUpdateOutcome =
  | { matched: false; parked: boolean }
  | {
      matched: true;
      shipmentId: string;
      /** Details not seen before; a redelivered webhook has none. */
      newEvents: number;
      state: TrackingState;
      /** The parcel's state or last movement moved forward. */
      moved: boolean;
      orderDelivered: boolean;
    };

interface LockedShipment {
  id: string;
  trackingNumber: string;
  state: TrackingState;
  updatedAt: Date | null;
  voided: boolean;
}

interface NewEvent {
  detail: TrackingDetail;
  state: TrackingState | null;
}

/**
 * Applies one tracker update in one transaction: each detail becomes a tracking_events row once;
 * the shipment's state moves only to a detail newer than its last movement (an old scan arriving
 * late cannot undo a delivery); the parcel's alerts, the customer's emails and the order's
 * delivery follow from the move. A tracking number no shipment carries is parked for later.
 */
export async function recordTrackerUpdate(
  db: Kysely<CentralDatabase>,
  input: { carrierCode: string; update: TrackerUpdate; body: unknown; now?: Date },
): Promise<TrackerUpdateOutcome> {
  const { carrierCode, update } = input;
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const owner = await trx
      .selectFrom('shipments as s')
      .innerJoin('fulfilments as f', 'f.id', 's.fulfilment_id')
      .select(['s.id', 'f.order_id'])
      .where('s.carrier_code', '=', carrierCode)
      .where('s.tracking_number', '=', update.trackingCode)
      .executeTakeFirst();
    if (!owner) {
      const parked = await parkTrackerUpdate(trx, { carrierCode, update, body: input.body });
      return { matched: false, parked };
    }
    // The pipeline's lock order: the order before anything of it.
    const order = await lockOrder(trx, owner.order_id);
    const shipment = await lockShipment(trx, owner.id);
    const fresh = await insertNewEvents(trx, carrierCode, shipment, update);
    const base = {
      matched: true as const,
      shipmentId: shipment.id,
      newEvents: fresh.length,
    };
    // A voided label's history is kept, but it no longer stands for a parcel of the order.
    const latest = shipment.voided ? undefined : latestMovement(fresh);
    if (!latest || (shipment.updatedAt && latest.detail.occurredAt <= shipment.updatedAt)) {
      return { ...base, state: shipment.state, moved: false, orderDelivered: false };
    }
    const orderDelivered = await moveShipment(trx, {
      carrierCode,
      order,
      shipment,
      to: latest.state,
      detail: latest.detail,
      now,
    });
    return { ...base, state: latest.state, moved: true, orderDelivered };
  });
}

async function lockShipment(trx: Trx, id: string): Promise<LockedShipment> {
  const row = await trx
    .selectFrom('shipments')
    .select(['id', 'tracking_number', 'tracking_state', 'tracking_updated_at', 'voided_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    trackingNumber: row.tracking_number,
    state: row.tracking_state,
    updatedAt: row.tracking_updated_at,
    voided: row.voided_at !== null,
  };
}

async function insertNewEvents(
  trx: Trx,
  carrierCode: string,
  shipment: LockedShipment,
  update: TrackerUpdate,
): Promise<NewEvent[]> {
  const byId = new Map<string, NewEvent>();
  for (const detail of update.details) {
    byId.set(trackingDetailId(update.trackingCode, detail), {
      detail,
      state: normaliseCarrierStatus(detail.carrierStatus),
    });
  }
  if (byId.size === 0) return [];
  const inserted = await trx
    .insertInto('tracking_events')
    .values(
      [...byId].map(([sourceId, e]) => ({
        id: newId(),
        shipment_id: shipment.id,
        carrier_code: carrierCode,
        source_event_id: sourceId,
        carrier_status: e.detail.carrierStatus,
        // A detail that says nothing of where the parcel is keeps the state it was in.
        state: e.state ?? shipment.state,
        description: describe(e.detail),
        location: e.detail.location,
        occurred_at: e.detail.occurredAt,
      })),
    )
    .onConflict((oc) => oc.columns(['carrier_code', 'source_event_id']).doNothing())
    .returning('source_event_id')
    .execute();
  return inserted.flatMap((r) => {
    const e = byId.get(r.source_event_id);
    return e ? [e] : [];
  });
}

function describe(detail: TrackingDetail): string {
  return [detail.message, detail.statusDetail].filter((s) => s !== '').join(' — ');
}

/** The newest detail that says where the parcel is; the later one in the list on a tie. */
function latestMovement(
  events: NewEvent[],
): { state: TrackingState; detail: TrackingDetail } | undefined {
  let best: { state: TrackingState; detail: TrackingDetail } | undefined;
  for (const e of events) {
    if (e.state === null) continue;
    if (!best || e.detail.occurredAt >= best.detail.occurredAt) {
      best = { state: e.state, detail: e.detail };
    }
  }
  return best;
}

async function moveShipment(
  trx: Trx,
  move: {
    carrierCode: string;
    order: LockedOrder;
    shipment: LockedShipment;
    to: TrackingState;
    detail: TrackingDetail;
    now: Date;
  },
): Promise<boolean> {
  const { shipment, to, detail, now } = move;
  await trx
    .updateTable('shipments')
    .set({ tracking_state: to, tracking_updated_at: detail.occurredAt })
    .where('id', '=', shipment.id)
    .execute();
  // Any newer scan is movement: the parcel is no longer stale.
  await resolveTrackingAlerts(trx, shipment.id, ['stale'], now);
  if (to === shipment.state) return false;
  if (to === 'exception') {
    const said = describe(detail) || detail.carrierStatus;
    await openTrackingAlert(trx, {
      shipmentId: shipment.id,
      kind: 'exception',
      message: `${move.carrierCode} reports a problem with parcel ${shipment.trackingNumber}: ${said}`,
      raisedAt: now,
    });
    await queueShipmentNotification(trx, { shipmentId: shipment.id, event: 'exception' });
    return false;
  }
  await resolveTrackingAlerts(trx, shipment.id, ['exception'], now);
  if (to === 'out_for_delivery') {
    await queueShipmentNotification(trx, { shipmentId: shipment.id, event: 'out_for_delivery' });
  }
  if (to !== 'delivered') return false;
  await queueShipmentNotification(trx, { shipmentId: shipment.id, event: 'delivered' });
  return deliverOrderIfAllDelivered(trx, move.order, {
    actor: `carrier:${move.carrierCode}`,
    at: now.toISOString(),
    data: {
      trackingNumber: shipment.trackingNumber,
      deliveredAt: detail.occurredAt.toISOString(),
    },
  });
}
