import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('station uploads that are retried or race each other', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  const ledgerRows = async () =>
    (
      await t.db.db
        .selectFrom('stock_movements')
        .select('id')
        .where('mutation_id', 'is not', null)
        .execute()
    ).length;

  it('applies a mutation once when two requests carry it at the same time', async () => {
    const mutation = floor.adjust({ delta: -2 });
    // Hold MUG-1's lock so both requests get past the "already recorded?" look-up and queue
    // behind it: the second to run then meets the first one's primary key.
    const holder = await t.db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM products WHERE id = $1 FOR UPDATE', [
        floor.shop.products['MUG-1'],
      ]);
      const requests = [floor.send([mutation]), floor.send([mutation])];
      for (let i = 0; ; i++) {
        const { rows } = await sql<{ waiting: number }>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.db.db);
        if ((rows[0]?.waiting ?? 0) >= 2) break;
        if (i > 200) throw new Error('the two requests never both waited for the lock');
        await new Promise((r) => setTimeout(r, 20));
      }
      await holder.query('COMMIT');
      const [first, second] = await Promise.all(requests);
      expect(first?.status).toBe(200);
      expect(first?.answer?.results[0]?.status).toBe('accepted');
      expect(second?.answer).toEqual(first?.answer);
    } finally {
      holder.release();
    }
    expect(await ledgerRows()).toBe(1);
  });

  it('answers 503 on a transient failure and keeps what was recorded for the retry', async () => {
    // A serialization failure, once, on the ledger row of the second mutation only: PostgreSQL's
    // own error, raised by a trigger this test adds to its own database.
    await sql`CREATE SEQUENCE flaky_once`.execute(t.db.db);
    await sql`
      CREATE FUNCTION flaky_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.reference LIKE '%flaky%' AND nextval('flaky_once') = 1 THEN
          RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001';
        END IF;
        RETURN NEW;
      END $$`.execute(t.db.db);
    await sql`
      CREATE TRIGGER flaky_ledger BEFORE INSERT ON stock_movements
        FOR EACH ROW EXECUTE FUNCTION flaky_ledger()`.execute(t.db.db);

    const batch = [
      floor.adjust({ delta: -1 }),
      floor.adjust({ delta: -2, note: 'flaky' }),
      floor.adjust({ delta: -3 }),
    ];
    const failed = await floor.send(batch);
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('change 2 of 3') as unknown },
    });
    const kept = await t.db.db.selectFrom('station_mutations').select('id').execute();
    expect(kept.map((r) => r.id)).toEqual([batch[0]?.id]);

    const retried = await floor.send(batch);
    expect(retried.status).toBe(200);
    expect(retried.answer?.results.map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ]);
    const again = await floor.send([batch[0] ?? floor.adjust()]);
    expect(again.answer?.results[0]).toEqual(retried.answer?.results[0]);
    expect(await ledgerRows()).toBe(3);
  });
});
