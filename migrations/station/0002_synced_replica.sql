-- The station's read-only replica of head-office shapes. Only the sync engine writes these
-- tables, each batch together with its shape's position in sync_shapes, so a crash never leaves
-- rows applied without the offset that covers them (or the reverse).

CREATE TABLE synced_warehouses (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  postcode TEXT NOT NULL,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE synced_bins (
  id TEXT PRIMARY KEY,
  warehouse_id TEXT NOT NULL,
  code TEXT NOT NULL,
  pick_sequence INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE synced_products (
  id TEXT PRIMARY KEY,
  sku TEXT NOT NULL,
  gtin TEXT,
  name TEXT NOT NULL,
  weight_grams INTEGER NOT NULL,
  length_mm INTEGER NOT NULL,
  width_mm INTEGER NOT NULL,
  height_mm INTEGER NOT NULL,
  requires_lot INTEGER NOT NULL,
  requires_serial INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE synced_product_barcodes (
  barcode TEXT PRIMARY KEY,
  product_id TEXT NOT NULL,
  pack_quantity INTEGER NOT NULL
) STRICT;
CREATE INDEX synced_product_barcodes_product ON synced_product_barcodes (product_id);

CREATE TABLE synced_stock_levels (
  warehouse_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  on_hand INTEGER NOT NULL,
  reserved INTEGER NOT NULL,
  PRIMARY KEY (warehouse_id, product_id)
) STRICT;

CREATE TABLE synced_bin_stock (
  bin_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  on_hand INTEGER NOT NULL,
  PRIMARY KEY (bin_id, product_id)
) STRICT;

CREATE TABLE sync_shapes (
  shape TEXT PRIMARY KEY,
  handle TEXT,
  "offset" TEXT,
  state TEXT NOT NULL CHECK (state IN ('initial-sync', 'live', 'offline', 'error')),
  last_up_to_date_at TEXT,
  last_error TEXT
) STRICT;
