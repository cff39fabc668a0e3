import type { ColumnType, Generated } from 'kysely';
import type { ShippingTables } from './shipping-schema';

/** Kysely's view of the central database. Row types stay inside the repositories. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** bigint columns: pg returns them as strings; we parse to number at the repository edge. */
type BigMoney = ColumnType<string, number | string | bigint, number | string | bigint>;
type Json<T> = ColumnType<T, string, string>;

export interface CentralDatabase extends ShippingTables {
  schema_migrations: { id: number; name: string; checksum: string; applied_at: Timestamp };
  warehouses: {
    id: string;
    code: string;
    name: string;
    country: string;
    postcode: Generated<string>;
    address_line1: Generated<string>;
    city: Generated<string>;
    latitude: number;
    longitude: number;
    created_at: Timestamp;
  };
  bins: {
    id: string;
    warehouse_id: string;
    code: string;
    pick_sequence: number;
    created_at: Timestamp;
  };
  products: {
    id: string;
    sku: string;
    gtin: string | null;
    name: string;
    weight_grams: number;
    length_mm: number;
    width_mm: number;
    height_mm: number;
    requires_lot: Generated<boolean>;
    requires_serial: Generated<boolean>;
    created_at: Timestamp;
  };
  product_barcodes: { barcode: string; product_id: string; pack_quantity: number };
  channels: {
    id: string;
    code: string;
    name: string;
    kind: string;
    platform: string;
    order_prefix: string;
    api_key_hash: string | null;
    webhook_secret_sealed: string | null;
    safety_stock: Generated<number>;
    created_at: Timestamp;
  };
  customers: {
    id: string;
    email: string;
    name: string;
    phone: string | null;
    created_at: Timestamp;
  };
  orders: {
    id: string;
    number: string;
    channel_id: string;
    external_id: string;
    content_hash: string;
    customer_id: string | null;
    customer_email: string;
    status: string;
    currency: string;
    subtotal_minor: BigMoney;
    shipping_minor: BigMoney;
    tax_minor: BigMoney;
    discount_minor: BigMoney;
    total_minor: BigMoney;
    tax_included: boolean;
    payment_status: string;
    service_level: string;
    ship_to: Json<unknown>;
    bill_to: Json<unknown> | null;
    notes: string | null;
    hold_reasons: ColumnType<unknown, string | undefined, string>;
    placed_at: Timestamp;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  order_lines: {
    id: string;
    order_id: string;
    line_no: number;
    product_id: string | null;
    sku: string;
    quantity: number;
    unit_price_minor: BigMoney;
    backordered_qty: Generated<number>;
  };
  fulfilments: {
    id: string;
    number: string;
    order_id: string;
    warehouse_id: string;
    status: string;
    /** Copied from the order by a trigger (0006): stations print from these without orders. */
    order_number: Generated<string>;
    ship_to: ColumnType<unknown, string | undefined, string>;
    service_level: Generated<string>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  fulfilment_lines: {
    id: string;
    fulfilment_id: string;
    order_line_id: string;
    product_id: string;
    quantity: number;
    /** Filled from the fulfilment by a trigger (0006), so its shape filters on the row. */
    warehouse_id: Generated<string>;
  };
  waves: {
    id: string;
    number: string;
    warehouse_id: string;
    kind: string;
    fulfilments: Json<{ fulfilmentId: string; tote: string | null }[]>;
    station_id: string;
    person_id: string;
    created_at: Timestamp;
  };
  picks: {
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
    /** date: pg answers with a Date at midnight UTC-local; written as YYYY-MM-DD. */
    expiry: ColumnType<Date | null, string | null, string | null>;
    serial: string | null;
    station_id: string;
    person_id: string;
    picked_at: Timestamp;
    reversed_at: Timestamp | null;
    reversed_by: string | null;
  };
  short_picks: {
    id: string;
    warehouse_id: string;
    wave_id: string;
    fulfilment_id: string;
    fulfilment_line_id: string;
    product_id: string;
    /** Null when no bin held the product at all. */
    bin_id: string | null;
    quantity: number;
    reason: string;
    resolution: 'retask' | 'backorder';
    station_id: string;
    person_id: string;
    recorded_at: Timestamp;
  };
  scan_refusals: {
    id: string;
    warehouse_id: string;
    station_id: string;
    person_id: string;
    screen: 'pick' | 'pack';
    wave_id: string | null;
    fulfilment_id: string | null;
    reason: string;
    detail: string;
    scanned: string;
    refused_at: Timestamp;
  };
  parcels: {
    id: string;
    number: string;
    warehouse_id: string;
    fulfilment_id: string;
    box_code: string;
    weight_grams: number;
    length_mm: number;
    width_mm: number;
    height_mm: number;
    items: Json<{ fulfilmentLineId: string; productId: string; quantity: number }[]>;
    last: boolean;
    station_id: string;
    person_id: string;
    closed_at: Timestamp;
  };
  stock_movements: {
    id: string;
    warehouse_id: string;
    bin_id: string | null;
    product_id: string;
    quantity: number;
    reason: string;
    reference: Generated<string>;
    actor: string;
    station: string | null;
    /** The station mutation that wrote this row (0003); null for head-office writes. */
    mutation_id: string | null;
    created_at: Timestamp;
  };
  reservations: {
    id: string;
    order_id: string;
    order_line_id: string;
    warehouse_id: string;
    product_id: string;
    quantity: number;
    status: string;
    created_at: Timestamp;
    closed_at: Timestamp | null;
  };
  stock_levels: { warehouse_id: string; product_id: string; on_hand: number; reserved: number };
  bin_stock: {
    bin_id: string;
    product_id: string;
    on_hand: number;
    /** Filled from the bin by a trigger, so a shape can filter on the row (Electric proxy mode). */
    warehouse_id: Generated<string>;
  };
  purchase_orders: {
    id: string;
    number: string;
    warehouse_id: string;
    supplier: string;
    status: string;
    expected_at: Timestamp | null;
    created_at: Timestamp;
  };
  purchase_order_lines: {
    id: string;
    purchase_order_id: string;
    product_id: string;
    quantity_ordered: number;
    quantity_received: Generated<number>;
  };
  events: {
    id: string;
    at: Timestamp;
    entity_type: string;
    entity_id: string;
    kind: string;
    from_status: string | null;
    to_status: string | null;
    actor: string;
    reason: string | null;
    data: Json<unknown>;
  };
  people: {
    id: string;
    name: string;
    role: string;
    badge_hash: string | null;
    pin_hash: string | null;
    active: Generated<boolean>;
    created_at: Timestamp;
  };
  api_tokens: {
    id: string;
    name: string;
    token_hash: string;
    role: string;
    created_at: Timestamp;
    revoked_at: Timestamp | null;
  };
  stations: {
    id: string;
    warehouse_id: string;
    name: string;
    token_hash: string;
    enrolled_at: Timestamp;
    last_seen_at: Timestamp | null;
    revoked_at: Timestamp | null;
  };
  station_enrolment_codes: {
    code_hash: string;
    warehouse_id: string;
    created_by: string;
    created_at: Timestamp;
    expires_at: Timestamp;
    used_at: Timestamp | null;
    station_id: string | null;
  };
  station_mutations: {
    id: string;
    station_id: string;
    warehouse_id: string;
    kind: string;
    person_id: string | null;
    payload: Json<unknown>;
    status: 'accepted' | 'rejected';
    reject_code: string | null;
    reject_message: string | null;
    /** bigint: pg answers with text; the default is the writing transaction's own id. */
    txid: Generated<string>;
    created_at: Timestamp;
    applied_at: Timestamp;
  };
  webhook_receipts: {
    channel_id: string;
    delivery_id: string;
    topic: string;
    received_at: Timestamp;
    outcome: Json<unknown>;
  };
  validation_rules: {
    code: string;
    kind: string;
    params: Json<unknown>;
    enabled: Generated<boolean>;
    updated_at: Timestamp;
  };
}

/** The built-in shape feed's change log (0002); use with `db.withTables<ShapeLogTables>()`. */
export interface ShapeLogTables {
  shape_changes: {
    id: Generated<string>;
    txid: Generated<string>;
    relation: string;
    key: string;
    operation: 'insert' | 'update' | 'delete';
    warehouse_id: string | null;
    value: Json<Record<string, string | null>>;
    old_value: Json<Record<string, string | null>> | null;
    created_at: Generated<Date>;
  };
  shape_log_state: { only_row: Generated<boolean>; compacted_below_txid: string };
}
