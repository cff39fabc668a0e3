/**
 * Per-line sums over the floor's picks and shorts, written against the tables rather than the
 * floor_picks / floor_shorts views. Inside a correlated subquery SQLite cannot push the line
 * into a UNION ALL view, so the view form reads every pick in the station (a second a scan at a
 * million picks); these use the line indexes of both tables. The conditions are the views':
 * a synced row counts unless reversed or undone here, a pending row until its synced twin lands.
 * `line` is a column reference of the outer query, never input.
 */
export function pickedUnitsSql(line: string): string {
  return `(COALESCE((SELECT SUM(s.quantity) FROM synced_picks s
             WHERE s.fulfilment_line_id = ${line} AND s.reversed_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM pending_pick_undos u WHERE u.pick_id = s.id)), 0)
         + COALESCE((SELECT SUM(p.quantity) FROM pending_picks p
             WHERE p.fulfilment_line_id = ${line}
               AND NOT EXISTS (SELECT 1 FROM synced_picks s WHERE s.id = p.mutation_id)
               AND NOT EXISTS (SELECT 1 FROM pending_pick_undos u WHERE u.pick_id = p.mutation_id)), 0))`;
}

/** Units of a line reported short and backordered, synced or pending. */
export function backorderedUnitsSql(line: string): string {
  return `(COALESCE((SELECT SUM(s.quantity) FROM synced_short_picks s
             WHERE s.fulfilment_line_id = ${line} AND s.resolution = 'backorder'), 0)
         + COALESCE((SELECT SUM(p.quantity) FROM pending_shorts p
             WHERE p.fulfilment_line_id = ${line} AND p.resolution = 'backorder'
               AND NOT EXISTS (SELECT 1 FROM synced_short_picks s WHERE s.id = p.mutation_id)), 0))`;
}

/** Units of a line in closed parcels (synced, or closed here and not yet synced). */
export function packedUnitsSql(line: string, fulfilment: string): string {
  const inItems = (alias: string) =>
    `SELECT SUM(json_extract(i.value, '$.quantity')) FROM json_each(${alias}.items) i
     WHERE json_extract(i.value, '$.fulfilmentLineId') = ${line}`;
  return `(COALESCE((SELECT SUM((${inItems('c')})) FROM synced_parcels c
             WHERE c.fulfilment_id = ${fulfilment}), 0)
         + COALESCE((SELECT SUM((${inItems('c')})) FROM pending_parcels c
             WHERE c.fulfilment_id = ${fulfilment}
               AND NOT EXISTS (SELECT 1 FROM synced_parcels s WHERE s.id = c.mutation_id)), 0))`;
}
