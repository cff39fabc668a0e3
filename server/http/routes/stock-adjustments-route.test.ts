import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StockAdjustmentAnswerSchema } from '../../../shared/api/stock-adjustment';
import { assertLedgerConsistent } from '../../testing/ledger-check';
import { captureOrderVia, setUpShop } from '../../testing/shop-setup';
import type { TestShop } from '../../testing/shop-setup';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

describe('POST /v1/stock/adjustments', () => {
  let t: TestApp;
  let shop: TestShop;

  beforeEach(async () => {
    t = await startTestApp();
    shop = await setUpShop(t, { 'MUG-1': 5 });
  });
  afterEach(() => t.close());

  const adjust = (body: Record<string, unknown>, token = shop.manager) =>
    t.request('POST', '/v1/stock/adjustments', { body, token });
  const movementCount = async () =>
    (await t.db.db.selectFrom('stock_movements').select('id').execute()).length;
  const base = { warehouse: 'EAST', bin: 'A-01-01', sku: 'MUG-1' };

  it('writes one ledger row with who and why, and answers the new level', async () => {
    const res = await adjust({
      ...base,
      quantity: -2,
      reason: '2 chipped in handling',
      reference: 'CC-17',
    });
    expect(res.status).toBe(201);
    const answer = StockAdjustmentAnswerSchema.parse(res.body);
    expect(answer).toMatchObject({
      movement: {
        quantity: -2,
        reason: '2 chipped in handling',
        reference: 'CC-17',
        actor: 'test manager',
      },
      level: { warehouse: 'EAST', sku: 'MUG-1', onHand: 3, reserved: 0, available: 3 },
      binOnHand: 3,
    });
    const row = await t.db.db
      .selectFrom('stock_movements')
      .select(['quantity', 'reason', 'reference', 'actor', 'bin_id'])
      .where('id', '=', answer.movement.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      quantity: -2,
      reason: 'adjustment',
      reference: 'CC-17',
      actor: 'test manager',
      bin_id: shop.east.binId,
    });
    const why = await t.db.db
      .selectFrom('events')
      .select(['kind', 'reason', 'actor'])
      .where('entity_id', '=', answer.movement.id)
      .executeTakeFirstOrThrow();
    expect(why).toEqual({
      kind: 'stock.adjusted',
      reason: '2 chipped in handling',
      actor: 'test manager',
    });

    const found = await adjust({ ...base, quantity: 4, reason: 'found behind the rack' });
    expect(found.body).toMatchObject({ level: { onHand: 7 }, binOnHand: 7 });
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses to go below what is reserved or below zero, writing nothing', async () => {
    await captureOrderVia(t, shop.web, 'A-1', [{ sku: 'MUG-1', quantity: 4 }]);
    const before = await movementCount();
    const belowReserved = await adjust({ ...base, quantity: -2, reason: 'count' });
    expect(belowReserved.status).toBe(409);
    expect(belowReserved.body).toMatchObject({
      error: {
        code: 'INSUFFICIENT_STOCK',
        message: expect.stringContaining(
          '4 of them are reserved for orders, so at most 1 can be removed',
        ) as unknown,
      },
    });
    const belowZero = await adjust({ ...base, quantity: -6, reason: 'count' });
    expect(belowZero.status).toBe(409);
    expect(belowZero.body).toMatchObject({
      error: {
        code: 'INSUFFICIENT_STOCK',
        message: expect.stringContaining('Bin A-01-01 holds 5') as unknown,
      },
    });
    expect(await movementCount()).toBe(before);
    expect((await adjust({ ...base, quantity: -1, reason: 'count' })).status).toBe(201);
    await assertLedgerConsistent(t.db.db);
  });

  it('gives units found to orders waiting for them', async () => {
    const waiting = await captureOrderVia(t, shop.web, 'A-2', [{ sku: 'MUG-1', quantity: 7 }]);
    expect(waiting.status).toBe('backordered');
    const res = await adjust({ ...base, quantity: 2, reason: 'found a case behind the rack' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      level: { onHand: 7, reserved: 7, available: 0 },
      backorders: [
        { order: { id: waiting.id, status: 'allocated' }, lines: [{ sku: 'MUG-1', quantity: 2 }] },
      ],
    });
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses bad bodies with the fields named, and the wrong role', async () => {
    const before = await movementCount();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...base, quantity: 0, reason: 'x' }, ['quantity']],
      [{ ...base, quantity: 1.5, reason: 'x' }, ['quantity']],
      [{ ...base, quantity: 1 }, ['reason']],
      [{ warehouse: 'EAST', sku: 'MUG-1', quantity: 1, reason: 'x' }, ['bin']],
      [{ ...base, sku: 'NOPE-1', quantity: 1, reason: 'x' }, ['sku']],
      [{ ...base, bin: 'Z-99', quantity: 1, reason: 'x' }, ['bin']],
      [{ ...base, warehouse: 'MOON', quantity: 1, reason: 'x' }, ['warehouse']],
    ];
    for (const [body, paths] of cases) {
      const res = await adjust(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const issues = (res.body as { error: { issues: { path: string }[] } }).error.issues;
      expect(issues.map((i) => i.path)).toEqual(paths);
    }
    expect((await adjust({ ...base, quantity: 1, reason: 'x' }, shop.viewer)).status).toBe(403);
    expect((await t.request('POST', '/v1/stock/adjustments', { body: base })).status).toBe(401);
    expect(await movementCount()).toBe(before);
    await assertLedgerConsistent(t.db.db);
  });
});
