import type { Transaction } from 'kysely';
import { transition } from '../../shared/domain/order-state-machine';
import type { CentralDatabase } from '../db/schema';
import { applyOrderTransition } from '../pipeline/order-events';
import type { LockedOrder } from '../pipeline/order-lock';

/**
 * The order is delivered once it has shipped whole and every live parcel of it is delivered.
 * A partially shipped order waits: part of it is still in the warehouse. The caller holds the
 * order lock, so a parcel of the same order cannot be labelled or voided meanwhile.
 */
export async function deliverOrderIfAllDelivered(
  trx: Transaction<CentralDatabase>,
  order: LockedOrder,
  by: { actor: string; at: string; data: Record<string, unknown> },
): Promise<boolean> {
  if (order.status !== 'shipped') return false;
  const parcels = await trx
    .selectFrom('shipments as s')
    .innerJoin('fulfilments as f', 'f.id', 's.fulfilment_id')
    .select(['s.tracking_state'])
    .where('f.order_id', '=', order.id)
    .where('s.voided_at', 'is', null)
    .execute();
  if (parcels.length === 0 || parcels.some((p) => p.tracking_state !== 'delivered')) return false;
  await applyOrderTransition(trx, order.id, transition(order, 'delivered', by), {
    parcels: parcels.length,
    ...by.data,
  });
  order.status = 'delivered';
  return true;
}
