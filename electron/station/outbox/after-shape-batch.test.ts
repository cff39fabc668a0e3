import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterShapeBatch } from './after-shape-batch';
import { applyOutcomes } from './outbox-store';
import {
  WAREHOUSE_ID,
  openReplica,
  overlayCount,
  readOutbox,
  sequentialIds,
  session,
} from './testing/replica-fixture';
import type { ReplicaFixture } from './testing/replica-fixture';

const BIN = '0190c000-0000-7000-8000-000000000001';
const PRODUCT = '0190d000-0000-7000-8000-000000000001';
const T0 = '2026-11-26T09:00:00.000Z';

let fx: ReplicaFixture;
const newId = sequentialIds();

function queueOne(createdAt = T0): string {
  const id = newId();
  fx.sqlite
    .prepare(
      `INSERT INTO outbox (id, kind, payload, description, person_id, person_name, created_at)
       VALUES (?, 'stock.adjust', '{}', 'test', ?, 'Ada Picker', ?)`,
    )
    .run(id, session().personId, createdAt);
  fx.sqlite
    .prepare(
      `INSERT INTO stock_overlay (mutation_id, warehouse_id, bin_id, product_id, delta)
       VALUES (?, ?, ?, ?, -1)`,
    )
    .run(id, WAREHOUSE_ID, BIN, PRODUCT);
  return id;
}

function accept(id: string, txid: string, at = T0): void {
  applyOutcomes(fx.sqlite, [{ id, status: 'accepted', txid, appliedAt: at }], at);
}

function syncedOutcome(id: string, status: 'accepted' | 'rejected', txid: number): void {
  fx.sqlite
    .prepare(
      `INSERT INTO synced_station_mutations (id, station_id, warehouse_id, kind, person_id,
         payload, status, reject_code, reject_message, txid, created_at, applied_at)
       VALUES (?, 'station-1', ?, 'stock.adjust', NULL, '{}', ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      WAREHOUSE_ID,
      status,
      status === 'rejected' ? 'INSUFFICIENT_STOCK' : null,
      status === 'rejected' ? 'Bin A-01-01 holds only 0 of SKU-1' : null,
      txid,
      T0,
      T0,
    );
}

function batch(txids: string[], now: string, snapshotCompleted = false) {
  return { txids, now, snapshotCompleted };
}

function txidRows(): Array<{ shape: string; txid: string }> {
  return fx.sqlite
    .prepare<[], { shape: string; txid: string }>(
      `SELECT shape, txid FROM synced_txids ORDER BY shape, txid`,
    )
    .all();
}

const row = (id: string) => readOutbox(fx.sqlite).find((r) => r.id === id);

beforeEach(() => {
  fx = openReplica();
});

afterEach(async () => {
  await fx.close();
});

describe('afterShapeBatch', () => {
  it('keeps the overlay until both stock shapes delivered the txid, then drops it', () => {
    const id = queueOne();
    accept(id, '5001');
    const at = '2026-11-26T09:00:05.000Z';

    expect(afterShapeBatch(fx.sqlite, 'bin_stock', batch(['5001', '4999'], at))).toEqual({
      outboxChanged: false,
      inventoryChanged: false,
    });
    expect(overlayCount(fx.sqlite, id)).toBe(1);
    expect(row(id)?.confirmed_at).toBeNull();

    expect(afterShapeBatch(fx.sqlite, 'stock_levels', batch(['5001'], at))).toEqual({
      outboxChanged: true,
      inventoryChanged: true,
    });
    expect(overlayCount(fx.sqlite, id)).toBe(0);
    expect(row(id)?.confirmed_at).toBe(at);
  });

  it('ignores txids of shapes that confirm nothing', () => {
    afterShapeBatch(fx.sqlite, 'products', batch(['7'], T0));
    expect(txidRows()).toEqual([]);
  });

  it('resolves a mutation whose upload answer never arrived from the synced outcome', () => {
    const id = queueOne();
    // The shapes delivered the change before the station learned it was accepted.
    afterShapeBatch(fx.sqlite, 'bin_stock', batch(['6001'], T0));
    afterShapeBatch(fx.sqlite, 'stock_levels', batch(['6001'], T0));
    expect(overlayCount(fx.sqlite, id)).toBe(1);

    syncedOutcome(id, 'accepted', 6001);
    const at = '2026-11-26T09:00:09.000Z';
    expect(afterShapeBatch(fx.sqlite, 'station_mutations', batch(['6002'], at))).toEqual({
      outboxChanged: true,
      inventoryChanged: true,
    });
    expect(row(id)).toMatchObject({
      state: 'accepted',
      txid: '6001',
      resolved_at: at,
      confirmed_at: at,
    });
    expect(overlayCount(fx.sqlite, id)).toBe(0);
  });

  it('resolves from the synced outcome first and confirms when the shapes catch up', () => {
    const id = queueOne();
    syncedOutcome(id, 'accepted', 6101);
    afterShapeBatch(fx.sqlite, 'station_mutations', batch([], T0));
    expect(row(id)).toMatchObject({ state: 'accepted', txid: '6101', confirmed_at: null });
    afterShapeBatch(fx.sqlite, 'stock_levels', batch(['6101'], T0));
    afterShapeBatch(fx.sqlite, 'bin_stock', batch(['6101'], T0));
    expect(row(id)?.confirmed_at).toBe(T0);
  });

  it('drops a synced rejection’s overlay at once', () => {
    const id = queueOne();
    const other = queueOne();
    syncedOutcome(id, 'rejected', 6201);
    expect(afterShapeBatch(fx.sqlite, 'station_mutations', batch(['6201'], T0))).toEqual({
      outboxChanged: true,
      inventoryChanged: true,
    });
    expect(row(id)).toMatchObject({ state: 'rejected', reject_code: 'INSUFFICIENT_STOCK' });
    expect(overlayCount(fx.sqlite, id)).toBe(0);
    expect(row(other)?.state).toBe('waiting');
    expect(overlayCount(fx.sqlite, other)).toBe(1);
  });

  it('leaves rows the uploader already resolved as they are', () => {
    const id = queueOne();
    accept(id, '6301');
    syncedOutcome(id, 'accepted', 6301);
    expect(afterShapeBatch(fx.sqlite, 'station_mutations', batch([], T0))).toEqual({
      outboxChanged: false,
      inventoryChanged: false,
    });
  });

  it('counts a fresh snapshot as delivering mutations accepted before it completed', () => {
    const early = queueOne();
    accept(early, '7001', '2026-11-26T09:00:01.000Z');
    const late = queueOne();
    accept(late, '7002', '2026-11-26T09:00:30.000Z');

    // bin_stock refetched: its snapshot never carries txids, but it contains the early change.
    afterShapeBatch(fx.sqlite, 'bin_stock', batch([], '2026-11-26T09:00:10.000Z'));
    afterShapeBatch(fx.sqlite, 'bin_stock', batch([], '2026-11-26T09:00:20.000Z', true));
    expect(row(early)?.confirmed_at).toBeNull();

    afterShapeBatch(fx.sqlite, 'stock_levels', batch(['7001', '7002'], '2026-11-26T09:00:40.000Z'));
    expect(row(early)?.confirmed_at).toBe('2026-11-26T09:00:40.000Z');
    expect(row(late)?.confirmed_at).toBeNull();
    expect(overlayCount(fx.sqlite, late)).toBe(1);
  });

  it('trims txids older than an hour that nothing waits for', () => {
    const insert = fx.sqlite.prepare(
      `INSERT INTO synced_txids (shape, txid, seen_at) VALUES (?, ?, ?)`,
    );
    insert.run('bin_stock', '100', '2026-11-26T07:00:00.000Z'); // old, unneeded
    insert.run('bin_stock', '101', '2026-11-26T07:00:00.000Z'); // old, awaited by an accepted row
    insert.run('bin_stock', '102', '2026-11-26T08:30:00.000Z'); // recent
    const awaiting = queueOne();
    accept(awaiting, '101');

    afterShapeBatch(fx.sqlite, 'products', batch([], '2026-11-26T09:00:00.000Z'));
    expect(txidRows().map((r) => r.txid)).toEqual(['101', '102']);
  });

  it('keeps old txids seen after a waiting mutation was first sent (its answer may be lost)', () => {
    const insert = fx.sqlite.prepare(
      `INSERT INTO synced_txids (shape, txid, seen_at) VALUES (?, ?, ?)`,
    );
    insert.run('bin_stock', '200', '2026-11-26T05:00:00.000Z');
    insert.run('bin_stock', '201', '2026-11-26T06:00:01.000Z');
    const sent = queueOne('2026-11-26T06:00:00.000Z');
    fx.sqlite.prepare(`UPDATE outbox SET last_attempt_at = ? WHERE id = ?`).run(T0, sent);

    afterShapeBatch(fx.sqlite, 'bin_stock', batch([], T0));
    expect(txidRows().map((r) => r.txid)).toEqual(['201']);
  });
});

describe('txids from Electric (proxy mode)', () => {
  it('confirms a mutation the head office answered with a 64-bit txid when the shapes carry its 32-bit xid', () => {
    const id = queueOne();
    const xid = 123_456n;
    accept(id, ((2n << 32n) + xid).toString());
    afterShapeBatch(fx.sqlite, 'bin_stock', batch([xid.toString()], T0));
    expect(row(id)?.confirmed_at).toBeNull();
    afterShapeBatch(fx.sqlite, 'stock_levels', batch([xid.toString()], T0));
    expect(row(id)?.confirmed_at).not.toBeNull();
    expect(overlayCount(fx.sqlite)).toBe(0);
  });
});
