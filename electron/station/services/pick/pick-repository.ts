import type BetterSqlite3 from 'better-sqlite3';
import type { PickCandidate } from '../../../../shared/contract';
import type { WaveKind } from '../../../../shared/mutations';
import { backorderedUnitsSql, pickedUnitsSql } from '../../db/floor-sql';

export interface WaveRow {
  id: string;
  number: string;
  kind: WaveKind;
  station_id: string;
  person_id: string;
  created_at: string;
  pending: number;
}

export interface MemberRow {
  position: number;
  fulfilment_id: string;
  tote: string | null;
  number: string;
  order_number: string;
  status: string;
}

export interface LineRow {
  id: string;
  fulfilment_id: string;
  product_id: string;
  quantity: number;
  sku: string;
  name: string;
  gtin: string | null;
  requires_lot: number;
  requires_serial: number;
  picked: number;
  backordered: number;
}

export interface BinRow {
  bin_id: string;
  code: string;
  pick_sequence: number;
  product_id: string;
  on_hand: number;
}

export interface ShortRow {
  fulfilment_line_id: string;
  product_id: string;
  bin_id: string | null;
  quantity: number;
  resolution: string;
}

export interface CursorRow {
  task_key: string;
  bin_id: string | null;
  lot: string | null;
  expiry: string | null;
  waiting_units: number | null;
}

export interface LastPickRow {
  id: string;
  quantity: number;
  sku: string;
  bin_code: string;
  picked_at: string;
}

export interface RefusedRow {
  id: string;
  resolved_at: string;
  description: string;
  reject_message: string;
}

/** The pick screens' reads and their working state, as prepared statements on the replica. */
export function createPickRepository(sqlite: BetterSqlite3.Database) {
  const candidates = sqlite.prepare<[string], PickCandidate>(
    `SELECT f.id AS fulfilmentId, f.number, f.order_number AS orderNumber,
            f.service_level AS serviceLevel,
            COALESCE(json_extract(f.ship_to, '$.name'), '') AS shipToName,
            (SELECT COUNT(*) FROM synced_fulfilment_lines l WHERE l.fulfilment_id = f.id) AS lines,
            (SELECT COALESCE(SUM(quantity), 0) FROM synced_fulfilment_lines l
             WHERE l.fulfilment_id = f.id) AS units,
            f.updated_at AS releasedAt
     FROM synced_fulfilments f
     WHERE f.warehouse_id = ? AND f.status = 'released'
       AND NOT EXISTS (SELECT 1 FROM floor_wave_members m WHERE m.fulfilment_id = f.id)
     ORDER BY f.updated_at, f.number
     LIMIT 200`,
  );
  const wave = sqlite.prepare<[string], WaveRow>(
    `SELECT id, number, kind, station_id, person_id, created_at, pending
     FROM floor_waves WHERE id = ?`,
  );
  const members = sqlite.prepare<[string], MemberRow>(
    `SELECT m.position, m.fulfilment_id, m.tote, f.number, f.order_number, f.status
     FROM floor_wave_members m JOIN synced_fulfilments f ON f.id = m.fulfilment_id
     WHERE m.wave_id = ? ORDER BY m.position`,
  );
  const lines = sqlite.prepare<[string], LineRow>(
    `SELECT l.id, l.fulfilment_id, l.product_id, l.quantity, p.sku, p.name, p.gtin,
            p.requires_lot, p.requires_serial,
            ${pickedUnitsSql('l.id')} AS picked,
            ${backorderedUnitsSql('l.id')} AS backordered
     FROM synced_fulfilment_lines l JOIN synced_products p ON p.id = l.product_id
     WHERE l.fulfilment_id = ?`,
  );
  const bins = sqlite.prepare<[string, string], BinRow>(
    `SELECT s.bin_id, b.code, b.pick_sequence, s.product_id,
            s.on_hand + COALESCE((SELECT SUM(delta) FROM stock_overlay o
                                  WHERE o.bin_id = s.bin_id AND o.product_id = s.product_id), 0)
              AS on_hand
     FROM synced_bin_stock s JOIN synced_bins b ON b.id = s.bin_id
     WHERE s.product_id = ? AND b.warehouse_id = ?`,
  );
  const shorts = sqlite.prepare<[string], ShortRow>(
    `SELECT fulfilment_line_id, product_id, bin_id, quantity, resolution FROM floor_shorts
     WHERE fulfilment_id IN (SELECT fulfilment_id FROM floor_wave_members WHERE wave_id = ?)`,
  );
  const cursor = sqlite.prepare<[string], CursorRow>(
    `SELECT task_key, bin_id, lot, expiry, waiting_units FROM pick_cursor WHERE wave_id = ?`,
  );
  const saveCursor = sqlite.prepare(
    `INSERT INTO pick_cursor (wave_id, task_key, bin_id, lot, expiry, waiting_units, updated_at)
     VALUES (@waveId, @taskKey, @binId, @lot, @expiry, @waitingUnits, @at)
     ON CONFLICT (wave_id) DO UPDATE SET task_key = excluded.task_key, bin_id = excluded.bin_id,
       lot = excluded.lot, expiry = excluded.expiry, waiting_units = excluded.waiting_units,
       updated_at = excluded.updated_at`,
  );
  const lastPick = sqlite.prepare<[string, string], LastPickRow>(
    `SELECT k.id, k.quantity, p.sku, b.code AS bin_code, k.picked_at
     FROM floor_picks k JOIN synced_products p ON p.id = k.product_id
     JOIN synced_bins b ON b.id = k.bin_id
     WHERE k.wave_id = ? AND k.station_id = ?
       AND NOT EXISTS (SELECT 1 FROM floor_parcels c WHERE c.fulfilment_id = k.fulfilment_id AND c.last = 1)
     ORDER BY k.picked_at DESC, k.id DESC LIMIT 1`,
  );
  const refused = sqlite.prepare<[string, string], RefusedRow>(
    `SELECT id, resolved_at, description, reject_message FROM outbox
     WHERE state = 'rejected' AND kind IN ('wave.start', 'pick.record', 'pick.short', 'pick.undo')
       AND (id = ? OR json_extract(payload, '$.waveId') = ?)
     ORDER BY seq DESC LIMIT 20`,
  );
  const stationWaves = sqlite.prepare<[string], { id: string }>(
    `SELECT id FROM floor_waves WHERE station_id = ? ORDER BY created_at DESC LIMIT 50`,
  );
  const waveCount = sqlite.prepare<[string], { n: number }>(
    `SELECT COUNT(*) AS n FROM floor_waves WHERE station_id = ?`,
  );

  return {
    candidates: (warehouseId: string) => candidates.all(warehouseId),
    wave: (waveId: string) => wave.get(waveId),
    members: (waveId: string) => members.all(waveId),
    lines: (fulfilmentId: string) => lines.all(fulfilmentId),
    bins: (productId: string, warehouseId: string) => bins.all(productId, warehouseId),
    /** Every short reported for the orders of a pick list. */
    waveShorts: (waveId: string) => shorts.all(waveId),
    cursor: (waveId: string) => cursor.get(waveId),
    saveCursor: (row: {
      waveId: string;
      taskKey: string;
      binId: string | null;
      lot: string | null;
      expiry: string | null;
      waitingUnits: number | null;
      at: string;
    }) => saveCursor.run(row),
    lastPick: (waveId: string, stationId: string) => lastPick.get(waveId, stationId),
    refused: (waveId: string) => refused.all(waveId, waveId),
    stationWaveIds: (stationId: string) => stationWaves.all(stationId).map((r) => r.id),
    waveCount: (stationId: string) => waveCount.get(stationId)?.n ?? 0,
  };
}

export type PickRepository = ReturnType<typeof createPickRepository>;
