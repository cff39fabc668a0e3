import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../pipeline/ids';
import { addProduct, addStock, addWarehouse } from '../testing/fixtures';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';
import { ChangeWaker } from './change-waker';

/** Which of the promises have settled by now. */
async function settled(promises: Record<string, Promise<void>>): Promise<string[]> {
  const done: string[] = [];
  for (const [name, promise] of Object.entries(promises)) void promise.then(() => done.push(name));
  await new Promise((r) => setTimeout(r, 300));
  return done.sort();
}

describe('ChangeWaker', () => {
  let t: TestDatabase;
  let waker: ChangeWaker;
  beforeAll(async () => {
    t = await createTestDatabase(2);
    waker = new ChangeWaker(
      () => t.url,
      (error) => {
        throw error;
      },
    );
    await waker.ready();
  });
  afterAll(async () => {
    await waker.close();
    await t.drop();
  });

  it('wakes only the long-polls of the shapes a commit touched', async () => {
    const north = await addWarehouse(t.db, 'NRTH', { country: 'GB', lat: 55, lon: -2 });
    const south = await addWarehouse(t.db, 'STH', { country: 'GB', lat: 50, lon: -4 });
    const product = await addProduct(t.db, 'WAKE-1');
    await new Promise((r) => setTimeout(r, 200));
    const wait = (relation: string, warehouseId: string) => {
      const topic = { relation, warehouseId };
      return waker.waitAfter(topic, waker.generationFor(topic), 5_000);
    };
    const waits = {
      northStock: wait('bin_stock', north.id),
      southStock: wait('bin_stock', south.id),
      northProducts: wait('products', north.id),
      northBins: wait('bins', north.id),
    };
    await addStock(t.db, north, product, 4);
    expect(await settled(waits)).toEqual(['northStock']);

    // Reference data concerns every warehouse.
    await t.db.updateTable('products').set({ name: 'Renamed' }).where('id', '=', product).execute();
    expect(await settled(waits)).toEqual(['northProducts', 'northStock']);
  });

  it('never sleeps through a commit between looking at the log and waiting', async () => {
    const warehouse = await addWarehouse(t.db, 'RACE', { country: 'GB', lat: 52, lon: 0 });
    const topic = { relation: 'bins', warehouseId: warehouse.id };
    const seen = waker.generationFor(topic);
    await t.db
      .insertInto('bins')
      .values({ id: newId(), warehouse_id: warehouse.id, code: 'B-2', pick_sequence: 2 })
      .execute();
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    await waker.waitAfter(topic, seen, 5_000);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('wakes everyone for a notification it cannot read', async () => {
    const topic = { relation: 'people', warehouseId: newId() };
    const waiting = waker.waitAfter(topic, waker.generationFor(topic), 5_000);
    await sql`SELECT pg_notify('wharf_shape_changes', '')`.execute(t.db);
    expect(await settled({ waiting })).toEqual(['waiting']);
  });
});
