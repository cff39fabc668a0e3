import type { Message, Row } from '@electric-sql/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShapeSyncStatus } from '../../../shared/contract';
import { migrate } from '../db/migrate';
import { readMigrationFiles } from '../db/migration-files';
import { openDatabase } from '../db/open-database';
import type { OpenedDatabase } from '../db/open-database';
import { SOURCE_MIGRATIONS_DIR } from '../paths';
import { makeTempDir } from '../testing/temp-station';
import { applyShapeBatch } from './apply-shape-batch';
import type { AfterBatch, AfterBatchInput } from './apply-shape-batch';
import { toIsoTime } from './replica-values';
import { SHAPE_DEFINITIONS } from './shape-definitions';
import { readStoredShape } from './sync-shapes-store';

const NOW = '2026-11-26T12:00:00.000Z';
const initial = (shape: ShapeSyncStatus['shape']): ShapeSyncStatus => ({
  shape,
  state: 'initial-sync',
  lastUpToDateAt: null,
  lastError: null,
});
const change = (operation: 'insert' | 'update' | 'delete', value: Row): Message<Row> => ({
  key: JSON.stringify(value),
  value,
  headers: { operation },
});
const withTxid = (message: Message<Row>, txid: number): Message<Row> =>
  ({
    ...message,
    headers: { ...message.headers, txids: [txid] },
  }) as Message<Row>;
const upToDate: Message<Row> = { headers: { control: 'up-to-date' } };
const mustRefetch: Message<Row> = { headers: { control: 'must-refetch' } };

describe('applyShapeBatch', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let opened: OpenedDatabase;
  const rows = (table: string): unknown[] => opened.sqlite.prepare(`SELECT * FROM ${table}`).all();

  beforeEach(() => {
    temp = makeTempDir('wharf-sync-');
    opened = openDatabase({ dataDir: temp.dir });
    migrate(opened.sqlite, readMigrationFiles(SOURCE_MIGRATIONS_DIR), () => NOW);
  });
  afterEach(async () => {
    await opened.close();
    temp.remove();
  });

  it('upserts inserts, merges updates, removes deletes and stores the position with them', () => {
    const stock = SHAPE_DEFINITIONS.stock_levels;
    const row = { warehouse_id: 'w', product_id: 'p', on_hand: 5, reserved: 0 };
    applyShapeBatch(
      opened.sqlite,
      stock,
      [change('insert', row), change('insert', { ...row, on_hand: 6 }), upToDate],
      { handle: 'h1', offset: '10_1' },
      initial('stock_levels'),
      NOW,
    );
    expect(rows('synced_stock_levels')).toEqual([{ ...row, on_hand: 6 }]);
    const stored = readStoredShape(opened.sqlite, 'stock_levels');
    expect(stored.position).toEqual({ handle: 'h1', offset: '10_1' });
    expect(stored.status).toMatchObject({ state: 'live', lastUpToDateAt: NOW });

    applyShapeBatch(
      opened.sqlite,
      stock,
      [change('update', { warehouse_id: 'w', product_id: 'p', reserved: 2 })],
      { handle: 'h1', offset: '11_1' },
      stored.status,
      NOW,
    );
    expect(rows('synced_stock_levels')).toEqual([{ ...row, on_hand: 6, reserved: 2 }]);

    applyShapeBatch(
      opened.sqlite,
      stock,
      [change('delete', { warehouse_id: 'w', product_id: 'p' })],
      { handle: 'h1', offset: '12_1' },
      stored.status,
      NOW,
    );
    expect(rows('synced_stock_levels')).toEqual([]);
    expect(readStoredShape(opened.sqlite, 'stock_levels').position?.offset).toBe('12_1');
  });

  it('stores booleans as 0/1 and timestamps as ISO', () => {
    applyShapeBatch(
      opened.sqlite,
      SHAPE_DEFINITIONS.products,
      [
        change('insert', {
          id: 'p',
          sku: 'SKU',
          gtin: null,
          name: 'P',
          weight_grams: 1,
          length_mm: 1,
          width_mm: 1,
          height_mm: 1,
          requires_lot: true,
          requires_serial: false,
          created_at: '2026-11-26 16:15:01.123456+00',
        }),
      ],
      { handle: 'h', offset: '1_1' },
      initial('products'),
      NOW,
    );
    expect(rows('synced_products')).toEqual([
      expect.objectContaining({
        requires_lot: 1,
        requires_serial: 0,
        created_at: '2026-11-26T16:15:01.123Z',
      }),
    ]);
    expect(toIsoTime('2026-11-26 18:15:01+02:00')).toBe('2026-11-26T16:15:01.000Z');
  });

  it('on must-refetch clears only that shape and forgets its position', () => {
    applyShapeBatch(
      opened.sqlite,
      SHAPE_DEFINITIONS.product_barcodes,
      [change('insert', { barcode: '1', product_id: 'p', pack_quantity: 1 }), upToDate],
      { handle: 'b', offset: '1_1' },
      initial('product_barcodes'),
      NOW,
    );
    const stock = SHAPE_DEFINITIONS.stock_levels;
    const row = { warehouse_id: 'w', product_id: 'p', on_hand: 5, reserved: 0 };
    applyShapeBatch(
      opened.sqlite,
      stock,
      [change('insert', row), upToDate],
      { handle: 'h', offset: '1_1' },
      initial('stock_levels'),
      NOW,
    );

    const outcome = applyShapeBatch(
      opened.sqlite,
      stock,
      [mustRefetch],
      { handle: 'h2', offset: '-1' },
      readStoredShape(opened.sqlite, 'stock_levels').status,
      NOW,
    );
    expect(outcome).toMatchObject({
      refetched: true,
      snapshotPending: true,
      // So a restart before the new snapshot completes still knows one is pending.
      status: { state: 'initial-sync', lastUpToDateAt: null },
    });
    expect(rows('synced_stock_levels')).toEqual([]);
    expect(readStoredShape(opened.sqlite, 'stock_levels').position).toBeNull();
    expect(rows('synced_product_barcodes')).toHaveLength(1);
    expect(readStoredShape(opened.sqlite, 'product_barcodes').position).toEqual({
      handle: 'b',
      offset: '1_1',
    });
  });

  it('rolls the whole batch and its position back when one change fails', () => {
    const stock = SHAPE_DEFINITIONS.stock_levels;
    const row = { warehouse_id: 'w', product_id: 'p', on_hand: 5, reserved: 0 };
    expect(() =>
      applyShapeBatch(
        opened.sqlite,
        stock,
        // The second change has no key: it cannot be applied, so neither may the first.
        [change('insert', row), change('delete', { on_hand: 1 })],
        { handle: 'h', offset: '5_1' },
        initial('stock_levels'),
        NOW,
      ),
    ).toThrow(/without key column/);
    expect(rows('synced_stock_levels')).toEqual([]);
    expect(readStoredShape(opened.sqlite, 'stock_levels').position).toBeNull();
  });

  it('runs afterBatch inside the batch with its txids and whether a snapshot completed', () => {
    const seen: AfterBatchInput[] = [];
    const afterBatch: AfterBatch = (sqlite, shape, batch) => {
      seen.push(batch);
      // Written in the same transaction: it must see the batch's rows.
      const person = sqlite.prepare('SELECT name FROM synced_people').get() as { name: string };
      expect({ shape, name: person.name }).toEqual({ shape: 'people', name: 'Ada' });
      return { outboxChanged: batch.txids.length > 0, inventoryChanged: false };
    };
    const person = {
      id: 'a',
      name: 'Ada',
      role: 'picker',
      badge_hash: null,
      pin_hash: null,
      active: true,
      created_at: '2026-11-26 10:00:00+00',
    };
    const first = applyShapeBatch(
      opened.sqlite,
      SHAPE_DEFINITIONS.people,
      [change('insert', person), upToDate],
      { handle: 'p', offset: '1_0' },
      initial('people'),
      NOW,
      { snapshotPending: true, afterBatch },
    );
    expect(first).toMatchObject({
      snapshotPending: false,
      outboxChanged: false,
      rowsChanged: true,
    });
    const second = applyShapeBatch(
      opened.sqlite,
      SHAPE_DEFINITIONS.people,
      [
        withTxid(change('update', { id: 'a', active: false }), 9_007_199_254),
        withTxid(change('update', { id: 'a', role: 'packer' }), 9_007_199_254),
        withTxid(change('update', { id: 'a', name: 'Ada' }), 12),
        upToDate,
      ],
      { handle: 'p', offset: '2_0' },
      first.status,
      NOW,
      { snapshotPending: false, afterBatch },
    );
    expect(second).toMatchObject({ outboxChanged: true });
    expect(seen).toEqual([
      { txids: [], snapshotCompleted: true, now: NOW },
      { txids: ['9007199254', '12'], snapshotCompleted: false, now: NOW },
    ]);
    expect(rows('synced_people')).toEqual([
      expect.objectContaining({
        active: 0,
        role: 'packer',
        created_at: '2026-11-26T10:00:00.000Z',
      }),
    ]);

    // A refetch and its fresh snapshot in one batch still count as a completed snapshot.
    applyShapeBatch(
      opened.sqlite,
      SHAPE_DEFINITIONS.people,
      [mustRefetch, change('insert', person), upToDate],
      null,
      second.status,
      NOW,
      { afterBatch },
    );
    expect(seen.at(-1)?.snapshotCompleted).toBe(true);
  });

  it('rolls the batch back when afterBatch fails', () => {
    expect(() =>
      applyShapeBatch(
        opened.sqlite,
        SHAPE_DEFINITIONS.station_mutations,
        [
          {
            key: '"m"',
            headers: { operation: 'insert' },
            value: {
              id: 'm',
              station_id: 's',
              warehouse_id: 'w',
              kind: 'stock.adjust',
              person_id: null,
              payload: { bin: 'A-1', delta: -2 },
              status: 'applied',
              reject_code: null,
              reject_message: null,
              txid: 77n,
              created_at: '2026-11-26 10:00:00+00',
              applied_at: '2026-11-26 10:00:01+00',
            },
          },
        ],
        { handle: 'm', offset: '1_0' },
        initial('station_mutations'),
        NOW,
        {
          afterBatch: (sqlite) => {
            expect(
              sqlite.prepare('SELECT payload, txid FROM synced_station_mutations').get(),
            ).toEqual({
              payload: '{"bin":"A-1","delta":-2}',
              txid: 77,
            });
            throw new Error('outbox could not be updated');
          },
        },
      ),
    ).toThrow(/outbox could not be updated/);
    expect(rows('synced_station_mutations')).toEqual([]);
    expect(readStoredShape(opened.sqlite, 'station_mutations').position).toBeNull();
  });
});
