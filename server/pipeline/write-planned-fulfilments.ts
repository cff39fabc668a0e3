import type { Kysely, Transaction } from 'kysely';
import type { AllocationPlan } from '../../shared/domain/allocation/plan-allocation';
import type { CentralDatabase } from '../db/schema';
import type { EventRow } from './event-rows';
import { reserveLines } from './allocate-order';
import { newId } from './ids';
import { cachedWarehouseDistances } from './warehouse-directory';

type Trx = Transaction<CentralDatabase>;

/**
 * Writes a captured order's planned fulfilments, their lines and the reservations behind them in
 * three statements, and adds a fulfilment.created event for each before the order's final move.
 */
export async function writePlannedFulfilments(
  db: Kysely<CentralDatabase>,
  trx: Trx,
  input: {
    orderId: string;
    number: string;
    country: string;
    plan: AllocationPlan;
    at: string;
    events: EventRow[];
  },
): Promise<void> {
  const { orderId, number, plan, at, events } = input;
  if (plan.fulfilments.length === 0) return;
  const codes = new Map(
    (await cachedWarehouseDistances(db, input.country)).map((w) => [w.id, w.code]),
  );
  const fulfilments = plan.fulfilments.map((f, index) => ({
    id: newId(),
    number: `${number}-${codes.get(f.warehouseId) ?? 'WH'}-${index + 1}`,
    warehouseId: f.warehouseId,
    lines: f.lines,
  }));
  await trx
    .insertInto('fulfilments')
    .values(
      fulfilments.map((f) => ({
        id: f.id,
        number: f.number,
        order_id: orderId,
        warehouse_id: f.warehouseId,
        status: 'allocated',
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await reserveLines(
    trx,
    orderId,
    fulfilments.flatMap((f) =>
      f.lines.map((l) => ({ ...l, fulfilmentId: f.id, warehouseId: f.warehouseId })),
    ),
    at,
  );
  for (const f of fulfilments) {
    events.splice(events.length - 1, 0, {
      entityType: 'order',
      entityId: orderId,
      kind: 'fulfilment.created',
      actor: 'allocation',
      at,
      to: 'allocated',
      data: {
        fulfilmentId: f.id,
        number: f.number,
        warehouseCode: codes.get(f.warehouseId) ?? 'WH',
      },
    });
  }
}
