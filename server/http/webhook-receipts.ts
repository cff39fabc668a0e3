import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';

/** The answer given the first time this delivery arrived, if it did. */
export async function previousDelivery(
  db: Kysely<CentralDatabase>,
  channelId: string,
  deliveryId: string,
): Promise<unknown> {
  const row = await db
    .selectFrom('webhook_receipts')
    .select('outcome')
    .where('channel_id', '=', channelId)
    .where('delivery_id', '=', deliveryId)
    .executeTakeFirst();
  return row?.outcome;
}

/**
 * Remembers a handled delivery. Recorded after the order work commits: a replay racing the
 * first delivery is still safe, because capture and cancel are idempotent themselves.
 */
export async function rememberDelivery(
  db: Kysely<CentralDatabase>,
  channelId: string,
  deliveryId: string,
  topic: string,
  outcome: unknown,
): Promise<void> {
  await db
    .insertInto('webhook_receipts')
    .values({
      channel_id: channelId,
      delivery_id: deliveryId,
      topic,
      outcome: JSON.stringify(outcome),
    })
    .onConflict((oc) => oc.columns(['channel_id', 'delivery_id']).doNothing())
    .execute();
}
