import type BetterSqlite3 from 'better-sqlite3';

export interface ParcelRow {
  id: string;
  number: string;
  fulfilment_id: string;
  weight_grams: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
  closed_at: string;
  order_number: string;
  ship_to: string;
  service_level: string;
  parcel_count: number;
  awaiting_carrier: string | null;
  awaiting_service_code: string | null;
  awaiting_service: string | null;
  awaiting_choice_reason: string | null;
  awaiting_override_reason: string | null;
  awaiting_person: string | null;
  awaiting_since: string | null;
  awaiting_attempts: number | null;
  awaiting_error: string | null;
  awaiting_next: string | null;
}

export interface ShipmentRow {
  id: string;
  fulfilment_id: string;
  parcel_id: string;
  parcel_number: string;
  order_number: string;
  carrier_code: string;
  carrier_name: string | null;
  service_name: string;
  tracking_number: string;
  price_minor: number;
  currency: string;
  override_reason: string | null;
  parcel_index: number;
  parcel_count: number;
  tracking_state: string;
  created_at: string;
  manifest_id: string | null;
  manifest_number: string | null;
  voided_at: string | null;
  pending: number;
}

export interface CarrierRow {
  code: string;
  name: string;
  kind: 'rate_card' | 'middleware';
  rate_card: string | null;
  label_symbology: string;
  active: number;
}

export interface ManifestRow {
  id: string;
  number: string;
  carrier_code: string;
  parcels: number;
  closed_at: string;
  submitted_at: string | null;
  submission_ref: string | null;
  submit_error: string | null;
  pending: number;
}

export interface WarehouseRow {
  id: string;
  code: string;
  name: string;
  country: string;
  postcode: string;
  address_line1: string;
  city: string;
}

/**
 * A parcel can be labelled once its order's packing is finished (the last parcel is closed, so
 * "1 of N" is known) and while it has no live label.
 */
const PARCELS_SQL = `
  SELECT p.id, p.number, p.fulfilment_id, p.weight_grams, p.length_mm, p.width_mm, p.height_mm,
         p.closed_at, f.order_number, f.ship_to, f.service_level,
         (SELECT COUNT(*) FROM floor_parcels q WHERE q.fulfilment_id = p.fulfilment_id) AS parcel_count,
         a.carrier_code AS awaiting_carrier, a.service_code AS awaiting_service_code,
         a.service_name AS awaiting_service, a.choice_reason AS awaiting_choice_reason,
         a.override_reason AS awaiting_override_reason, a.person_id AS awaiting_person,
         a.queued_at AS awaiting_since, a.attempts AS awaiting_attempts,
         a.last_error AS awaiting_error, a.next_attempt_at AS awaiting_next
  FROM floor_parcels p
  JOIN synced_fulfilments f ON f.id = p.fulfilment_id
  LEFT JOIN awaiting_labels a ON a.parcel_id = p.id
  WHERE f.warehouse_id = @warehouseId AND f.status <> 'cancelled'
    AND EXISTS (SELECT 1 FROM floor_parcels l WHERE l.fulfilment_id = p.fulfilment_id AND l.last = 1)
    AND NOT EXISTS (SELECT 1 FROM ship_shipments s WHERE s.parcel_id = p.id AND s.voided_at IS NULL)`;

const SHIPMENTS_SQL = `
  SELECT s.id, s.fulfilment_id, s.parcel_id, p.number AS parcel_number, f.order_number,
         s.carrier_code, c.name AS carrier_name, s.service_name, s.tracking_number, s.price_minor,
         s.currency, s.override_reason, s.parcel_index, s.parcel_count, s.tracking_state,
         s.created_at, s.manifest_id,
         COALESCE(m.number, pm.number) AS manifest_number, s.voided_at, s.pending
  FROM ship_shipments s
  JOIN floor_parcels p ON p.id = s.parcel_id
  JOIN synced_fulfilments f ON f.id = s.fulfilment_id
  LEFT JOIN synced_carriers c ON c.code = s.carrier_code
  LEFT JOIN synced_manifests m ON m.id = s.manifest_id
  LEFT JOIN pending_manifests pm ON pm.mutation_id = s.manifest_id`;

export function createShipRepository(sqlite: BetterSqlite3.Database) {
  const parcelsToShip = sqlite.prepare<{ warehouseId: string }, ParcelRow>(
    `${PARCELS_SQL} ORDER BY p.closed_at, p.number`,
  );
  const parcelById = sqlite.prepare<{ warehouseId: string; id: string }, ParcelRow>(
    `${PARCELS_SQL} AND p.id = @id`,
  );
  const parcelByNumber = sqlite.prepare<{ warehouseId: string; number: string }, ParcelRow>(
    `${PARCELS_SQL} AND (p.number = @number OR f.order_number = @number OR f.number = @number)
     ORDER BY p.number LIMIT 1`,
  );
  const parcelKnown = sqlite.prepare<[string, string], { number: string; label: string | null }>(
    `SELECT p.number,
            (SELECT s.tracking_number FROM ship_shipments s
              WHERE s.parcel_id = p.id AND s.voided_at IS NULL) AS label
     FROM floor_parcels p JOIN synced_fulfilments f ON f.id = p.fulfilment_id
     WHERE p.number = ? OR f.order_number = ? ORDER BY p.number LIMIT 1`,
  );
  const shipmentsOpen = sqlite.prepare<{ since: string }, ShipmentRow>(
    `${SHIPMENTS_SQL}
     WHERE (s.manifest_id IS NULL AND s.voided_at IS NULL) OR s.created_at >= @since
     ORDER BY s.created_at DESC LIMIT 200`,
  );
  const shipmentById = sqlite.prepare<[string], ShipmentRow>(`${SHIPMENTS_SQL} WHERE s.id = ?`);
  const openForCarrier = sqlite.prepare<[string], { id: string }>(
    `SELECT id FROM ship_shipments
     WHERE carrier_code = ? AND manifest_id IS NULL AND voided_at IS NULL ORDER BY created_at`,
  );
  const carriers = sqlite.prepare<[], CarrierRow>(
    `SELECT code, name, kind, rate_card, label_symbology, active FROM synced_carriers ORDER BY name`,
  );
  const manifests = sqlite.prepare<{ since: string }, ManifestRow>(
    `SELECT id, number, carrier_code, parcel_count AS parcels, closed_at, submitted_at,
            submission_ref, submit_error, 0 AS pending
     FROM synced_manifests WHERE closed_at >= @since
     UNION ALL
     SELECT mutation_id, number, carrier_code, json_array_length(shipment_ids), closed_at,
            NULL, NULL, NULL, 1
     FROM pending_manifests p WHERE NOT EXISTS (SELECT 1 FROM synced_manifests m WHERE m.id = p.mutation_id)
     ORDER BY closed_at DESC`,
  );
  const warehouse = sqlite.prepare<[string], WarehouseRow>(
    `SELECT id, code, name, country, postcode, address_line1, city FROM synced_warehouses WHERE id = ?`,
  );
  const manifestsToday = sqlite.prepare<[string], { n: number }>(
    `SELECT COUNT(*) AS n FROM (
       SELECT number FROM synced_manifests WHERE number LIKE ? || '%'
       UNION SELECT number FROM pending_manifests)`,
  );
  return {
    parcelsToShip: (warehouseId: string) => parcelsToShip.all({ warehouseId }),
    parcelById: (warehouseId: string, id: string) => parcelById.get({ warehouseId, id }),
    parcelByScan: (warehouseId: string, text: string) =>
      parcelByNumber.get({ warehouseId, number: text }),
    parcelKnown: (text: string) => parcelKnown.get(text, text),
    shipments: (since: string) => shipmentsOpen.all({ since }),
    shipment: (id: string) => shipmentById.get(id),
    openShipmentIds: (carrierCode: string) => openForCarrier.all(carrierCode).map((r) => r.id),
    carriers: () => carriers.all(),
    manifests: (since: string) => manifests.all({ since }),
    warehouse: (id: string) => warehouse.get(id),
    manifestCount: (prefix: string) => manifestsToday.get(prefix)?.n ?? 0,
  };
}
export type ShipRepository = ReturnType<typeof createShipRepository>;
