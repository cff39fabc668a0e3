import type BetterSqlite3 from 'better-sqlite3';
import type { FloorOverview, WaveSummary } from '../../../../shared/contract';
import { SHORT_PICK_REASON_LABELS, ShortPickReasonSchema } from '../../../../shared/mutations';
import { backorderedUnitsSql, pickedUnitsSql } from '../../db/floor-sql';

interface WaveRow {
  id: string;
  number: string;
  kind: WaveSummary['kind'];
  created_at: string;
  station_id: string;
  person_id: string;
  orders: number;
  units_needed: number;
  units_picked: number;
  units_short: number;
  open_orders: number;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The warehouse floor from the replica: every station's pick lists still open, pick rates over
 * the last hour, short picks and this station's refused changes. A manager sees the same at any
 * station, online or not (as of the last sync).
 */
export function createFloorOverview(deps: {
  sqlite: BetterSqlite3.Database;
  now: () => string;
  getWarehouseId: () => string | null;
  stationId: string;
  stationName: (stationId: string) => string;
  personName: (personId: string) => string;
}) {
  const { sqlite } = deps;
  // Waves of the last 2 days whose orders are not all picked (or cancelled, packed, shipped).
  const waves = sqlite.prepare<[string, string], WaveRow>(
    `WITH w AS (SELECT * FROM floor_waves WHERE warehouse_id = ? AND created_at >= ?),
     m AS (SELECT wm.wave_id, f.id AS fulfilment_id, f.status FROM floor_wave_members wm
           JOIN synced_fulfilments f ON f.id = wm.fulfilment_id WHERE wm.wave_id IN (SELECT id FROM w)),
     l AS (SELECT m.wave_id, m.status, fl.id, fl.quantity,
             ${pickedUnitsSql('fl.id')} AS picked,
             ${backorderedUnitsSql('fl.id')} AS short
           FROM m JOIN synced_fulfilment_lines fl ON fl.fulfilment_id = m.fulfilment_id)
     SELECT w.id, w.number, w.kind, w.created_at, w.station_id, w.person_id,
            (SELECT COUNT(*) FROM m WHERE m.wave_id = w.id) AS orders,
            COALESCE((SELECT SUM(quantity) FROM l WHERE l.wave_id = w.id), 0) AS units_needed,
            COALESCE((SELECT SUM(picked) FROM l WHERE l.wave_id = w.id), 0) AS units_picked,
            COALESCE((SELECT SUM(short) FROM l WHERE l.wave_id = w.id), 0) AS units_short,
            (SELECT COUNT(*) FROM l WHERE l.wave_id = w.id AND l.status IN ('released', 'picking')
               AND l.picked + l.short < l.quantity) AS open_orders
     FROM w ORDER BY w.created_at DESC LIMIT 100`,
  );
  const released = sqlite.prepare<[string], { n: number }>(
    `SELECT COUNT(*) AS n FROM synced_fulfilments f WHERE warehouse_id = ? AND status = 'released'
       AND NOT EXISTS (SELECT 1 FROM floor_wave_members m WHERE m.fulfilment_id = f.id)`,
  );
  const rates = sqlite.prepare<[string], { person_id: string; units: number; picks: number }>(
    `SELECT person_id, SUM(quantity) AS units, COUNT(*) AS picks FROM floor_picks
     WHERE picked_at >= ? GROUP BY person_id ORDER BY units DESC`,
  );
  const shorts = sqlite.prepare<
    [string],
    {
      recorded_at: string;
      station_id: string;
      person_id: string;
      quantity: number;
      reason: string;
      resolution: string;
      sku: string;
      bin: string | null;
      number: string;
    }
  >(
    `SELECT s.recorded_at, s.station_id, s.person_id, s.quantity, s.reason, s.resolution,
            p.sku, b.code AS bin, f.number
     FROM floor_shorts s JOIN synced_products p ON p.id = s.product_id
     JOIN synced_fulfilments f ON f.id = s.fulfilment_id
     LEFT JOIN synced_bins b ON b.id = s.bin_id
     WHERE s.recorded_at >= ? ORDER BY s.recorded_at DESC LIMIT 50`,
  );
  const refused = sqlite.prepare<
    [string],
    { resolved_at: string; person_name: string; description: string; reject_message: string }
  >(
    `SELECT resolved_at, person_name, description, reject_message FROM outbox
     WHERE state = 'rejected' AND resolved_at >= ? ORDER BY seq DESC LIMIT 50`,
  );
  const refusedScans = sqlite.prepare<
    [string],
    {
      refused_at: string;
      station_id: string;
      person_id: string;
      screen: string;
      reason: string;
      detail: string;
      scanned: string;
    }
  >(
    `SELECT refused_at, station_id, person_id, screen, reason, detail, scanned
     FROM floor_scan_refusals WHERE refused_at >= ? ORDER BY refused_at DESC LIMIT 50`,
  );
  const packed = sqlite.prepare<[string], { n: number }>(
    `SELECT COUNT(DISTINCT fulfilment_id) AS n FROM floor_parcels WHERE last = 1 AND closed_at >= ?`,
  );

  return (): FloorOverview => {
    const warehouseId = deps.getWarehouseId();
    const now = Date.parse(deps.now());
    const hourAgo = new Date(now - HOUR_MS).toISOString();
    const dayStart = `${deps.now().slice(0, 10)}T00:00:00.000Z`;
    if (!warehouseId) {
      return {
        waves: [],
        releasedWaiting: 0,
        unitsPickedLastHour: 0,
        pickRates: [],
        exceptions: [],
        packedToday: 0,
      };
    }
    const since = new Date(now - 2 * 24 * HOUR_MS).toISOString();
    const pickRates = rates.all(hourAgo).map((r) => ({
      person: deps.personName(r.person_id),
      unitsLastHour: r.units,
      picksLastHour: r.picks,
    }));
    const exceptions: FloorOverview['exceptions'] = [
      ...shorts.all(dayStart).map((s) => {
        const reason = ShortPickReasonSchema.safeParse(s.reason);
        return {
          kind: 'short' as const,
          at: s.recorded_at,
          station: deps.stationName(s.station_id),
          person: deps.personName(s.person_id),
          text: `${s.number}: ${s.quantity} × ${s.sku} short${s.bin ? ` in ${s.bin}` : ''} (${reason.success ? SHORT_PICK_REASON_LABELS[reason.data] : s.reason}), ${s.resolution === 'retask' ? 'picked elsewhere' : 'backordered'}`,
        };
      }),
      ...refusedScans.all(dayStart).map((r) => ({
        kind: 'scan' as const,
        at: r.refused_at,
        station: deps.stationName(r.station_id),
        person: deps.personName(r.person_id),
        text: `${r.screen === 'pick' ? 'Picking' : 'Packing'}: ${r.reason} — scanned ${r.scanned}. ${r.detail}`,
      })),
      ...refused.all(dayStart).map((r) => ({
        kind: 'refused' as const,
        at: r.resolved_at,
        station: deps.stationName(deps.stationId),
        person: r.person_name,
        text: `${r.description} — ${r.reject_message}`,
      })),
    ].sort((a, b) => (a.at < b.at ? 1 : -1));
    return {
      waves: waves
        .all(warehouseId, since)
        .filter((w) => w.open_orders > 0)
        .map((w) => ({
          id: w.id,
          number: w.number,
          kind: w.kind,
          orders: w.orders,
          unitsNeeded: w.units_needed,
          unitsPicked: w.units_picked,
          unitsShort: w.units_short,
          done: false,
          createdAt: w.created_at,
          station: deps.stationName(w.station_id),
          person: deps.personName(w.person_id),
        })),
      releasedWaiting: released.get(warehouseId)?.n ?? 0,
      unitsPickedLastHour: pickRates.reduce((n, r) => n + r.unitsLastHour, 0),
      pickRates,
      exceptions,
      packedToday: packed.get(dayStart)?.n ?? 0,
    };
  };
}
