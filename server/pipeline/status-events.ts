import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { newId } from './ids';

/**
 * A status change of something other than the order itself (a fulfilment, a purchase order),
 * with both ends recorded. Fulfilment changes are filed under their order, so the order's
 * timeline tells the whole story.
 */
export async function recordStatusChange(
  trx: Transaction<CentralDatabase>,
  entry: {
    entityType: string;
    entityId: string;
    kind: string;
    from: string;
    to: string;
    actor: string;
    at: string;
    reason?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await trx
    .insertInto('events')
    .values({
      id: newId(),
      at: entry.at,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      kind: entry.kind,
      from_status: entry.from,
      to_status: entry.to,
      actor: entry.actor,
      reason: entry.reason ?? null,
      data: JSON.stringify(entry.data ?? {}),
    })
    .execute();
}
