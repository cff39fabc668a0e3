import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addChannel, addProduct, addStock, addToken, addWarehouse } from '../../testing/fixtures';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';

const HEADER =
  'external_id,placed_at,currency,customer_email,customer_name,ship_name,ship_line1,ship_city,ship_postcode,ship_country,sku,quantity,unit_price,shipping,total,payment_status,notes';
const row = (id: string, sku: string, qty: string, price: string, total: string, notes = '') =>
  `${id},2026-11-20T09:00:00Z,USD,${id}@example.com,Pat Doe,Pat Doe,1 Main St,Springfield,62701,US,${sku},${qty},${price},5.00,${total},paid,${notes}`;

describe('POST /v1/channels/:channel/orders/import (CSV)', () => {
  let t: TestApp;
  let manager: string;
  beforeEach(async () => {
    t = await startTestApp();
    const wh = await addWarehouse(t.db.db, 'NJ', { country: 'US', lat: 40.7, lon: -74 });
    for (const sku of ['MUG', 'TEE'])
      await addStock(t.db.db, wh, await addProduct(t.db.db, sku), 20);
    await addChannel(t.db.db, 'phone', 'phone');
    manager = await addToken(t.db.db, 'manager');
  });
  afterEach(() => t.close());

  const upload = (csv: string, query = '', token = manager) =>
    t.request('POST', `/v1/channels/phone/orders/import${query}`, {
      raw: csv,
      token,
      headers: { 'content-type': 'text/csv' },
    });
  const orders = async () =>
    t.db.db.selectFrom('orders').select(['external_id', 'notes']).orderBy('external_id').execute();

  const file = [
    HEADER,
    row('C-1', 'MUG', '2', '10.00', '25.00'),
    row('C-1', 'TEE', '1', '0.00', '25.00'),
    row('C-2', 'TEE', 'two', '10.00', '15.00'),
    row('C-3', 'MUG', '1', '10.00', '15.00', '"=cmd|\' /C calc\'!A0; DROP TABLE orders;--"'),
  ].join('\r\n');

  it('imports nothing from a file with errors and names each bad row and field', async () => {
    const res = await upload(file);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: { code: 'UNPROCESSABLE', issues: [{ row: 4, path: 'quantity' }] },
    });
    expect(await orders()).toEqual([]);
  });

  it('imports the valid orders only when asked, storing text verbatim', async () => {
    const res = await upload(file, '?validRowsOnly=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      imported: [
        { externalId: 'C-1', rows: [2, 3], status: 'allocated', created: true },
        { externalId: 'C-3', rows: [5], status: 'allocated', created: true },
      ],
      skipped: [{ row: 4, field: 'quantity' }],
    });
    expect(await orders()).toEqual([
      { external_id: 'C-1', notes: null },
      { external_id: 'C-3', notes: "=cmd|' /C calc'!A0; DROP TABLE orders;--" },
    ]);
    // Importing the same file again changes nothing.
    const again = await upload(file, '?validRowsOnly=true');
    expect(again.body).toMatchObject({ imported: [{ created: false }, { created: false }] });
    expect(await orders()).toHaveLength(2);
  });

  it('needs a manager token', async () => {
    const viewer = await addToken(t.db.db, 'viewer');
    expect((await upload(file, '', viewer)).status).toBe(403);
    expect((await upload(file, '', 'nope')).status).toBe(401);
  });
});
