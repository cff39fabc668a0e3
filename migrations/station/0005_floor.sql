-- The floor: released work synced from the head office, this station's picks, shorts and
-- parcels until the head office confirms them, and the working state of the pick and pack
-- screens (which stop a picker stands at, what is on the packing bench) so a restart loses
-- nothing.

CREATE TABLE synced_fulfilments (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  order_id TEXT NOT NULL,
  warehouse_id TEXT NOT NULL,
  status TEXT NOT NULL,
  order_number TEXT NOT NULL,
  ship_to TEXT NOT NULL,
  service_level TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX synced_fulfilments_status ON synced_fulfilments (warehouse_id, status, updated_at);
CREATE INDEX synced_fulfilments_number ON synced_fulfilments (number COLLATE NOCASE);
CREATE INDEX synced_fulfilments_order_number ON synced_fulfilments (order_number COLLATE NOCASE);

CREATE TABLE synced_fulfilment_lines (
  id TEXT PRIMARY KEY,
  fulfilment_id TEXT NOT NULL,
  order_line_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  warehouse_id TEXT NOT NULL
) STRICT;
CREATE INDEX synced_fulfilment_lines_fulfilment ON synced_fulfilment_lines (fulfilment_id);

CREATE TABLE synced_waves (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  warehouse_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  fulfilments TEXT NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX synced_waves_created ON synced_waves (created_at);

-- A wave's orders, one row each, kept from synced_waves.fulfilments (JSON) by triggers so that
-- "which pick list holds this order or tote" is an index lookup.
CREATE TABLE synced_wave_members (
  wave_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  fulfilment_id TEXT NOT NULL,
  tote TEXT,
  PRIMARY KEY (wave_id, position)
) STRICT;
CREATE INDEX synced_wave_members_fulfilment ON synced_wave_members (fulfilment_id);
CREATE INDEX synced_wave_members_tote ON synced_wave_members (tote);

CREATE TRIGGER synced_waves_members_insert AFTER INSERT ON synced_waves BEGIN
  INSERT INTO synced_wave_members (wave_id, position, fulfilment_id, tote)
  SELECT NEW.id, CAST(key AS INTEGER), json_extract(value, '$.fulfilmentId'),
         json_extract(value, '$.tote')
  FROM json_each(NEW.fulfilments);
END;
CREATE TRIGGER synced_waves_members_update AFTER UPDATE OF fulfilments ON synced_waves BEGIN
  DELETE FROM synced_wave_members WHERE wave_id = OLD.id;
  INSERT INTO synced_wave_members (wave_id, position, fulfilment_id, tote)
  SELECT NEW.id, CAST(key AS INTEGER), json_extract(value, '$.fulfilmentId'),
         json_extract(value, '$.tote')
  FROM json_each(NEW.fulfilments);
END;
CREATE TRIGGER synced_waves_members_delete AFTER DELETE ON synced_waves BEGIN
  DELETE FROM synced_wave_members WHERE wave_id = OLD.id;
END;

CREATE TABLE synced_picks (
  id TEXT PRIMARY KEY,
  warehouse_id TEXT NOT NULL,
  wave_id TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  fulfilment_line_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  bin_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  tote TEXT,
  lot TEXT,
  expiry TEXT,
  serial TEXT,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  picked_at TEXT NOT NULL,
  reversed_at TEXT,
  reversed_by TEXT
) STRICT;
CREATE INDEX synced_picks_line ON synced_picks (fulfilment_line_id);
CREATE INDEX synced_picks_wave ON synced_picks (wave_id);
CREATE INDEX synced_picks_time ON synced_picks (picked_at);

CREATE TABLE synced_short_picks (
  id TEXT PRIMARY KEY,
  warehouse_id TEXT NOT NULL,
  wave_id TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  fulfilment_line_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  bin_id TEXT,
  quantity INTEGER NOT NULL,
  reason TEXT NOT NULL,
  resolution TEXT NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX synced_short_picks_line ON synced_short_picks (fulfilment_line_id);
CREATE INDEX synced_short_picks_time ON synced_short_picks (recorded_at);

CREATE TABLE synced_parcels (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  warehouse_id TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  box_code TEXT NOT NULL,
  weight_grams INTEGER NOT NULL,
  length_mm INTEGER NOT NULL,
  width_mm INTEGER NOT NULL,
  height_mm INTEGER NOT NULL,
  items TEXT NOT NULL,
  last INTEGER NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  closed_at TEXT NOT NULL
) STRICT;
CREATE INDEX synced_parcels_fulfilment ON synced_parcels (fulfilment_id);
CREATE INDEX synced_parcels_time ON synced_parcels (closed_at);

-- This station's floor work the head office has not confirmed yet: the same ids and columns as
-- the synced rows they will become. Each row goes when its mutation is confirmed or refused.
CREATE TABLE pending_waves (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  number TEXT NOT NULL,
  warehouse_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE pending_wave_members (
  mutation_id TEXT NOT NULL REFERENCES pending_waves (mutation_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  fulfilment_id TEXT NOT NULL,
  tote TEXT,
  PRIMARY KEY (mutation_id, position)
) STRICT;
CREATE INDEX pending_wave_members_fulfilment ON pending_wave_members (fulfilment_id);

CREATE TABLE pending_picks (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  wave_id TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  fulfilment_line_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  bin_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  tote TEXT,
  lot TEXT,
  expiry TEXT,
  serial TEXT,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  picked_at TEXT NOT NULL
) STRICT;
CREATE INDEX pending_picks_line ON pending_picks (fulfilment_line_id);

CREATE TABLE pending_pick_undos (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  pick_id TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE pending_shorts (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  wave_id TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  fulfilment_line_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  bin_id TEXT,
  quantity INTEGER NOT NULL,
  reason TEXT NOT NULL,
  resolution TEXT NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX pending_shorts_line ON pending_shorts (fulfilment_line_id);

CREATE TABLE pending_parcels (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  number TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  box_code TEXT NOT NULL,
  weight_grams INTEGER NOT NULL,
  length_mm INTEGER NOT NULL,
  width_mm INTEGER NOT NULL,
  height_mm INTEGER NOT NULL,
  items TEXT NOT NULL,
  last INTEGER NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  closed_at TEXT NOT NULL
) STRICT;
CREATE INDEX pending_parcels_fulfilment ON pending_parcels (fulfilment_id);

-- What the floor sees: the head office's rows plus this station's pending ones. A pending row
-- whose synced twin has arrived is not counted twice; a pick with an undo waiting is not counted.
CREATE VIEW floor_wave_members AS
  SELECT wave_id, position, fulfilment_id, tote FROM synced_wave_members
  UNION ALL
  SELECT m.mutation_id, m.position, m.fulfilment_id, m.tote FROM pending_wave_members m
  WHERE NOT EXISTS (SELECT 1 FROM synced_waves s WHERE s.id = m.mutation_id);

CREATE VIEW floor_waves AS
  SELECT id, number, warehouse_id, kind, station_id, person_id, created_at, 0 AS pending
  FROM synced_waves
  UNION ALL
  SELECT mutation_id, number, warehouse_id, kind, station_id, person_id, created_at, 1
  FROM pending_waves p WHERE NOT EXISTS (SELECT 1 FROM synced_waves s WHERE s.id = p.mutation_id);

CREATE VIEW floor_picks AS
  SELECT id, wave_id, fulfilment_id, fulfilment_line_id, product_id, bin_id, quantity, tote, lot,
         expiry, serial, station_id, person_id, picked_at, 0 AS pending
  FROM synced_picks s
  WHERE reversed_at IS NULL AND NOT EXISTS (SELECT 1 FROM pending_pick_undos u WHERE u.pick_id = s.id)
  UNION ALL
  SELECT mutation_id, wave_id, fulfilment_id, fulfilment_line_id, product_id, bin_id, quantity,
         tote, lot, expiry, serial, station_id, person_id, picked_at, 1
  FROM pending_picks p
  WHERE NOT EXISTS (SELECT 1 FROM synced_picks s WHERE s.id = p.mutation_id)
    AND NOT EXISTS (SELECT 1 FROM pending_pick_undos u WHERE u.pick_id = p.mutation_id);

CREATE VIEW floor_shorts AS
  SELECT id, wave_id, fulfilment_id, fulfilment_line_id, product_id, bin_id, quantity, reason,
         resolution, station_id, person_id, recorded_at, 0 AS pending
  FROM synced_short_picks
  UNION ALL
  SELECT mutation_id, wave_id, fulfilment_id, fulfilment_line_id, product_id, bin_id, quantity,
         reason, resolution, station_id, person_id, recorded_at, 1
  FROM pending_shorts p
  WHERE NOT EXISTS (SELECT 1 FROM synced_short_picks s WHERE s.id = p.mutation_id);

CREATE VIEW floor_parcels AS
  SELECT id, number, fulfilment_id, box_code, weight_grams, length_mm, width_mm, height_mm, items,
         last, station_id, person_id, closed_at, 0 AS pending
  FROM synced_parcels
  UNION ALL
  SELECT mutation_id, number, fulfilment_id, box_code, weight_grams, length_mm, width_mm,
         height_mm, items, last, station_id, person_id, closed_at, 1
  FROM pending_parcels p
  WHERE NOT EXISTS (SELECT 1 FROM synced_parcels s WHERE s.id = p.mutation_id);

-- Where each picker stands in a pick list: the bin they confirmed and a lot, expiry or units
-- read and waiting for the next scan. Working state, not a change to upload.
CREATE TABLE pick_cursor (
  wave_id TEXT PRIMARY KEY,
  task_key TEXT NOT NULL,
  bin_id TEXT,
  lot TEXT,
  expiry TEXT,
  waiting_units INTEGER,
  updated_at TEXT NOT NULL
) STRICT;

-- The packing bench: units verified by scan into the parcel being packed, in scan order.
CREATE TABLE pack_bench_items (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  -- One scan may spread over two lines of the same product; Undo takes the whole scan back.
  scan_id TEXT NOT NULL,
  fulfilment_id TEXT NOT NULL,
  fulfilment_line_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  scanned_at TEXT NOT NULL
) STRICT;
CREATE INDEX pack_bench_items_fulfilment ON pack_bench_items (fulfilment_id);
