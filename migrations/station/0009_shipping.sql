-- Shipping at the station: the carriers and rate cards (quoting works offline), this station's
-- consignment-number blocks, the warehouse's labels and manifests as the head office has them,
-- this station's labels and manifests it has not confirmed yet, and its own working state: how
-- far into each block it has gone, and parcels waiting for a label from an online-only carrier.

ALTER TABLE synced_warehouses ADD COLUMN address_line1 TEXT NOT NULL DEFAULT '';
ALTER TABLE synced_warehouses ADD COLUMN city TEXT NOT NULL DEFAULT '';
-- The rows already here lack the new columns: fetch the warehouse shape again from scratch.
DELETE FROM sync_shapes WHERE shape = 'warehouses';

CREATE TABLE synced_carriers (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  rate_card TEXT,
  label_symbology TEXT NOT NULL,
  consignment_prefix TEXT,
  range_size INTEGER NOT NULL,
  next_serial INTEGER NOT NULL,
  active INTEGER NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE synced_consignment_ranges (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL,
  warehouse_id TEXT NOT NULL,
  carrier_code TEXT NOT NULL,
  prefix TEXT NOT NULL,
  first_serial INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  allocated_at TEXT NOT NULL
) STRICT;
CREATE INDEX synced_consignment_ranges_carrier ON synced_consignment_ranges (carrier_code, first_serial);

CREATE TABLE synced_sscc_ranges (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL,
  warehouse_id TEXT NOT NULL,
  company_prefix TEXT NOT NULL,
  extension_digit INTEGER NOT NULL,
  first_serial INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  allocated_at TEXT NOT NULL
) STRICT;

CREATE TABLE synced_manifests (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  warehouse_id TEXT NOT NULL,
  carrier_code TEXT NOT NULL,
  parcel_count INTEGER NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  submitted_at TEXT,
  submission_ref TEXT,
  submit_error TEXT
) STRICT;

CREATE TABLE synced_shipments (
  id TEXT PRIMARY KEY,
  warehouse_id TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  parcel_id TEXT NOT NULL,
  carrier_code TEXT NOT NULL,
  service_code TEXT NOT NULL,
  service_name TEXT NOT NULL,
  tracking_number TEXT NOT NULL,
  sscc TEXT,
  consignment_range_id TEXT,
  consignment_serial INTEGER,
  price_minor INTEGER NOT NULL,
  currency TEXT NOT NULL,
  choice_reason TEXT NOT NULL,
  override_reason TEXT,
  parcel_index INTEGER NOT NULL,
  parcel_count INTEGER NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  manifest_id TEXT,
  tracking_state TEXT NOT NULL,
  tracking_updated_at TEXT,
  voided_at TEXT,
  void_reason TEXT,
  voided_by TEXT
) STRICT;
CREATE INDEX synced_shipments_parcel ON synced_shipments (parcel_id);
CREATE INDEX synced_shipments_time ON synced_shipments (created_at);

-- This station's labels, voids and manifests until the head office confirms them.
CREATE TABLE pending_shipments (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  fulfilment_id TEXT NOT NULL,
  parcel_id TEXT NOT NULL,
  carrier_code TEXT NOT NULL,
  service_code TEXT NOT NULL,
  service_name TEXT NOT NULL,
  tracking_number TEXT NOT NULL,
  sscc TEXT,
  price_minor INTEGER NOT NULL,
  currency TEXT NOT NULL,
  choice_reason TEXT NOT NULL,
  override_reason TEXT,
  parcel_index INTEGER NOT NULL,
  parcel_count INTEGER NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX pending_shipments_parcel ON pending_shipments (parcel_id);

CREATE TABLE pending_shipment_voids (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  shipment_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  voided_at TEXT NOT NULL
) STRICT;
CREATE INDEX pending_shipment_voids_shipment ON pending_shipment_voids (shipment_id);

CREATE TABLE pending_manifests (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  number TEXT NOT NULL,
  carrier_code TEXT NOT NULL,
  shipment_ids TEXT NOT NULL,
  closed_at TEXT NOT NULL
) STRICT;

-- The labels as the Ship screen sees them: confirmed rows with any waiting void applied, plus
-- this station's unconfirmed ones; a pending row whose synced twin has arrived is not doubled.
CREATE VIEW ship_shipments AS
  SELECT s.id, s.fulfilment_id, s.parcel_id, s.carrier_code, s.service_code, s.service_name,
         s.tracking_number, s.sscc, s.price_minor, s.currency, s.choice_reason, s.override_reason,
         s.parcel_index, s.parcel_count, s.station_id, s.created_at, s.tracking_state,
         COALESCE(s.manifest_id,
           (SELECT m.mutation_id FROM pending_manifests m, json_each(m.shipment_ids) j
             WHERE j.value = s.id LIMIT 1)) AS manifest_id,
         COALESCE(s.voided_at, v.voided_at) AS voided_at,
         COALESCE(s.void_reason, v.reason) AS void_reason,
         0 AS pending
  FROM synced_shipments s
  LEFT JOIN pending_shipment_voids v ON v.shipment_id = s.id
  UNION ALL
  SELECT p.mutation_id, p.fulfilment_id, p.parcel_id, p.carrier_code, p.service_code,
         p.service_name, p.tracking_number, p.sscc, p.price_minor, p.currency, p.choice_reason,
         p.override_reason, p.parcel_index, p.parcel_count, p.station_id, p.created_at,
         'label_created',
         (SELECT m.mutation_id FROM pending_manifests m, json_each(m.shipment_ids) j
           WHERE j.value = p.mutation_id LIMIT 1),
         v.voided_at, v.reason, 1
  FROM pending_shipments p
  LEFT JOIN pending_shipment_voids v ON v.shipment_id = p.mutation_id
  WHERE NOT EXISTS (SELECT 1 FROM synced_shipments s WHERE s.id = p.mutation_id);

-- How far this station has gone into each consignment or SSCC block. Written in the same transaction as
-- the label's mutation and never moved back, so a number once printed is never printed again —
-- even if the head office refuses that label.
CREATE TABLE consignment_cursors (
  range_id TEXT PRIMARY KEY,
  next_serial INTEGER NOT NULL
) STRICT;

-- Parcels for online-only carriers that could not get a label (no network, carrier down): they
-- wait here, visible, and are bought and printed when the head office answers again.
-- Each label as it was printed (ZPL), for the on-screen preview and reprints.
CREATE TABLE label_documents (
  shipment_id TEXT PRIMARY KEY,
  zpl TEXT NOT NULL,
  dpi INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE awaiting_labels (
  parcel_id TEXT PRIMARY KEY,
  carrier_code TEXT NOT NULL,
  service_code TEXT NOT NULL,
  service_name TEXT NOT NULL,
  choice_reason TEXT NOT NULL,
  override_reason TEXT,
  rate_id TEXT,
  person_id TEXT NOT NULL,
  queued_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at TEXT NOT NULL
) STRICT;
