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
    expect(outcome).toMatchObject({ refetched: true, status: { state: 'initial-sync' } });
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
});
