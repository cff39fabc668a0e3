import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxQuerySchema } from '../../../shared/contract';
import type { Session } from '../../../shared/contract';
import { afterShapeBatch } from './after-shape-batch';
import { startFakeHeadOffice } from './testing/fake-head-office';
import type { FakeHeadOffice } from './testing/fake-head-office';
import {
  WAREHOUSE_ID,
  openReplica,
  seedBin,
  seedBinStock,
  seedProduct,
  sequentialIds,
  session,
} from './testing/replica-fixture';
import type { ReplicaFixture } from './testing/replica-fixture';
import { createWritePath } from './write-path';
import type { WritePath } from './write-path';

const BIN = '0190c000-0000-7000-8000-000000000001';
const PRODUCT = '0190d000-0000-7000-8000-000000000001';

let fx: ReplicaFixture;
let office: FakeHeadOffice;
let writePath: WritePath;
let current: Session | null;
let published: string[];
let problems: string[];

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function outboxList(state?: 'waiting' | 'accepted' | 'rejected') {
  return writePath.handlers['outbox.list'](OutboxQuerySchema.parse(state ? { state } : {}));
}

beforeEach(async () => {
  fx = openReplica();
  seedBin(fx.sqlite, { id: BIN, code: 'A-01-01', pickSequence: 10 });
  seedProduct(fx.sqlite, { id: PRODUCT, sku: 'SKU-1', name: 'Blue mug' });
  seedBinStock(fx.sqlite, BIN, PRODUCT, 3);
  office = await startFakeHeadOffice((m) =>
    JSON.stringify(m.payload).includes('"note":"refuse me"')
      ? { code: 'INSUFFICIENT_STOCK', message: 'Bin A-01-01 holds only 0 of SKU-1' }
      : null,
  );
  current = session();
  published = [];
  problems = [];
  fx.bus.subscribe('outbox.changed', (counts) =>
    published.push(`outbox ${JSON.stringify(counts)}`),
  );
  fx.bus.subscribe('inventory.changed', () => published.push('inventory'));
  writePath = createWritePath({
    sqlite: fx.sqlite,
    db: fx.db,
    localWrite: fx.localWrite,
    clock: fx.clock,
    newId: sequentialIds(),
    bus: fx.bus,
    getSession: () => current,
    stationId: '01900000-0000-7000-8000-0000000000aa',
    getLink: () => ({
      headOfficeUrl: office.url,
      token: office.token,
      warehouseId: WAREHOUSE_ID,
      warehouseCode: 'LON1',
    }),
    retry: { baseMs: 10, capMs: 40 },
    onUploadProblem: (message) => problems.push(message),
  });
});

afterEach(async () => {
  await writePath.stop();
  await office.close();
  await fx.close();
});

describe('the write path', () => {
  it('records offline, uploads when started, and confirms from the synced data', async () => {
    const { mutationId, row } = await writePath.handlers['inventory.adjust']({
      binId: BIN,
      productId: PRODUCT,
      countedQuantity: 5,
      reason: 'cycle-count',
      note: '',
    });
    expect(row).toMatchObject({ syncedOnHand: 3, pendingDelta: 2, onHand: 5 });
    expect(writePath.counts()).toEqual({ waiting: 1, rejected: 0, unconfirmed: 0 });
    expect(published).toEqual(['outbox {"waiting":1,"rejected":0,"unconfirmed":0}', 'inventory']);
    expect(office.requests).toEqual([]);

    writePath.start();
    await until(() => writePath.counts().waiting === 0, 'the upload is answered');
    expect(writePath.counts()).toEqual({ waiting: 0, rejected: 0, unconfirmed: 1 });
    const [entry] = await outboxList();
    expect(entry).toMatchObject({
      id: mutationId,
      kind: 'stock.adjust',
      description: 'SKU-1 in A-01-01: +2 (Cycle count)',
      personName: 'Ada Picker',
      state: 'accepted',
      confirmed: false,
      attempts: 1,
      rejection: null,
    });
    expect(writePath.uploadState().lastUploadAt).toBe(fx.clock.now());

    // The head office's change arrives: the synced count moves and the overlay goes with it.
    const outcome = office.outcomes.get(mutationId);
    const txid = outcome?.status === 'accepted' ? outcome.txid : 'none';
    const confirm = fx.sqlite.transaction(() => {
      seedBinStock(fx.sqlite, BIN, PRODUCT, 5);
      afterShapeBatch(fx.sqlite, 'bin_stock', {
        txids: [txid],
        snapshotCompleted: false,
        now: fx.clock.now(),
      });
      return afterShapeBatch(fx.sqlite, 'stock_levels', {
        txids: [txid],
        snapshotCompleted: false,
        now: fx.clock.now(),
      });
    });
    expect(confirm()).toEqual({ outboxChanged: true, inventoryChanged: true });
    const after = await writePath.handlers['inventory.list']({ search: 'SKU-1', limit: 10 });
    expect(after.rows[0]).toMatchObject({ syncedOnHand: 5, pendingDelta: 0, onHand: 5 });
    expect(writePath.counts()).toEqual({ waiting: 0, rejected: 0, unconfirmed: 0 });
    expect((await outboxList())[0]?.confirmed).toBe(true);
  });

  it('confirms at once when the synced change arrived before the upload answer', async () => {
    office.behave('hang');
    writePath.start();
    const { mutationId } = await writePath.handlers['inventory.adjust']({
      binId: BIN,
      productId: PRODUCT,
      delta: -1,
      reason: 'damaged',
      note: '',
    });
    await office.requestArrived(1);
    // The first request hangs; pretend the head office applied it as txid 9001 and synced it.
    afterShapeBatch(fx.sqlite, 'bin_stock', {
      txids: ['9001'],
      snapshotCompleted: false,
      now: fx.clock.now(),
    });
    afterShapeBatch(fx.sqlite, 'stock_levels', {
      txids: ['9001'],
      snapshotCompleted: false,
      now: fx.clock.now(),
    });
    office.outcomes.set(mutationId, {
      id: mutationId,
      status: 'accepted',
      txid: '9001',
      appliedAt: fx.clock.now(),
    });
    await writePath.stop();
    writePath.start();
    await until(() => writePath.counts().waiting === 0, 'the resend is answered');
    expect(writePath.counts()).toEqual({ waiting: 0, rejected: 0, unconfirmed: 0 });
    expect(published.at(-1)).toBe('inventory');
  });

  it('shows a rejection with its reason and drops its effect', async () => {
    writePath.start();
    const { mutationId } = await writePath.handlers['inventory.adjust']({
      binId: BIN,
      productId: PRODUCT,
      delta: 2,
      reason: 'other',
      note: 'refuse me',
    });
    await until(() => writePath.counts().rejected === 1, 'the rejection');
    const [entry] = await outboxList('rejected');
    expect(entry).toMatchObject({
      id: mutationId,
      state: 'rejected',
      rejection: { code: 'INSUFFICIENT_STOCK', message: 'Bin A-01-01 holds only 0 of SKU-1' },
    });
    expect(await outboxList('waiting')).toEqual([]);
    const shown = await writePath.handlers['inventory.list']({ search: 'A-01-01', limit: 10 });
    expect(shown.rows[0]).toMatchObject({ pendingDelta: 0, onHand: 3 });
    expect(published).toContain('inventory');
  });

  it('keeps changes while the head office is down and sends them when asked to retry', async () => {
    office.behave({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    writePath.start();
    await writePath.handlers['inventory.adjust']({
      binId: BIN,
      productId: PRODUCT,
      delta: 1,
      reason: 'found',
      note: '',
    });
    await until(() => problems.length >= 1, 'the first failure');
    expect((await outboxList())[0]).toMatchObject({ state: 'waiting', attempts: 1 });
    expect((await outboxList())[0]?.lastError).toContain('HTTP 503');
    await until(() => writePath.counts().waiting === 0, 'the upload finally goes through');
    expect(office.requests).toHaveLength(5);
    expect(writePath.uploadState().nextAttemptAt).toBeNull();
  });

  it('refuses changes when nobody is signed in', async () => {
    current = null;
    await expect(
      writePath.handlers['inventory.adjust']({
        binId: BIN,
        productId: PRODUCT,
        delta: 1,
        reason: 'found',
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'SIGN_IN_REQUIRED' });
    expect(writePath.counts()).toEqual({ waiting: 0, rejected: 0, unconfirmed: 0 });
  });
});
