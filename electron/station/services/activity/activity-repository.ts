import type { Kysely } from 'kysely';
import type { ActivityEntry } from '../../../../shared/contract';
import type { StationDatabase } from '../../db/schema';

export async function listRecentActivity(
  db: Kysely<StationDatabase>,
  limit: number,
): Promise<ActivityEntry[]> {
  return db
    .selectFrom('activity_log')
    .select(['id', 'at', 'kind', 'actor', 'summary'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
