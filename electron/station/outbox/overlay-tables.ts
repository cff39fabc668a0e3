import type BetterSqlite3 from 'better-sqlite3';

/**
 * Every table holding the optimistic effect of this station's mutations, keyed by mutation id.
 * A row goes when its mutation is confirmed (the synced data now holds it) or refused.
 */
export const OVERLAY_TABLES = [
  'stock_overlay',
  'pending_waves',
  'pending_picks',
  'pending_pick_undos',
  'pending_shorts',
  'pending_parcels',
  'pending_scan_refusals',
  'pending_shipments',
  'pending_shipment_voids',
  'pending_manifests',
] as const;

/** A prepared "drop this mutation's overlay everywhere"; true when any row went. */
export function prepareOverlayDrop(
  sqlite: BetterSqlite3.Database,
): (mutationId: string) => boolean {
  const statements = OVERLAY_TABLES.map((table) =>
    sqlite.prepare(`DELETE FROM ${table} WHERE mutation_id = ?`),
  );
  return (mutationId) => {
    let dropped = false;
    for (const statement of statements) {
      if (statement.run(mutationId).changes > 0) dropped = true;
    }
    return dropped;
  };
}

/** Drops the overlay of every mutation the `idsSql` subquery selects; true when any row went. */
export function dropOverlaysWhere(sqlite: BetterSqlite3.Database, idsSql: string): boolean {
  let dropped = false;
  for (const table of OVERLAY_TABLES) {
    if (sqlite.prepare(`DELETE FROM ${table} WHERE mutation_id IN (${idsSql})`).run().changes > 0) {
      dropped = true;
    }
  }
  return dropped;
}
