import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { insertEvents } from './event-rows';

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
  await insertEvents(trx, [entry]);
}
