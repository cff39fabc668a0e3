import type { Kysely } from 'kysely';
import { chmodSync, renameSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { DemoLink } from '../../shared/api/demo-link';
import { hashToken, newToken } from '../channels';
import type { CentralDatabase } from '../db/schema';

const LAUNCHER_TOKEN_NAME = 'Demo station launcher';

/**
 * A fresh manager token on every start (the previous one revoked), so the file on disk is the only
 * copy and a stale file grants nothing. The file is readable by its owner only.
 */
export async function writeDemoLink(
  db: Kysely<CentralDatabase>,
  headOfficeUrl: string,
  file: string,
): Promise<DemoLink> {
  const warehouse = await db
    .selectFrom('warehouses')
    .select('code')
    .orderBy('created_at')
    .orderBy('code')
    .executeTakeFirst();
  if (!warehouse) throw new Error('The demo head office has no warehouse to enrol stations to');
  const managerToken = newToken('wh_tk_');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('name', '=', LAUNCHER_TOKEN_NAME)
      .where('revoked_at', 'is', null)
      .execute();
    await trx
      .insertInto('api_tokens')
      .values({
        id: randomUUID(),
        name: LAUNCHER_TOKEN_NAME,
        role: 'manager',
        token_hash: hashToken(managerToken),
      })
      .execute();
  });
  const link: DemoLink = {
    headOfficeUrl,
    managerToken,
    warehouseCode: warehouse.code,
    writtenAt: new Date().toISOString(),
  };
  // Written beside and renamed, so a reader never sees half a file.
  const partial = `${file}.partial`;
  writeFileSync(partial, `${JSON.stringify(link, null, 2)}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  return link;
}
