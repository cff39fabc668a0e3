import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../pipeline/ids';
import { assertLedgerConsistent } from '../../testing/ledger-check';
import { captureOrderVia } from '../../testing/shop-setup';
import { setUpStationFloor } from '../../testing/station-floor';
import type { StationFloor } from '../../testing/station-floor';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('POST /v1/mutations: applying a station outbox', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  const ledgerOf = (mutationIds: string[]) =>
    t.db.db
      .selectFrom('stock_movements')
      .selectAll()
      .where('mutation_id', 'in', mutationIds)
      .execute();
  const binOnHand = async () =>
    (
      await t.db.db
        .selectFrom('bin_stock')
        .select('on_hand')
        .where('bin_id', '=', floor.shop.east.binId)
        .executeTakeFirstOrThrow()
    ).on_hand;

  it('writes one ledger row per accepted mutation, in the transaction whose txid it answers', async () => {
    const count = floor.adjust(
      { delta: -3, reason: 'cycle-count', countedQuantity: 7, note: 'top shelf' },
      { personId: floor.people.manager },
    );
    const { status, answer } = await floor.send([count]);
    expect(status).toBe(200);
    const outcome = answer?.results[0];
    expect(answer?.results).toHaveLength(1);
    expect(outcome).toMatchObject({
      id: count.id,
      status: 'accepted',
      txid: expect.any(String) as unknown,
    });

    const ledger = await ledgerOf([count.id]);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({
      quantity: -3,
      reason: 'cycle_count',
      reference: 'cycle-count; counted 7; top shelf',
      actor: 'Mo Manager',
      station: 'East packing 1',
      mutation_id: count.id,
    });
    expect(await binOnHand()).toBe(7);
    const event = await t.db.db
      .selectFrom('events')
      .select(['kind', 'reason', 'actor', 'data'])
      .where('entity_id', '=', ledger[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ kind: 'stock.adjusted', actor: 'Mo Manager' });
    expect(event.data).toMatchObject({ mutationId: count.id, countedQuantity: 7 });

    const recorded = await t.db.db
      .selectFrom('station_mutations')
      .select([sql<string>`txid::text`.as('txid'), 'status', 'station_id', 'payload', 'kind'])
      .where('id', '=', count.id)
      .executeTakeFirstOrThrow();
    expect(recorded).toMatchObject({
      txid: outcome?.status === 'accepted' ? outcome.txid : 'none',
      status: 'accepted',
      station_id: floor.station.stationId,
      kind: 'stock.adjust',
      payload: count.payload,
    });
    // What the station waits for in its synced rows: the same txid on every change it caused.
    const { rows: changes } = await sql<{ relation: string; txid: string }>`
      SELECT relation, txid::text AS txid FROM shape_changes
       WHERE key LIKE ${`%${count.id}%`} OR relation IN ('bin_stock', 'stock_levels')
       ORDER BY id DESC LIMIT 3`.execute(t.db.db);
    expect(changes.map((c) => c.relation).sort()).toEqual([
      'bin_stock',
      'station_mutations',
      'stock_levels',
    ]);
    expect(new Set(changes.map((c) => c.txid))).toEqual(new Set([recorded.txid]));
    await assertLedgerConsistent(t.db.db);
  });

  it('answers a batch sent twice with the same outcomes and applies it once', async () => {
    const batch = [floor.adjust({ delta: -2 }), floor.adjust({ delta: -99 }), floor.adjust()];
    const first = await floor.send(batch);
    const second = await floor.send(batch);
    expect(first.answer?.results.map((r) => r.status)).toEqual([
      'accepted',
      'rejected',
      'accepted',
    ]);
    expect(second.answer).toEqual(first.answer);
    expect(await ledgerOf(batch.map((m) => m.id))).toHaveLength(2);
    expect(await binOnHand()).toBe(7);
    expect(await t.db.db.selectFrom('station_mutations').select('id').execute()).toHaveLength(3);
  });

  it('applies 99 of 100 and rejects the one that takes out more than the bin holds', async () => {
    const batch = Array.from({ length: 100 }, (_, i) =>
      i === 49
        ? floor.adjust({ delta: -1000, reason: 'lost' })
        : floor.adjust({ delta: 1, reason: 'found' }),
    );
    const { status, answer } = await floor.send(batch);
    expect(status).toBe(200);
    expect(answer?.results.map((r) => r.id)).toEqual(batch.map((m) => m.id));
    const rejected = answer?.results.filter((r) => r.status === 'rejected') ?? [];
    expect(rejected).toEqual([
      {
        id: batch[49]?.id,
        status: 'rejected',
        code: 'INSUFFICIENT_STOCK',
        // 10 opening + 49 found before it: what the head office has, and what was asked.
        message: expect.stringMatching(
          /holds 59 of MUG-1 in EAST; 1000 cannot be taken out/,
        ) as unknown,
        appliedAt: expect.any(String) as unknown,
      },
    ]);
    expect(await ledgerOf(batch.map((m) => m.id))).toHaveLength(99);
    expect(await binOnHand()).toBe(109);
    await assertLedgerConsistent(t.db.db);
  });

  it('hands units found at a station to backordered orders, as a head-office adjustment does', async () => {
    const order = await captureOrderVia(t, floor.shop.web, 'BO-1', [
      { sku: 'MUG-1', quantity: 12 },
    ]);
    expect(order.status).toBe('backordered');
    const { answer } = await floor.send([floor.adjust({ delta: 2, reason: 'found' })]);
    expect(answer?.results[0]?.status).toBe('accepted');
    const after = await t.db.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('allocated');
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses an upload without a station token', async () => {
    const mutation = floor.adjust();
    for (const token of [undefined, floor.shop.manager, 'not-a-token']) {
      const res = await t.request('POST', '/v1/mutations', {
        token,
        body: { mutations: [mutation] },
      });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    expect((await floor.send([])).status).toBe(400);
    expect(await t.db.db.selectFrom('station_mutations').select('id').execute()).toHaveLength(0);
    // An id is a UUID the station made; anything else is a malformed batch, not a rejection.
    expect((await floor.send([{ ...mutation, id: newId().slice(0, 8) }])).status).toBe(400);
  });
});
