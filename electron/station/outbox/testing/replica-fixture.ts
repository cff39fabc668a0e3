import type BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ActivityEntry, Session } from '../../../../shared/contract';
import type { Clock } from '../../clock';
import { createTopicBus } from '../../contract/topic-bus';
import type { TopicBus } from '../../contract/topic-bus';
import { migrate } from '../../db/migrate';
import { readMigrationFiles } from '../../db/migration-files';
import { openDatabase } from '../../db/open-database';
import type { StationDatabase } from '../../db/schema';
import { createLocalWrite } from '../../local-writes/local-write';
import type { LocalWrite } from '../../local-writes/local-write';
import { SOURCE_MIGRATIONS_DIR } from '../../paths';

export const WAREHOUSE_ID = '0190a000-0000-7000-8000-000000000001';
export const OTHER_WAREHOUSE_ID = '0190a000-0000-7000-8000-000000000002';

/** A clock the test sets; it starts at a fixed moment. */
export interface TestClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(start = '2026-11-26T09:00:00.000Z'): TestClock {
  let now = Date.parse(start);
  return {
    now: () => new Date(now).toISOString(),
    uptimeSeconds: () => 1,
    set: (iso) => {
      now = Date.parse(iso);
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface ReplicaFixture {
  sqlite: BetterSqlite3.Database;
  db: Kysely<StationDatabase>;
  clock: TestClock;
  bus: TopicBus;
  localWrite: LocalWrite;
  activity: ActivityEntry[];
  close(): Promise<void>;
}

/** A real, fully migrated station database in a temporary folder. */
export function openReplica(): ReplicaFixture {
  // Not testing/temp-station: these tests need the database, not a whole station.
  const dir = mkdtempSync(join(tmpdir(), 'wharf-write-path-'));
  const opened = openDatabase({ dataDir: dir });
  const clock = testClock();
  migrate(opened.sqlite, readMigrationFiles(SOURCE_MIGRATIONS_DIR), () => clock.now());
  const bus = createTopicBus((error) => {
    throw error;
  });
  const activity: ActivityEntry[] = [];
  const localWrite = createLocalWrite(
    opened.db,
    clock,
    () => uuidv7(),
    (entry) => activity.push(entry),
  );
  return {
    sqlite: opened.sqlite,
    db: opened.db,
    clock,
    bus,
    localWrite,
    activity,
    close: async () => {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function seedBin(
  sqlite: BetterSqlite3.Database,
  bin: { id: string; code: string; pickSequence: number; warehouseId?: string },
): void {
  sqlite
    .prepare(
      `INSERT INTO synced_bins (id, warehouse_id, code, pick_sequence, created_at)
       VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
    )
    .run(bin.id, bin.warehouseId ?? WAREHOUSE_ID, bin.code, bin.pickSequence);
}

export function seedProduct(
  sqlite: BetterSqlite3.Database,
  product: { id: string; sku: string; name: string; gtin?: string },
): void {
  sqlite
    .prepare(
      `INSERT INTO synced_products (id, sku, gtin, name, weight_grams, length_mm, width_mm,
         height_mm, requires_lot, requires_serial, created_at)
       VALUES (?, ?, ?, ?, 100, 10, 10, 10, 0, 0, '2026-01-01T00:00:00.000Z')`,
    )
    .run(product.id, product.sku, product.gtin ?? null, product.name);
}

export function seedBinStock(
  sqlite: BetterSqlite3.Database,
  binId: string,
  productId: string,
  onHand: number,
): void {
  sqlite
    .prepare(
      `INSERT INTO synced_bin_stock (bin_id, product_id, on_hand) VALUES (?, ?, ?)
       ON CONFLICT (bin_id, product_id) DO UPDATE SET on_hand = excluded.on_hand`,
    )
    .run(binId, productId, onHand);
}

export function seedBarcode(
  sqlite: BetterSqlite3.Database,
  barcode: string,
  productId: string,
  packQuantity = 1,
): void {
  sqlite
    .prepare(
      `INSERT INTO synced_product_barcodes (barcode, product_id, pack_quantity) VALUES (?, ?, ?)`,
    )
    .run(barcode, productId, packQuantity);
}

export function session(overrides: Partial<Session> = {}): Session {
  return {
    personId: '0190a000-0000-7000-8000-0000000000aa',
    name: 'Ada Picker',
    role: 'picker',
    signedInAt: '2026-11-26T08:00:00.000Z',
    method: 'badge',
    ...overrides,
  };
}

/** Ids that are real UUIDv7s but predictable, in creation order. */
export function sequentialIds(prefix = '0190b000-0000-7000-8000-'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${String(n).padStart(12, '0')}`;
  };
}

export interface OutboxRowView {
  id: string;
  seq: number;
  state: string;
  txid: string | null;
  attempts: number;
  last_error: string | null;
  reject_code: string | null;
  confirmed_at: string | null;
  resolved_at: string | null;
}

export function readOutbox(sqlite: BetterSqlite3.Database): OutboxRowView[] {
  return sqlite
    .prepare<[], OutboxRowView>(
      `SELECT id, seq, state, txid, attempts, last_error, reject_code, confirmed_at, resolved_at
       FROM outbox ORDER BY seq`,
    )
    .all();
}

export function overlayCount(sqlite: BetterSqlite3.Database, mutationId?: string): number {
  const row = mutationId
    ? sqlite
        .prepare<[string], { n: number }>(
          `SELECT COUNT(*) AS n FROM stock_overlay WHERE mutation_id = ?`,
        )
        .get(mutationId)
    : sqlite.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM stock_overlay`).get();
  return row?.n ?? 0;
}
