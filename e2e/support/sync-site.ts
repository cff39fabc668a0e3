import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { migrateCentral } from '../../server/db/central-migrate';
import { connectCentral } from '../../server/db/connect';
import type { CentralDb } from '../../server/db/connect';
import { freePort, startEmbeddedDatabase } from '../../server/db/embedded-database';
import type { EmbeddedDatabase } from '../../server/db/embedded-database';
import type { CentralDatabase } from '../../server/db/schema';
import { hashBadge } from '../../server/people/credential-hash';
import { newId } from '../../server/pipeline/ids';
import { addProduct, addToken, addWarehouse } from '../../server/testing/fixtures';
import { makeTempDir } from '../../electron/station/testing/temp-station';
import { startHeadOfficeProcess } from './head-office-process';
import type { HeadOfficeProcess } from './head-office-process';
import { startFaultProxy } from './tcp-fault-proxy';
import type { FaultProxy } from './tcp-fault-proxy';

export interface SiteBin {
  id: string;
  code: string;
}
export interface SiteProduct {
  id: string;
  sku: string;
}

/**
 * A whole site for fault tests: a PostgreSQL the test owns, the real head office as a child
 * process on a fixed port (so it can be killed and started again), and a fault proxy in front of
 * it that every station talks through.
 */
export interface SyncSite {
  readonly db: Kysely<CentralDatabase>;
  readonly warehouse: { id: string; code: string };
  readonly bins: readonly SiteBin[];
  readonly products: readonly SiteProduct[];
  readonly badge: string;
  readonly personId: string;
  /** The address stations use: through the proxy. */
  readonly stationUrl: string;
  readonly proxy: FaultProxy;
  headOfficeRunning(): boolean;
  startHeadOffice(): Promise<HeadOfficeProcess>;
  /** SIGKILL now (no clean shutdown). */
  killHeadOffice(): Promise<void>;
  stopHeadOffice(): Promise<void>;
  /** A one-time enrolment code, asked for directly (not through the proxy). */
  enrolmentCode(): Promise<string>;
  close(): Promise<void>;
}

const OPENING_STOCK = 1_000;

export async function startSyncSite(
  options: { bins?: number; products?: number } = {},
): Promise<SyncSite> {
  const temp = makeTempDir('wharf-site-');
  // PostgreSQL runs as its own user when the tests run as root: it must reach its folder.
  chmodSync(temp.dir, 0o755);
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: join(temp.dir, 'pg') });
  const central: CentralDb = connectCentral(embedded.url);
  const client = await central.pool.connect();
  try {
    await migrateCentral(client);
  } finally {
    client.release();
  }
  const { db } = central;
  const warehouse = await addWarehouse(db, 'FLT', { country: 'GB', lat: 51.5, lon: -0.1 });
  const bins: SiteBin[] = [{ id: warehouse.binId, code: 'A-01-01' }];
  for (let i = 2; i <= (options.bins ?? 4); i += 1) {
    const id = newId();
    const code = `A-01-${String(i).padStart(2, '0')}`;
    await db
      .insertInto('bins')
      .values({ id, warehouse_id: warehouse.id, code, pick_sequence: i })
      .execute();
    bins.push({ id, code });
  }
  const products: SiteProduct[] = [];
  for (let i = 1; i <= (options.products ?? 5); i += 1) {
    const sku = `FLT-${i}`;
    products.push({ id: await addProduct(db, sku), sku });
  }
  await db
    .insertInto('stock_movements')
    .values(
      bins.flatMap((bin) =>
        products.map((product) => ({
          id: newId(),
          warehouse_id: warehouse.id,
          bin_id: bin.id,
          product_id: product.id,
          quantity: OPENING_STOCK,
          reason: 'opening_balance' as const,
          actor: 'site setup',
        })),
      ),
    )
    .execute();
  const badge = 'WH-TEST-0001';
  const personId = newId();
  await db
    .insertInto('people')
    .values({ id: personId, name: 'Pat Picker', role: 'picker', badge_hash: hashBadge(badge) })
    .execute();
  const managerToken = await addToken(db, 'manager');

  const port = await freePort();
  const proxy = await startFaultProxy(port);
  let headOffice: HeadOfficeProcess | null = null;
  const hoDir = join(temp.dir, 'head-office');

  const site: SyncSite = {
    db,
    warehouse: { id: warehouse.id, code: warehouse.code },
    bins,
    products,
    badge,
    personId,
    stationUrl: proxy.url,
    proxy,
    headOfficeRunning: () => headOffice !== null && !headOffice.exited(),
    async startHeadOffice() {
      headOffice = await startHeadOfficeProcess({
        databaseUrl: embedded.url,
        port,
        dataDir: hoDir,
      });
      return headOffice;
    },
    async killHeadOffice() {
      await headOffice?.kill();
    },
    async stopHeadOffice() {
      await headOffice?.stop();
    },
    async enrolmentCode() {
      const response = await fetch(`http://127.0.0.1:${port}/v1/stations/enrolment-codes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${managerToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ warehouse: warehouse.code }),
      });
      if (response.status !== 201) throw new Error(`enrolment code: ${await response.text()}`);
      return ((await response.json()) as { code: string }).code;
    },
    async close() {
      await headOffice?.stop();
      await proxy.close();
      await central.close();
      await embedded.stop();
      temp.remove();
    },
  };
  return site;
}

/** What the head office applied for one station: movements by mutation, and its outcomes. */
export async function headOfficeRecord(db: Kysely<CentralDatabase>, stationId: string) {
  const outcomes = await db
    .selectFrom('station_mutations')
    .select(['id', 'status'])
    .where('station_id', '=', stationId)
    .execute();
  const movements = await sql<{ mutation_id: string; n: string; quantity: string }>`
    SELECT m.mutation_id, count(*) AS n, sum(m.quantity) AS quantity
      FROM stock_movements m JOIN station_mutations s ON s.id = m.mutation_id
     WHERE s.station_id = ${stationId}
     GROUP BY m.mutation_id`.execute(db);
  return {
    accepted: outcomes.filter((o) => o.status === 'accepted').map((o) => o.id),
    rejected: outcomes.filter((o) => o.status === 'rejected').map((o) => o.id),
    movementsPerMutation: new Map(movements.rows.map((r) => [r.mutation_id, Number(r.n)])),
  };
}

/** On-hand per bin and product at the head office, for comparing with a station's replica. */
export async function headOfficeBinStock(
  db: Kysely<CentralDatabase>,
  warehouseId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('bin_stock')
    .innerJoin('bins', 'bins.id', 'bin_stock.bin_id')
    .select(['bin_stock.bin_id', 'bin_stock.product_id', 'bin_stock.on_hand'])
    .where('bins.warehouse_id', '=', warehouseId)
    .execute();
  return new Map(rows.map((r) => [`${r.bin_id}/${r.product_id}`, r.on_hand]));
}
