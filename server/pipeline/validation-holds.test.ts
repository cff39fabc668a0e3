import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addChannel, addProduct, addStock, addWarehouse, orderFor } from '../testing/fixtures';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

interface Answer {
  order: {
    id: string;
    status: string;
    holdReasons: { rule: string; field?: string; message: string }[];
  };
}

describe('validation rules stored as data put failing orders on hold', () => {
  let t: TestApp;
  let web: { code: string; apiKey: string };
  beforeEach(async () => {
    t = await startTestApp();
    const wh = await addWarehouse(t.db.db, 'EAST', { country: 'US', lat: 40.7, lon: -74 });
    await addStock(t.db.db, wh, await addProduct(t.db.db, 'TEE-M'), 100);
    web = await addChannel(t.db.db, 'web', 'web');
  });
  afterEach(() => t.close());

  const capture = async (body: unknown) =>
    (await t.request('POST', `/v1/channels/${web.code}/orders`, { token: web.apiKey, body }))
      .body as Answer;

  it('holds with readable reasons, reserves nothing, and records why in the timeline', async () => {
    const answer = await capture(
      orderFor(
        'H-1',
        [
          { sku: 'TEE-M', quantity: 1 },
          { sku: 'NOT-IN-CATALOGUE', quantity: 1 },
        ],
        {
          shipTo: {
            name: 'Ada',
            line1: '1 Main St',
            city: 'Springfield',
            postcode: 'ABC',
            country: 'US',
          },
          payment: { status: 'pending' },
        },
      ),
    );
    expect(answer.order.status).toBe('on_hold');
    const byField = Object.fromEntries(
      answer.order.holdReasons.map((r) => [r.field ?? r.rule, r.message]),
    );
    expect(byField['shipTo.postcode']).toMatch(/ABC/);
    expect(answer.order.holdReasons.map((r) => r.message).join(' ')).toMatch(/NOT-IN-CATALOGUE/);
    expect(answer.order.holdReasons.map((r) => r.message).join(' ')).toMatch(/pending/i);
    const reserved = await t.db.db.selectFrom('reservations').select('id').execute();
    expect(reserved).toEqual([]);
    const events = await t.db.db
      .selectFrom('events')
      .select(['kind', 'to_status', 'reason'])
      .where('entity_id', '=', answer.order.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.to_status)).toEqual(['received', 'on_hold']);
    expect(events[1]?.reason).toMatch(/ABC/);
  });

  it('holds a big order shipped abroad from another billing country, and the sixth order in an hour', async () => {
    const big = await capture(
      orderFor('H-2', [{ sku: 'TEE-M', quantity: 60, unitPriceMinor: 1000 }], {
        billTo: { name: 'Ada', line1: '1 Rue', city: 'Paris', postcode: '75001', country: 'FR' },
      }),
    );
    expect(big.order.status).toBe('on_hold');
    expect(big.order.holdReasons.map((r) => r.rule)).toContain('fraud_value_country_mismatch');

    const statuses: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const a = await capture(
        orderFor(`V-${i}`, [{ sku: 'TEE-M', quantity: 1 }], {
          customer: { email: 'Same@Example.com', name: 'Sam' },
        }),
      );
      statuses.push(a.order.status);
    }
    expect(statuses).toEqual([
      'allocated',
      'allocated',
      'allocated',
      'allocated',
      'allocated',
      'on_hold',
    ]);
  });

  it('follows a rule change made in the table', async () => {
    await t.db.db
      .updateTable('validation_rules')
      .set({ enabled: false })
      .where('kind', '=', 'payment_status')
      .execute();
    // The rule cache lives for seconds; a fresh app on the same database reads the change at once.
    const { buildApp } = await import('../http/app');
    const { connectCentral } = await import('../db/connect');
    const central = connectCentral(t.db.url, 2);
    const app = await buildApp({ db: central.db, secretKey: t.secretKey, logLevel: 'silent' });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const res = await fetch(`${url}/v1/channels/${web.code}/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${web.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(
          orderFor('R-1', [{ sku: 'TEE-M', quantity: 1 }], { payment: { status: 'pending' } }),
        ),
      });
      expect(((await res.json()) as Answer).order.status).toBe('allocated');
    } finally {
      await app.close();
      await central.close();
    }
  });
});
