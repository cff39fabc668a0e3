import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InventoryListSchema, OutboxEntrySchema, SyncOverviewSchema } from '../shared/contract';
import type { BinStockRow, SyncOverview } from '../shared/contract';
import { silentLogger } from '../electron/station/logger';
import { SOURCE_MIGRATIONS_DIR } from '../electron/station/paths';
import { openStation } from '../electron/station/station';
import type { Station } from '../electron/station/station';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { until } from './support/until';
import { startStationProcess } from './support/station-process';
import { connectStation } from './support/station-ws-client';
import { headOfficeBinStock, headOfficeRecord, startSyncSite } from './support/sync-site';
import type { SyncSite } from './support/sync-site';

/** Anything with the contract's invoke: an in-process station or a WebSocket client. */
interface Caller {
  call(method: string, input?: unknown): Promise<unknown>;
}

function inProcess(station: Station): Caller {
  return {
    async call(method, input = {}) {
      const result = await station.invoke(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

const overview = async (c: Caller): Promise<SyncOverview> =>
  SyncOverviewSchema.parse(await c.call('sync.overview'));

const allLive = (o: SyncOverview) =>
  o.shapes.length > 0 && o.shapes.every((s) => s.state === 'live');

/** Nothing waiting and every accepted change seen in the synced data. */
const settled = (o: SyncOverview) => o.outbox.waiting === 0 && o.outbox.unconfirmed === 0;

async function enrolAndSignIn(site: SyncSite, c: Caller): Promise<string> {
  await c.call('enrolment.enrol', {
    headOfficeUrl: site.stationUrl,
    code: await site.enrolmentCode(),
  });
  await until(() => overview(c), allLive, 'every shape live');
  await c.call('session.signIn', { method: 'badge', badge: site.badge });
  const info = (await c.call('station.info')) as { stationId: string };
  return info.stationId;
}

async function adjust(c: Caller, site: SyncSite, bin: number, product: number, delta: number) {
  const binId = site.bins[bin]?.id;
  const productId = site.products[product]?.id;
  const answer = (await c.call('inventory.adjust', {
    binId,
    productId,
    delta,
    reason: delta > 0 ? 'found' : 'damaged',
  })) as { mutationId: string };
  return answer.mutationId;
}

/**
 * Every change made at the station reached the head office exactly once: one outcome per outbox
 * row, one ledger row per accepted mutation, none twice, none missing.
 */
async function assertExactlyOnce(site: SyncSite, stationId: string, made: readonly string[]) {
  const record = await headOfficeRecord(site.db, stationId);
  expect([...record.accepted, ...record.rejected].sort()).toEqual([...made].sort());
  for (const id of record.accepted) expect(record.movementsPerMutation.get(id)).toBe(1);
  for (const id of record.rejected) expect(record.movementsPerMutation.get(id)).toBeUndefined();
  return record;
}

/**
 * The station's replica equals the head office bin by bin, with nothing pending on top. Read
 * through the contract: the running station holds its database file exclusively.
 */
async function assertReplicaMatches(site: SyncSite, c: Caller) {
  const expected = await headOfficeBinStock(site.db, site.warehouse.id);
  const read = async () =>
    InventoryListSchema.parse(await c.call('inventory.list', { search: '', limit: 500 })).rows;
  const same = (rows: BinStockRow[]) =>
    rows.length === expected.size &&
    rows.every(
      (r) => r.pendingDelta === 0 && expected.get(`${r.binId}/${r.product.id}`) === r.syncedOnHand,
    );
  const rows = await until(read, same, 'the replica to match the head office', 30_000).catch(
    async () => read(),
  );
  expect(new Map(rows.map((r) => [`${r.binId}/${r.product.id}`, r.syncedOnHand]))).toEqual(
    expected,
  );
  expect(rows.filter((r) => r.pendingDelta !== 0)).toEqual([]);
}

describe('sync spine under faults: nothing lost, nothing applied twice', () => {
  let site: SyncSite;
  const temps: { remove(): void }[] = [];
  const stations: Station[] = [];

  beforeAll(async () => {
    site = await startSyncSite();
    await site.startHeadOffice();
  }, 120_000);

  afterAll(async () => {
    for (const station of stations) await station.close();
    await site?.close();
    for (const temp of temps) temp.remove();
  }, 60_000);

  async function newStation(): Promise<{ station: Station; c: Caller; stationId: string }> {
    const temp = makeTempDir('wharf-fault-station-');
    temps.push(temp);
    const station = await openStation({
      dataDir: temp.dir,
      migrationsDir: SOURCE_MIGRATIONS_DIR,
      appVersion: 'test',
      logger: silentLogger,
      sync: { retryBaseMs: 100, retryCapMs: 1_000 },
    });
    stations.push(station);
    const c = inProcess(station);
    return { station, c, stationId: await enrolAndSignIn(site, c) };
  }

  async function healthy() {
    site.proxy.heal();
    site.proxy.onAnswer(null);
    if (!site.headOfficeRunning()) await site.startHeadOffice();
  }

  it('network cut while a batch is on the wire: resent, applied once', async () => {
    await healthy();
    const { c, stationId } = await newStation();
    site.proxy.stall();
    const made: string[] = [];
    for (let i = 0; i < 20; i += 1) made.push(await adjust(c, site, 0, 0, 1));
    await new Promise((r) => setTimeout(r, 300));
    site.proxy.cut();
    await new Promise((r) => setTimeout(r, 500));
    site.proxy.heal();
    await until(() => overview(c), settled, 'the outbox to settle');
    await assertExactlyOnce(site, stationId, made);
    await assertReplicaMatches(site, c);
  }, 120_000);

  it('answer lost after the head office committed: the retry gets the first outcome', async () => {
    await healthy();
    const { c, stationId } = await newStation();
    let dropped = 0;
    site.proxy.onAnswer((line) => {
      if (line !== 'POST /v1/mutations' || dropped > 0) return 'forward';
      dropped += 1;
      return 'drop';
    });
    const made: string[] = [];
    for (let i = 0; i < 10; i += 1) made.push(await adjust(c, site, 1, 1, 2));
    await until(() => overview(c), settled, 'the outbox to settle');
    expect(dropped).toBe(1);
    await assertExactlyOnce(site, stationId, made);
    await assertReplicaMatches(site, c);
  }, 120_000);

  it('head office killed after applying a batch, before answering', async () => {
    await healthy();
    const { c, stationId } = await newStation();
    let killed = false;
    site.proxy.onAnswer((line) => {
      if (line !== 'POST /v1/mutations' || killed) return 'forward';
      killed = true;
      // The first byte of the answer means the batch is committed; die before it leaves.
      void site.killHeadOffice();
      return 'drop';
    });
    const made: string[] = [];
    for (let i = 0; i < 30; i += 1) made.push(await adjust(c, site, 2, 2, 1));
    await until(
      () => Promise.resolve(site.headOfficeRunning()),
      (running) => !running,
      'the kill',
    );
    const applied = await headOfficeRecord(site.db, stationId);
    expect(applied.accepted.length).toBeGreaterThan(0);
    expect((await overview(c)).outbox.waiting).toBeGreaterThan(0);
    site.proxy.onAnswer(null);
    await site.startHeadOffice();
    await until(() => overview(c), settled, 'the outbox to settle');
    await assertExactlyOnce(site, stationId, made);
    await assertReplicaMatches(site, c);
  }, 180_000);

  it('station backend killed after a local commit, before upload', async () => {
    await healthy();
    const temp = makeTempDir('wharf-fault-killed-');
    temps.push(temp);
    let proc = await startStationProcess(temp.dir);
    let ws = await connectStation(proc.url);
    const stationId = await enrolAndSignIn(site, ws);
    site.proxy.cut();
    const made: string[] = [];
    for (let i = 0; i < 10; i += 1) made.push(await adjust(ws, site, 3, 3, 1));
    ws.close();
    await proc.kill();
    expect(await headOfficeRecord(site.db, stationId)).toMatchObject({ accepted: [] });
    site.proxy.heal();
    proc = await startStationProcess(temp.dir);
    ws = await connectStation(proc.url);
    try {
      await until(() => overview(ws), settled, 'the outbox to settle after the restart');
      await assertExactlyOnce(site, stationId, made);
      await assertReplicaMatches(site, ws);
    } finally {
      ws.close();
      await proc.stop();
    }
  }, 180_000);

  it('head office down for the whole test, back at the end', async () => {
    await healthy();
    const { c, stationId } = await newStation();
    await site.stopHeadOffice();
    const made: string[] = [];
    for (let i = 0; i < 50; i += 1) made.push(await adjust(c, site, i % 4, i % 5, 1));
    const waiting = await until(
      () => overview(c),
      (o) => o.connection.state === 'offline' && o.problems.length > 0,
      'the station to say it is offline',
    );
    expect(waiting.outbox.waiting).toBe(50);
    await site.startHeadOffice();
    await until(() => overview(c), settled, 'the outbox to settle', 90_000);
    await assertExactlyOnce(site, stationId, made);
    await assertReplicaMatches(site, c);
  }, 180_000);

  it('a mutation rejected in the middle of a batch of 100 blocks nothing behind it', async () => {
    await healthy();
    const { c, stationId } = await newStation();
    site.proxy.cut();
    const made: string[] = [];
    for (let i = 0; i < 49; i += 1) made.push(await adjust(c, site, 0, 4, 1));
    // The station still sees 1,000 in the bin; the head office is about to have far fewer.
    const doomed = await adjust(c, site, 1, 4, -900);
    made.push(doomed);
    for (let i = 0; i < 50; i += 1) made.push(await adjust(c, site, 0, 4, 1));
    const bin = site.bins[1];
    const product = site.products[4];
    if (!bin || !product) throw new Error('site has too few bins or products');
    await site.db
      .insertInto('stock_movements')
      .values({
        id: crypto.randomUUID(),
        warehouse_id: site.warehouse.id,
        bin_id: bin.id,
        product_id: product.id,
        quantity: -600,
        reason: 'adjustment',
        actor: 'head office manager',
      })
      .execute();
    site.proxy.heal();
    await until(() => overview(c), settled, 'the outbox to settle');
    const record = await assertExactlyOnce(site, stationId, made);
    expect(record.rejected).toEqual([doomed]);
    expect(record.accepted).toHaveLength(99);
    const entries = OutboxEntrySchema.array().parse(
      await c.call('outbox.list', { state: 'rejected' }),
    );
    expect(entries.map((e) => e.id)).toEqual([doomed]);
    expect(entries[0]?.rejection?.code).toBe('INSUFFICIENT_STOCK');
    expect(entries[0]?.rejection?.message).toMatch(/holds \d+ of FLT-5 .* 900 cannot be taken out/);
    await assertReplicaMatches(site, c);
  }, 180_000);

  it('1,000 adjustments made offline reach the ledger exactly as intended', async () => {
    await healthy();
    const { c, stationId } = await newStation();
    await site.stopHeadOffice();
    const before = await headOfficeBinStock(site.db, site.warehouse.id);
    const intended = new Map<string, number>();
    const made: string[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 1_000; i += 1) {
      const bin = next() % site.bins.length;
      const product = next() % site.products.length;
      const delta = (next() % 9) - 3 || 1;
      made.push(await adjust(c, site, bin, product, delta));
      const key = `${site.bins[bin]?.id}/${site.products[product]?.id}`;
      intended.set(key, (intended.get(key) ?? 0) + delta);
    }
    expect((await overview(c)).outbox.waiting).toBe(1_000);
    await site.startHeadOffice();
    await until(() => overview(c), settled, 'the outbox to settle', 180_000);
    const record = await assertExactlyOnce(site, stationId, made);
    expect(record.rejected).toEqual([]);
    const after = await headOfficeBinStock(site.db, site.warehouse.id);
    for (const [key, delta] of intended) {
      expect(after.get(key), key).toBe((before.get(key) ?? 0) + delta);
    }
    await assertReplicaMatches(site, c);
  }, 300_000);
});
