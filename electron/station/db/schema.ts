import type { Generated } from 'kysely';

/** Kysely's view of the station database. Row types stay inside the repositories. */
export interface StationDatabase {
  settings: SettingsTable;
  activity_log: ActivityLogTable;
  schema_migrations: SchemaMigrationsTable;
  synced_warehouses: SyncedWarehousesTable;
  synced_bins: SyncedBinsTable;
  synced_products: SyncedProductsTable;
  synced_product_barcodes: SyncedProductBarcodesTable;
  synced_stock_levels: SyncedStockLevelsTable;
  synced_bin_stock: SyncedBinStockTable;
  sync_shapes: SyncShapesTable;
  station_enrolment: StationEnrolmentTable;
  synced_people: SyncedPeopleTable;
  synced_station_mutations: SyncedStationMutationsTable;
  station_session: StationSessionTable;
  outbox: OutboxTable;
  stock_overlay: StockOverlayTable;
  synced_txids: SyncedTxidsTable;
  synced_fulfilments: SyncedFulfilmentsTable;
  synced_fulfilment_lines: SyncedFulfilmentLinesTable;
  synced_waves: SyncedWavesTable;
  synced_picks: SyncedPicksTable;
  synced_short_picks: SyncedShortPicksTable;
  synced_parcels: SyncedParcelsTable;
  synced_scan_refusals: SyncedScanRefusalsTable;
  synced_carriers: SyncedCarriersTable;
  synced_consignment_ranges: SyncedConsignmentRangesTable;
  synced_sscc_ranges: SyncedSsccRangesTable;
  synced_shipments: SyncedShipmentsTable;
  synced_manifests: SyncedManifestsTable;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ActivityLogTable {
  id: string;
  at: string;
  kind: string;
  actor: string;
  summary: string;
  detail: string;
}

export interface SchemaMigrationsTable {
  id: number;
  name: string;
  checksum: string;
  applied_at: string;
}

/** Rows of the head-office replica: written only by the sync engine (electron/station/sync). */
export interface SyncedWarehousesTable {
  id: string;
  code: string;
  name: string;
  country: string;
  postcode: string;
  latitude: number;
  longitude: number;
  created_at: string;
  address_line1: string;
  city: string;
}

export interface SyncedBinsTable {
  id: string;
  warehouse_id: string;
  code: string;
  pick_sequence: number;
  created_at: string;
}

export interface SyncedProductsTable {
  id: string;
  sku: string;
  gtin: string | null;
  name: string;
  weight_grams: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
  /** 0 or 1: SQLite has no boolean. */
  requires_lot: number;
  requires_serial: number;
  created_at: string;
}

export interface SyncedProductBarcodesTable {
  barcode: string;
  product_id: string;
  pack_quantity: number;
}

export interface SyncedStockLevelsTable {
  warehouse_id: string;
  product_id: string;
  on_hand: number;
  reserved: number;
}

export interface SyncedBinStockTable {
  bin_id: string;
  product_id: string;
  on_hand: number;
}

export interface SyncShapesTable {
  shape: string;
  handle: string | null;
  offset: string | null;
  state: 'initial-sync' | 'live' | 'offline' | 'error';
  last_up_to_date_at: string | null;
  last_error: string | null;
}

/** At most one row (only_row = 1): this station's link to its head office. */
export interface StationEnrolmentTable {
  only_row: number;
  head_office_url: string;
  station_token: string;
  warehouse_id: string;
  warehouse_code: string;
  warehouse_name: string;
  enrolled_at: string;
}

export interface SyncedPeopleTable {
  id: string;
  name: string;
  role: string;
  badge_hash: string | null;
  pin_hash: string | null;
  /** 0 or 1: SQLite has no boolean. */
  active: number;
  created_at: string;
}

export interface SyncedStationMutationsTable {
  id: string;
  station_id: string;
  warehouse_id: string;
  kind: string;
  person_id: string | null;
  /** JSON text. */
  payload: string;
  status: string;
  reject_code: string | null;
  reject_message: string | null;
  txid: number;
  created_at: string;
  applied_at: string;
}

/** At most one row (only_row = 1): the signed-in person. */
export interface StationSessionTable {
  only_row: number;
  person_id: string;
  name: string;
  role: string;
  method: 'badge' | 'pin';
  signed_in_at: string;
}

export interface OutboxTable {
  /** AUTOINCREMENT: omit on insert. */
  seq: Generated<number>;
  id: string;
  kind: string;
  /** JSON text. */
  payload: string;
  description: string;
  person_id: string;
  person_name: string;
  created_at: string;
  state: Generated<'waiting' | 'accepted' | 'rejected'>;
  attempts: Generated<number>;
  last_attempt_at: string | null;
  last_error: string | null;
  txid: string | null;
  reject_code: string | null;
  reject_message: string | null;
  resolved_at: string | null;
  confirmed_at: string | null;
}

export interface StockOverlayTable {
  mutation_id: string;
  warehouse_id: string;
  bin_id: string;
  product_id: string;
  delta: number;
}

export interface SyncedTxidsTable {
  shape: string;
  txid: string;
  seen_at: string;
}

/** The floor's synced rows (0005_floor.sql); the floor services read them with plain SQL. */
export interface SyncedFulfilmentsTable {
  id: string;
  number: string;
  order_id: string;
  warehouse_id: string;
  status: string;
  order_number: string;
  ship_to: string;
  service_level: string;
  created_at: string;
  updated_at: string;
}

export interface SyncedFulfilmentLinesTable {
  id: string;
  fulfilment_id: string;
  order_line_id: string;
  product_id: string;
  quantity: number;
  warehouse_id: string;
}

export interface SyncedWavesTable {
  id: string;
  number: string;
  warehouse_id: string;
  kind: string;
  fulfilments: string;
  station_id: string;
  person_id: string;
  created_at: string;
}

export interface SyncedPicksTable {
  id: string;
  warehouse_id: string;
  wave_id: string;
  fulfilment_id: string;
  fulfilment_line_id: string;
  product_id: string;
  bin_id: string;
  quantity: number;
  tote: string | null;
  lot: string | null;
  expiry: string | null;
  serial: string | null;
  station_id: string;
  person_id: string;
  picked_at: string;
  reversed_at: string | null;
  reversed_by: string | null;
}

export interface SyncedShortPicksTable {
  id: string;
  warehouse_id: string;
  wave_id: string;
  fulfilment_id: string;
  fulfilment_line_id: string;
  product_id: string;
  bin_id: string;
  quantity: number;
  reason: string;
  resolution: string;
  station_id: string;
  person_id: string;
  recorded_at: string;
}

export interface SyncedParcelsTable {
  id: string;
  number: string;
  warehouse_id: string;
  fulfilment_id: string;
  box_code: string;
  weight_grams: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
  items: string;
  last: number;
  station_id: string;
  person_id: string;
  closed_at: string;
}

export interface SyncedScanRefusalsTable {
  id: string;
  warehouse_id: string;
  station_id: string;
  person_id: string;
  screen: string;
  wave_id: string | null;
  fulfilment_id: string | null;
  reason: string;
  detail: string;
  scanned: string;
  refused_at: string;
}

/** Shipping (0009): carriers with their rate cards (JSON text), this station's number blocks. */
export interface SyncedCarriersTable {
  code: string;
  name: string;
  kind: string;
  rate_card: string | null;
  label_symbology: string;
  consignment_prefix: string | null;
  range_size: number;
  next_serial: number;
  active: number;
  updated_at: string;
}

export interface SyncedConsignmentRangesTable {
  id: string;
  station_id: string;
  warehouse_id: string;
  carrier_code: string;
  prefix: string;
  first_serial: number;
  last_serial: number;
  allocated_at: string;
}

export interface SyncedShipmentsTable {
  id: string;
  warehouse_id: string;
  fulfilment_id: string;
  parcel_id: string;
  carrier_code: string;
  service_code: string;
  service_name: string;
  tracking_number: string;
  sscc: string | null;
  consignment_range_id: string | null;
  consignment_serial: number | null;
  price_minor: number;
  currency: string;
  choice_reason: string;
  override_reason: string | null;
  parcel_index: number;
  parcel_count: number;
  station_id: string;
  person_id: string;
  created_at: string;
  manifest_id: string | null;
  tracking_state: string;
  tracking_updated_at: string | null;
  voided_at: string | null;
  void_reason: string | null;
  voided_by: string | null;
}

export interface SyncedManifestsTable {
  id: string;
  number: string;
  warehouse_id: string;
  carrier_code: string;
  parcel_count: number;
  station_id: string;
  person_id: string;
  closed_at: string;
  submitted_at: string | null;
  submission_ref: string | null;
  submit_error: string | null;
}

export interface SyncedSsccRangesTable {
  id: string;
  station_id: string;
  warehouse_id: string;
  company_prefix: string;
  extension_digit: number;
  first_serial: number;
  last_serial: number;
  allocated_at: string;
}
