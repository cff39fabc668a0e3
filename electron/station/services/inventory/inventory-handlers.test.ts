import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WharfError } from '../../../../shared/contract';
import { InventoryAdjustInputSchema, InventoryQuerySchema } from '../../../../shared/contract';
import type { HandlerMap } from '../../contract/handler-map';
import { createMutationRunner } from '../../mutations/run-mutation';
import {
  OTHER_WAREHOUSE_ID,
  WAREHOUSE_ID,
  openReplica,
  seedBarcode,
  seedBin,
  seedBinStock,
  seedProduct,
  sequentialIds,
  session,
} from '../../outbox/testing/replica-fixture';
import type { ReplicaFixture } from '../../outbox/testing/replica-fixture';
import { createInventoryHandlers } from './inventory-handlers';
import type { InventoryLink } from './inventory-handlers';

const A1 = '0190c000-0000-7000-8000-000000000001';
const B2 = '0190c000-0000-7000-8000-000000000002';
const C3 = '0190c000-0000-7000-8000-000000000003';
const FAR = '0190c000-0000-7000-8000-000000000009';
const MUG = '0190d000-0000-7000-8000-000000000001';
const CUP = '0190d000-0000-7000-8000-000000000002';
const TAPE = '0190d000-0000-7000-8000-000000000003';

let fx: ReplicaFixture;
let link: InventoryLink | null;
let handlers: HandlerMap<'inventory.list' | 'inventory.adjust'>;

function list(search: string, limit?: number) {
  return handlers['inventory.list'](InventoryQuerySchema.parse({ search, limit }));
}

async function adjust(input: Record<string, unknown>) {
  return handlers['inventory.adjust'](
    InventoryAdjustInputSchema.parse({ reason: 'cycle-count', ...input }),
  );
}

const summary = (rows: Awaited<ReturnType<typeof list>>['rows']) =>
  rows.map(
    (r) =>
      `${r.binCode} ${r.product.sku} ${r.syncedOnHand}${r.pendingDelta >= 0 ? '+' : ''}${r.pendingDelta}=${r.onHand}`,
  );

beforeEach(() => {
  fx = openReplica();
  seedBin(fx.sqlite, { id: A1, code: 'A-01-01', pickSequence: 10 });
  seedBin(fx.sqlite, { id: B2, code: 'B-02-02', pickSequence: 20 });
  seedBin(fx.sqlite, { id: C3, code: 'C-03-03', pickSequence: 5 });
  seedBin(fx.sqlite, {
    id: FAR,
    code: 'A-01-01',
    pickSequence: 1,
    warehouseId: OTHER_WAREHOUSE_ID,
  });
  seedProduct(fx.sqlite, { id: MUG, sku: 'SKU-MUG', name: 'Blue mug', gtin: '05012345678900' });
  seedProduct(fx.sqlite, { id: CUP, sku: 'SKU-CUP', name: 'Paper cup (100% recycled)' });
  seedProduct(fx.sqlite, { id: TAPE, sku: 'TAPE-48', name: 'Packing tape' });
  seedBarcode(fx.sqlite, '05012345678900', MUG);
  seedBarcode(fx.sqlite, '15012345678907', MUG, 6);
  seedBinStock(fx.sqlite, A1, MUG, 4);
  seedBinStock(fx.sqlite, B2, MUG, 7);
  seedBinStock(fx.sqlite, A1, CUP, 50);
  seedBinStock(fx.sqlite, C3, TAPE, 12);
  seedBinStock(fx.sqlite, FAR, MUG, 99);
  link = { warehouseId: WAREHOUSE_ID, warehouseCode: 'LON1' };
  const runner = createMutationRunner({
    db: fx.db,
    localWrite: fx.localWrite,
    clock: fx.clock,
    newId: sequentialIds(),
    getSession: () => session(),
    getWarehouseId: () => link?.warehouseId ?? null,
    stationId: '01900000-0000-7000-8000-0000000000aa',
    onRecorded: () => undefined,
  });
  handlers = createInventoryHandlers({ sqlite: fx.sqlite, getLink: () => link, runner });
});

afterEach(async () => {
  await fx.close();
});

describe('inventory.list', () => {
  it('lists the whole warehouse in pick order, then by SKU', async () => {
    const all = await list('');
    expect(all.exactMatch).toBeNull();
    expect(all.warehouseCode).toBe('LON1');
    expect(summary(all.rows)).toEqual([
      'C-03-03 TAPE-48 12+0=12',
      'A-01-01 SKU-CUP 50+0=50',
      'A-01-01 SKU-MUG 4+0=4',
      'B-02-02 SKU-MUG 7+0=7',
    ]);
    expect(all.truncated).toBe(false);
    const page = await list('', 3);
    expect(page.rows).toHaveLength(3);
    expect(page.truncated).toBe(true);
  });

  it('finds a product by an exact barcode, with the pack it stands for', async () => {
    const found = await list('15012345678907');
    expect(found.exactMatch).toBe('barcode');
    expect(summary(found.rows)).toEqual(['A-01-01 SKU-MUG 4+0=4', 'B-02-02 SKU-MUG 7+0=7']);
    expect(found.rows[0]?.product).toMatchObject({
      gtin: '05012345678900',
      matchedBarcode: { barcode: '15012345678907', packQuantity: 6 },
    });
  });

  it('finds a product by its exact SKU in any case, and a bin by its label', async () => {
    const sku = await list('sku-mug');
    expect(sku.exactMatch).toBe('sku');
    expect(summary(sku.rows)).toEqual(['A-01-01 SKU-MUG 4+0=4', 'B-02-02 SKU-MUG 7+0=7']);
    const bin = await list('a-01-01');
    expect(bin.exactMatch).toBe('bin');
    // Only this warehouse's bin of that name.
    expect(summary(bin.rows)).toEqual(['A-01-01 SKU-CUP 50+0=50', 'A-01-01 SKU-MUG 4+0=4']);
  });

  it('falls back to part of a SKU or name, treating % and _ literally', async () => {
    const part = await list('mug');
    expect(part.exactMatch).toBeNull();
    expect(summary(part.rows)).toEqual(['A-01-01 SKU-MUG 4+0=4', 'B-02-02 SKU-MUG 7+0=7']);
    expect(summary((await list('100%')).rows)).toEqual(['A-01-01 SKU-CUP 50+0=50']);
    expect(summary((await list('SKU_')).rows)).toEqual([]);
    expect((await list('nothing like it')).rows).toEqual([]);
  });

  it('shows pending changes on top of the synced count, and bins only a pending change fills', async () => {
    await adjust({ binId: A1, productId: MUG, delta: -3, reason: 'damaged' });
    await adjust({ binId: A1, productId: MUG, delta: 1, reason: 'found' });
    await adjust({ binId: B2, productId: TAPE, delta: 5, reason: 'found' });

    expect(summary((await list('')).rows)).toEqual([
      'C-03-03 TAPE-48 12+0=12',
      'A-01-01 SKU-CUP 50+0=50',
      'A-01-01 SKU-MUG 4-2=2',
      'B-02-02 SKU-MUG 7+0=7',
      'B-02-02 TAPE-48 0+5=5',
    ]);
    expect(summary((await list('TAPE-48')).rows)).toEqual([
      'C-03-03 TAPE-48 12+0=12',
      'B-02-02 TAPE-48 0+5=5',
    ]);
    expect(summary((await list('b-02-02')).rows)).toEqual([
      'B-02-02 SKU-MUG 7+0=7',
      'B-02-02 TAPE-48 0+5=5',
    ]);
  });

  it('shows nothing before the station is enrolled', async () => {
    link = null;
    expect(await list('')).toEqual({
      exactMatch: null,
      rows: [],
      truncated: false,
      warehouseCode: null,
    });
  });
});

describe('inventory.adjust', () => {
  it('turns a count into the change from what the station shows', async () => {
    await adjust({ binId: A1, productId: MUG, delta: -1, reason: 'damaged' });
    const { mutationId, row } = await adjust({ binId: A1, productId: MUG, countedQuantity: 10 });
    expect(row).toMatchObject({ binCode: 'A-01-01', syncedOnHand: 4, pendingDelta: 6, onHand: 10 });
    const payload = fx.sqlite
      .prepare<[string], { payload: string }>(`SELECT payload FROM outbox WHERE id = ?`)
      .get(mutationId)?.payload;
    expect(JSON.parse(payload ?? '{}')).toMatchObject({ delta: 7, countedQuantity: 10 });
  });

  it('refuses a count that matches what is shown', async () => {
    const error = await adjust({ binId: A1, productId: MUG, countedQuantity: 4 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WharfError);
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'The count matches what the station shows; nothing to change',
    });
  });

  it('counts a product into a bin that had none', async () => {
    const { row } = await adjust({ binId: C3, productId: CUP, countedQuantity: 3 });
    expect(row).toMatchObject({ syncedOnHand: 0, pendingDelta: 3, onHand: 3 });
  });
});
