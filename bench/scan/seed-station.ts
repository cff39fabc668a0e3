import type BetterSqlite3 from 'better-sqlite3';
import { manualClock, openTempDatabase } from '../../electron/station/testing/temp-database';
import {
  OLD_STATION_ID,
  PICKER_ID,
  SHIP_TO,
  STOCK_PER_BIN,
  WAREHOUSE_ID,
  benchId,
  binCode,
  fulfilmentLine,
  fulfilmentNumber,
  fulfilmentStatus,
  fulfilmentTime,
  oldWave,
  orderNumber,
  productBins,
  productGtin,
  productSku,
} from './floor-rows';
import { LINES_PER_FULFILMENT, ORDERS_PER_LIST } from './scan-settings';
import type { ScanBenchSettings } from './scan-settings';

const CREATED = '2026-01-01T00:00:00.000Z';

export interface SeededStation {
  file: string;
  rows: Record<string, number>;
  elapsedMs: number;
}

function insert(sqlite: BetterSqlite3.Database, table: string, columns: string[]) {
  return sqlite.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
}

function count(sqlite: BetterSqlite3.Database, table: string): number {
  return (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * A migrated station database in `dataDir` holding the bench warehouse, written straight into
 * the replica tables as a finished initial sync would have left them (the sync engine itself is
 * measured by the sync bench). One transaction of prepared inserts; durability is relaxed for
 * the seeding only and restored before the file is handed on.
 */
export function seedStation(dataDir: string, s: ScanBenchSettings): SeededStation {
  const started = performance.now();
  const opened = openTempDatabase(dataDir, manualClock());
  const { sqlite } = opened;
  try {
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    sqlite.transaction(() => writeRows(sqlite, s))();
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const rows: Record<string, number> = {};
    for (const table of [
      'synced_bins',
      'synced_products',
      'synced_bin_stock',
      'synced_fulfilments',
      'synced_fulfilment_lines',
      'synced_waves',
      'synced_wave_members',
      'synced_picks',
    ]) {
      rows[table] = count(sqlite, table);
    }
    return { file: opened.file, rows, elapsedMs: performance.now() - started };
  } finally {
    sqlite.close();
  }
}

function writeRows(sqlite: BetterSqlite3.Database, s: ScanBenchSettings): void {
  insert(sqlite, 'synced_warehouses', [
    'id',
    'code',
    'name',
    'country',
    'postcode',
    'latitude',
    'longitude',
    'created_at',
  ]).run(WAREHOUSE_ID, 'BENCH', 'Bench warehouse', 'GB', 'BS1 4DJ', 51.45, -2.59, CREATED);
  insert(sqlite, 'synced_people', [
    'id',
    'name',
    'role',
    'badge_hash',
    'pin_hash',
    'active',
    'created_at',
  ]).run(PICKER_ID, 'Bench Picker', 'picker', null, null, 1, CREATED);

  const bin = insert(sqlite, 'synced_bins', [
    'id',
    'warehouse_id',
    'code',
    'pick_sequence',
    'created_at',
  ]);
  for (let n = 0; n < s.bins; n += 1)
    bin.run(benchId('bin', n), WAREHOUSE_ID, binCode(n), n + 1, CREATED);

  const product = insert(sqlite, 'synced_products', [
    'id',
    'sku',
    'gtin',
    'name',
    'weight_grams',
    'length_mm',
    'width_mm',
    'height_mm',
    'requires_lot',
    'requires_serial',
    'created_at',
  ]);
  const barcode = insert(sqlite, 'synced_product_barcodes', [
    'barcode',
    'product_id',
    'pack_quantity',
  ]);
  const binStock = insert(sqlite, 'synced_bin_stock', ['bin_id', 'product_id', 'on_hand']);
  const level = insert(sqlite, 'synced_stock_levels', [
    'warehouse_id',
    'product_id',
    'on_hand',
    'reserved',
  ]);
  for (let p = 0; p < s.products; p += 1) {
    const id = benchId('product', p);
    product.run(
      id,
      productSku(p),
      productGtin(p),
      `Bench product ${p + 1}`,
      350,
      120,
      90,
      80,
      0,
      0,
      CREATED,
    );
    barcode.run(productGtin(p), id, 1);
    for (const b of productBins(p, s.bins)) binStock.run(benchId('bin', b), id, STOCK_PER_BIN);
    level.run(WAREHOUSE_ID, id, 2 * STOCK_PER_BIN, 0);
  }

  const fulfilment = insert(sqlite, 'synced_fulfilments', [
    'id',
    'number',
    'order_id',
    'warehouse_id',
    'status',
    'order_number',
    'ship_to',
    'service_level',
    'created_at',
    'updated_at',
  ]);
  const line = insert(sqlite, 'synced_fulfilment_lines', [
    'id',
    'fulfilment_id',
    'order_line_id',
    'product_id',
    'quantity',
    'warehouse_id',
  ]);
  const pick = insert(sqlite, 'synced_picks', [
    'id',
    'warehouse_id',
    'wave_id',
    'fulfilment_id',
    'fulfilment_line_id',
    'product_id',
    'bin_id',
    'quantity',
    'tote',
    'station_id',
    'person_id',
    'picked_at',
  ]);
  const wave = insert(sqlite, 'synced_waves', [
    'id',
    'number',
    'warehouse_id',
    'kind',
    'fulfilments',
    'station_id',
    'person_id',
    'created_at',
  ]);
  const picked = s.fulfilments - s.released;
  for (let i = 0; i < s.fulfilments; i += 1) {
    const id = benchId('fulfilment', i);
    const status = fulfilmentStatus(i, s.fulfilments, s.released);
    const at = fulfilmentTime(i);
    fulfilment.run(
      id,
      fulfilmentNumber(i),
      benchId('order', i),
      WAREHOUSE_ID,
      status,
      orderNumber(i),
      SHIP_TO,
      'standard',
      at,
      at,
    );
    const w = oldWave(i);
    const tote = `TOTE-${(i % ORDERS_PER_LIST) + 1}`;
    for (let j = 0; j < LINES_PER_FULFILMENT; j += 1) {
      const l = fulfilmentLine(i, j, s.products);
      const lineId = benchId('line', l.index);
      const productId = benchId('product', l.product);
      line.run(lineId, id, benchId('orderLine', l.index), productId, l.quantity, WAREHOUSE_ID);
      if (status !== 'released') {
        const binId = benchId('bin', productBins(l.product, s.bins)[0]);
        pick.run(
          benchId('pick', l.index),
          WAREHOUSE_ID,
          benchId('wave', w),
          id,
          lineId,
          productId,
          binId,
          l.quantity,
          tote,
          OLD_STATION_ID,
          PICKER_ID,
          at,
        );
      }
    }
    // The old pick list, once all its orders are written (the members trigger reads the JSON).
    const last = i === picked - 1 || (i < picked && (i + 1) % ORDERS_PER_LIST === 0);
    if (last) {
      const first = w * ORDERS_PER_LIST;
      const members = Array.from({ length: i - first + 1 }, (_, k) => ({
        fulfilmentId: benchId('fulfilment', first + k),
        tote: `TOTE-${k + 1}`,
      }));
      wave.run(
        benchId('wave', w),
        `W-OLD-${w + 1}`,
        WAREHOUSE_ID,
        'cluster',
        JSON.stringify(members),
        OLD_STATION_ID,
        PICKER_ID,
        fulfilmentTime(first),
      );
    }
  }
}
