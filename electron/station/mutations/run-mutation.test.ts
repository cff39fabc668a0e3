import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WharfError } from '../../../shared/contract';
import type { Session } from '../../../shared/contract';
import {
  OTHER_WAREHOUSE_ID,
  WAREHOUSE_ID,
  openReplica,
  overlayCount,
  readOutbox,
  seedBin,
  seedBinStock,
  seedProduct,
  sequentialIds,
  session,
} from '../outbox/testing/replica-fixture';
import type { ReplicaFixture } from '../outbox/testing/replica-fixture';
import { createMutationRunner } from './run-mutation';
import type { MutationRunner } from './run-mutation';

const BIN = '0190c000-0000-7000-8000-000000000001';
const FAR_BIN = '0190c000-0000-7000-8000-000000000002';
const PRODUCT = '0190d000-0000-7000-8000-000000000001';

let fx: ReplicaFixture;
let current: Session | null;
let recorded: string[];
let runner: MutationRunner;

function adjust(delta: number, extra: Record<string, unknown> = {}) {
  return runner.run('stock.adjust', {
    warehouseId: WAREHOUSE_ID,
    binId: BIN,
    productId: PRODUCT,
    delta,
    reason: 'damaged',
    ...extra,
  });
}

async function refusal(promise: Promise<unknown>): Promise<WharfError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WharfError);
  return error as WharfError;
}

function activityRows(): number {
  return fx.sqlite.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM activity_log`).get()
    ?.n as number;
}

beforeEach(() => {
  fx = openReplica();
  seedBin(fx.sqlite, { id: BIN, code: 'A-01-01', pickSequence: 10 });
  seedBin(fx.sqlite, {
    id: FAR_BIN,
    code: 'Z-99-99',
    pickSequence: 1,
    warehouseId: OTHER_WAREHOUSE_ID,
  });
  seedProduct(fx.sqlite, { id: PRODUCT, sku: 'SKU-1', name: 'Blue mug' });
  seedBinStock(fx.sqlite, BIN, PRODUCT, 3);
  current = session();
  recorded = [];
  runner = createMutationRunner({
    db: fx.db,
    localWrite: fx.localWrite,
    clock: fx.clock,
    newId: sequentialIds(),
    getSession: () => current,
    getWarehouseId: () => WAREHOUSE_ID,
    stationId: '01900000-0000-7000-8000-0000000000aa',
    onRecorded: (id) => recorded.push(id),
  });
});

afterEach(async () => {
  await fx.close();
});

describe('the mutation runner', () => {
  it('records the outbox row, its overlay and the activity entry together', async () => {
    const { mutationId } = await adjust(-2, { note: 'dropped' });

    const [row] = fx.sqlite.prepare<[], Record<string, unknown>>(`SELECT * FROM outbox`).all();
    expect(row).toMatchObject({
      id: mutationId,
      kind: 'stock.adjust',
      state: 'waiting',
      description: 'SKU-1 in A-01-01: -2 (Damaged: dropped)',
      person_id: session().personId,
      person_name: 'Ada Picker',
      created_at: fx.clock.now(),
    });
    expect(JSON.parse(String(row?.payload))).toEqual({
      warehouseId: WAREHOUSE_ID,
      binId: BIN,
      productId: PRODUCT,
      delta: -2,
      reason: 'damaged',
      note: 'dropped',
    });
    expect(
      fx.sqlite
        .prepare(`SELECT mutation_id, warehouse_id, bin_id, product_id, delta FROM stock_overlay`)
        .all(),
    ).toEqual([
      {
        mutation_id: mutationId,
        warehouse_id: WAREHOUSE_ID,
        bin_id: BIN,
        product_id: PRODUCT,
        delta: -2,
      },
    ]);
    expect(fx.activity).toHaveLength(1);
    expect(fx.activity[0]).toMatchObject({
      kind: 'stock.adjust',
      actor: session().personId,
      summary: 'Ada Picker: SKU-1 in A-01-01: -2 (Damaged: dropped)',
    });
    expect(recorded).toEqual([mutationId]);
  });

  it('writes nothing at all when the transaction fails part-way', async () => {
    // A real failure after the outbox row is written: the overlay insert is refused.
    fx.sqlite.exec(`CREATE TRIGGER refuse_overlay BEFORE INSERT ON stock_overlay
                    BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);

    await expect(adjust(1, { reason: 'found' })).rejects.toThrow(/disk trouble/);

    expect(readOutbox(fx.sqlite)).toEqual([]);
    expect(overlayCount(fx.sqlite)).toBe(0);
    expect(activityRows()).toBe(0);
    expect(fx.activity).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('asks for a sign-in when nobody is signed in', async () => {
    current = null;
    const error = await refusal(adjust(1, { reason: 'found' }));
    expect(error.code).toBe('SIGN_IN_REQUIRED');
    expect(readOutbox(fx.sqlite)).toEqual([]);
  });

  it('refuses a role the mutation does not allow, naming the person and who may', async () => {
    current = session({ name: 'Pat Packer', role: 'packer' });
    const error = await refusal(adjust(1, { reason: 'found' }));
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('Pat Packer is signed in as Packer');
    expect(error.message).toContain('Only Administrator, Manager and Picker may');
    expect(readOutbox(fx.sqlite)).toEqual([]);
  });

  it('answers a bad payload with the shared schema’s issues', async () => {
    const error = await refusal(adjust(0));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.details?.issues).toEqual([
      { path: 'delta', message: 'A change of 0 units changes nothing' },
    ]);
    const other = await refusal(adjust(2, { reason: 'other' }));
    expect(other.details?.issues?.[0]?.path).toBe('note');
  });

  it('refuses to take more out of a bin than it shows, counting pending changes', async () => {
    const error = await refusal(adjust(-5));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Bin A-01-01 shows 3 of SKU-1; you cannot remove 5');

    await adjust(-2);
    const second = await refusal(adjust(-2));
    expect(second.message).toBe('Bin A-01-01 shows 1 of SKU-1; you cannot remove 2');
    await adjust(-1);
    expect(readOutbox(fx.sqlite)).toHaveLength(2);
    expect(fx.activity).toHaveLength(2);
  });

  it('serialises concurrent removals so the bin never goes below zero', async () => {
    const results = await Promise.allSettled([adjust(-2), adjust(-2), adjust(-1)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(overlayCount(fx.sqlite)).toBe(2);
  });

  it('refuses a bin in another warehouse and a bin or product the replica lacks', async () => {
    const far = await refusal(adjust(1, { binId: FAR_BIN, reason: 'found' }));
    expect(far.code).toBe('BAD_REQUEST');
    expect(far.message).toContain('Bin Z-99-99 belongs to another warehouse');
    const unknownBin = await refusal(
      adjust(1, { binId: '0190c000-0000-7000-8000-0000000000ff', reason: 'found' }),
    );
    expect(unknownBin.code).toBe('NOT_FOUND');
    const unknownProduct = await refusal(
      adjust(1, { productId: '0190d000-0000-7000-8000-0000000000ff', reason: 'found' }),
    );
    expect(unknownProduct.code).toBe('NOT_FOUND');
    expect(readOutbox(fx.sqlite)).toEqual([]);
  });
});
