import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { formatDemoSummary } from './demo-summary';
import { seedDemo } from './seed-demo';

/**
 * `npm run head-office -- --demo`: seeds on the first start and says so on later ones, so the
 * same command can be used every time without doubling the business.
 */
export async function seedDemoIfEmpty(
  db: Kysely<CentralDatabase>,
  secretKey: Buffer,
  log: (line: string) => void = console.log,
): Promise<boolean> {
  const existing = await db
    .selectFrom('warehouses')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    log('--demo: the database already has a business in it; nothing was added.');
    return false;
  }
  log('--demo: seeding the demo business…');
  log(formatDemoSummary(await seedDemo(db, { secretKey })));
  return true;
}
