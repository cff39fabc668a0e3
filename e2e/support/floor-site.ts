import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../../server/db/schema';
import { newId } from '../../server/pipeline/ids';
import {
  addChannel,
  addProduct,
  addStock,
  addToken,
  addWarehouse,
  orderFor,
} from '../../server/testing/fixtures';

/** What the floor test scans: each product's unit barcode, and the bins by code. */
export interface FloorCatalogue {
  warehouse: { id: string; code: string; binId: string };
  bins: Record<string, string>;
  barcodes: Record<string, string>;
  channel: { code: string; apiKey: string };
  manager: string;
}

const PRODUCTS: { sku: string; barcode: string; bin: string; stock: number }[] = [
  { sku: 'MUG-1', barcode: '5012345678900', bin: 'A-01-02', stock: 40 },
  { sku: 'PEN-1', barcode: '4006381333931', bin: 'A-01-01', stock: 200 },
  { sku: 'TEA-1', barcode: '5000000000012', bin: 'B-01-01', stock: 30 },
];

/** One warehouse (EAST) with bins in a walk, three products with barcodes and stock, a channel. */
export async function buildFloorCatalogue(db: Kysely<CentralDatabase>): Promise<FloorCatalogue> {
  const warehouse = await addWarehouse(db, 'EAST', { country: 'US', lat: 40.7, lon: -74 });
  const bins: Record<string, string> = { 'A-01-01': warehouse.binId };
  const walk: [string, number][] = [
    ['A-01-02', 2],
    ['B-01-01', 10],
  ];
  for (const [code, pickSequence] of walk) {
    const id = newId();
    await db
      .insertInto('bins')
      .values({ id, warehouse_id: warehouse.id, code, pick_sequence: pickSequence })
      .execute();
    bins[code] = id;
  }
  const barcodes: Record<string, string> = {};
  for (const p of PRODUCTS) {
    const id = await addProduct(db, p.sku);
    await db
      .insertInto('product_barcodes')
      .values({ barcode: p.barcode, product_id: id, pack_quantity: 1 })
      .execute();
    const binId = bins[p.bin];
    if (!binId) throw new Error(`no bin ${p.bin}`);
    await addStock(db, { id: warehouse.id, binId }, id, p.stock);
    barcodes[p.sku] = p.barcode;
  }
  return {
    warehouse,
    bins,
    barcodes,
    channel: await addChannel(db, 'web-store', 'web'),
    manager: await addToken(db, 'manager'),
  };
}

export async function postJson(url: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** Captures an order through the channel API and releases its fulfilment to the floor. */
export async function releasedOrder(
  db: Kysely<CentralDatabase>,
  headOfficeUrl: string,
  catalogue: FloorCatalogue,
  externalId: string,
  lines: { sku: string; quantity: number }[],
): Promise<{ orderNumber: string; fulfilmentId: string; fulfilmentNumber: string }> {
  await postJson(
    `${headOfficeUrl}/v1/channels/${catalogue.channel.code}/orders`,
    catalogue.channel.apiKey,
    orderFor(externalId, lines),
  );
  const row = await db
    .selectFrom('fulfilments as f')
    .innerJoin('orders as o', 'o.id', 'f.order_id')
    .select(['f.id', 'f.number', 'o.number as orderNumber'])
    .where('o.external_id', '=', externalId)
    .executeTakeFirstOrThrow();
  await postJson(`${headOfficeUrl}/v1/fulfilments/${row.id}/release`, catalogue.manager, {});
  return { orderNumber: row.orderNumber, fulfilmentId: row.id, fulfilmentNumber: row.number };
}
