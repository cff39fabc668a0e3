import type { Kysely } from 'kysely';
import type { FulfilmentStatus } from '../../shared/api/fulfilment-status';
import { isFulfilmentStatus } from '../../shared/api/fulfilment-status';
import { transition } from '../../shared/domain/order-state-machine';
import { ORDER_STATUS_LABELS } from '../../shared/domain/order-status';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import { nowIso } from './ids';
import { inTransaction } from './in-transaction';
import { applyOrderTransition } from './order-events';
import { lockOrder } from './order-lock';
import { PipelineError } from './pipeline-error';
import { recordStatusChange } from './status-events';

export interface FulfilmentReleaseOutcome {
  fulfilment: { id: string; number: string; warehouse: string; status: FulfilmentStatus };
  order: { id: string; number: string; status: OrderStatus };
  changed: boolean;
}

/** Orders whose allocated work may go to the floor; a backordered order ships in parts. */
const RELEASABLE_ORDERS: readonly OrderStatus[] = ['allocated', 'backordered'];

/**
 * The head office releases a fulfilment to its warehouse floor (allocated → released). When
 * every live fulfilment of an allocated order is released, the order is released too.
 * Releasing a released fulfilment again changes nothing.
 */
export async function releaseFulfilment(
  db: Kysely<CentralDatabase>,
  fulfilmentId: string,
  actor: string,
): Promise<FulfilmentReleaseOutcome> {
  return inTransaction(db, async (trx) => {
    const owner = await trx
      .selectFrom('fulfilments')
      .select('order_id')
      .where('id', '=', fulfilmentId)
      .executeTakeFirst();
    if (!owner) throw new PipelineError('NOT_FOUND', `There is no fulfilment ${fulfilmentId}`);
    const order = await lockOrder(trx, owner.order_id);
    const siblings = await trx
      .selectFrom('fulfilments as f')
      .innerJoin('warehouses as w', 'w.id', 'f.warehouse_id')
      .select(['f.id', 'f.number', 'f.status', 'w.code as warehouse'])
      .where('f.order_id', '=', order.id)
      .forUpdate('f')
      .execute();
    const target = siblings.find((f) => f.id === fulfilmentId);
    if (!target || !isFulfilmentStatus(target.status)) {
      throw new Error(`Fulfilment ${fulfilmentId} vanished or has an unknown status`);
    }
    const answer = (status: FulfilmentStatus, orderStatus: OrderStatus, changed: boolean) => ({
      fulfilment: { id: target.id, number: target.number, warehouse: target.warehouse, status },
      order: { id: order.id, number: order.number, status: orderStatus },
      changed,
    });
    if (target.status === 'released') return answer('released', order.status, false);
    if (target.status !== 'allocated') {
      throw new PipelineError(
        'ILLEGAL_TRANSITION',
        `Fulfilment ${target.number} is ${target.status}; only an allocated fulfilment can be released to the floor.`,
      );
    }
    if (!RELEASABLE_ORDERS.includes(order.status)) {
      throw new PipelineError(
        'ILLEGAL_TRANSITION',
        `Order ${order.number} is ${ORDER_STATUS_LABELS[order.status]}; its fulfilments can be released only while it is allocated or backordered.`,
      );
    }

    const at = nowIso();
    await trx
      .updateTable('fulfilments')
      .set({ status: 'released', updated_at: at })
      .where('id', '=', target.id)
      .execute();
    await recordStatusChange(trx, {
      entityType: 'order',
      entityId: order.id,
      kind: 'fulfilment.status_changed',
      from: 'allocated',
      to: 'released',
      actor,
      at,
      data: { fulfilmentId: target.id, number: target.number, warehouse: target.warehouse },
    });

    const othersReleased = siblings
      .filter((f) => f.id !== target.id && f.status !== 'cancelled')
      .every((f) => f.status === 'released');
    if (order.status !== 'allocated' || !othersReleased) {
      return answer('released', order.status, true);
    }
    await applyOrderTransition(trx, order.id, transition(order, 'released', { actor, at }), {
      fulfilments: siblings.filter((f) => f.status !== 'cancelled').map((f) => f.number),
    });
    return answer('released', 'released', true);
  });
}
