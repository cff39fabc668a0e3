-- Head office core model. Money: bigint minor units + ISO 4217 currency. Ids: UUIDv7 made by the
-- application. Time: timestamptz. Nothing a person entered is deleted: rows are cancelled,
-- reversed or superseded, and the ledger and event tables refuse UPDATE and DELETE.

CREATE FUNCTION wharf_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;

CREATE TABLE warehouses (
  id          uuid PRIMARY KEY,
  code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{2,8}$'),
  name        text NOT NULL,
  country     char(2) NOT NULL,
  postcode    text NOT NULL DEFAULT '',
  latitude    double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude   double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bins (
  id            uuid PRIMARY KEY,
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  code          text NOT NULL,
  pick_sequence integer NOT NULL CHECK (pick_sequence >= 0),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (warehouse_id, code)
);
CREATE INDEX bins_walk ON bins (warehouse_id, pick_sequence);

CREATE TABLE products (
  id              uuid PRIMARY KEY,
  sku             text NOT NULL UNIQUE,
  gtin            text UNIQUE CHECK (gtin ~ '^[0-9]{8}$|^[0-9]{12,14}$'),
  name            text NOT NULL,
  weight_grams    integer NOT NULL CHECK (weight_grams >= 0),
  length_mm       integer NOT NULL CHECK (length_mm >= 0),
  width_mm        integer NOT NULL CHECK (width_mm >= 0),
  height_mm       integer NOT NULL CHECK (height_mm >= 0),
  requires_lot    boolean NOT NULL DEFAULT false,
  requires_serial boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now()
);

-- One product, many barcodes: the unit GTIN, an inner pack, a case of 12 ...
CREATE TABLE product_barcodes (
  barcode       text PRIMARY KEY,
  product_id    uuid NOT NULL REFERENCES products (id),
  pack_quantity integer NOT NULL DEFAULT 1 CHECK (pack_quantity >= 1)
);
CREATE INDEX product_barcodes_product ON product_barcodes (product_id);

CREATE TABLE channels (
  id                   uuid PRIMARY KEY,
  code                 text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]{2,32}$'),
  name                 text NOT NULL,
  kind                 text NOT NULL CHECK (kind IN ('web', 'marketplace', 'pos', 'phone', 'b2b')),
  platform             text NOT NULL CHECK (platform IN ('generic', 'shopify', 'woocommerce', 'csv')),
  -- Human order numbers start with this, so two channels never collide.
  order_prefix         text NOT NULL UNIQUE CHECK (order_prefix ~ '^[A-Z]{2,4}$'),
  api_key_hash         text UNIQUE,
  webhook_secret_sealed text,
  safety_stock         integer NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
  created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customers (
  id          uuid PRIMARY KEY,
  email       text NOT NULL,
  name        text NOT NULL,
  phone       text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_email ON customers (lower(email)) WHERE email <> '';

CREATE SEQUENCE order_number_seq;

CREATE TABLE orders (
  id               uuid PRIMARY KEY,
  number           text NOT NULL UNIQUE,
  channel_id       uuid NOT NULL REFERENCES channels (id),
  external_id      text NOT NULL,
  -- Hash of the normalized capture: the same external id with other content is a conflict.
  content_hash     text NOT NULL,
  customer_id      uuid REFERENCES customers (id),
  customer_email   text NOT NULL,
  status           text NOT NULL,
  currency         char(3) NOT NULL,
  subtotal_minor   bigint NOT NULL CHECK (subtotal_minor >= 0),
  shipping_minor   bigint NOT NULL CHECK (shipping_minor >= 0),
  tax_minor        bigint NOT NULL CHECK (tax_minor >= 0),
  discount_minor   bigint NOT NULL CHECK (discount_minor >= 0),
  total_minor      bigint NOT NULL CHECK (total_minor >= 0),
  tax_included     boolean NOT NULL,
  payment_status   text NOT NULL,
  service_level    text NOT NULL,
  ship_to          jsonb NOT NULL,
  bill_to          jsonb,
  notes            text,
  hold_reasons     jsonb NOT NULL DEFAULT '[]',
  placed_at        timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (channel_id, external_id)
);
CREATE INDEX orders_status_created ON orders (status, created_at DESC, id DESC);
CREATE INDEX orders_created ON orders (created_at DESC, id DESC);
CREATE INDEX orders_email_created ON orders (lower(customer_email), created_at);
CREATE INDEX orders_channel_created ON orders (channel_id, created_at DESC);

CREATE TABLE order_lines (
  id                uuid PRIMARY KEY,
  order_id          uuid NOT NULL REFERENCES orders (id),
  line_no           integer NOT NULL CHECK (line_no >= 1),
  product_id        uuid REFERENCES products (id),
  sku               text NOT NULL,
  quantity          integer NOT NULL CHECK (quantity >= 1),
  unit_price_minor  bigint NOT NULL CHECK (unit_price_minor >= 0),
  -- Units not yet reserved anywhere; allocated when stock arrives.
  backordered_qty   integer NOT NULL DEFAULT 0 CHECK (backordered_qty >= 0 AND backordered_qty <= quantity),
  UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_backordered ON order_lines (product_id) WHERE backordered_qty > 0;

CREATE TABLE fulfilments (
  id            uuid PRIMARY KEY,
  number        text NOT NULL UNIQUE,
  order_id      uuid NOT NULL REFERENCES orders (id),
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  status        text NOT NULL CHECK (status IN ('allocated', 'released', 'picking', 'packed', 'shipped', 'cancelled')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fulfilments_order ON fulfilments (order_id);
CREATE INDEX fulfilments_warehouse_status ON fulfilments (warehouse_id, status);

CREATE TABLE fulfilment_lines (
  id              uuid PRIMARY KEY,
  fulfilment_id   uuid NOT NULL REFERENCES fulfilments (id),
  order_line_id   uuid NOT NULL REFERENCES order_lines (id),
  product_id      uuid NOT NULL REFERENCES products (id),
  quantity        integer NOT NULL CHECK (quantity >= 1)
);
CREATE INDEX fulfilment_lines_fulfilment ON fulfilment_lines (fulfilment_id);

-- The stock ledger: the only way stock changes. On-hand is the sum of its quantities.
CREATE TABLE stock_movements (
  id            uuid PRIMARY KEY,
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  bin_id        uuid REFERENCES bins (id),
  product_id    uuid NOT NULL REFERENCES products (id),
  quantity      integer NOT NULL CHECK (quantity <> 0),
  reason        text NOT NULL CHECK (reason IN ('receipt', 'adjustment', 'cycle_count', 'pick', 'ship', 'return', 'transfer_in', 'transfer_out', 'opening_balance')),
  reference     text NOT NULL DEFAULT '',
  actor         text NOT NULL,
  station       text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_movements_product ON stock_movements (product_id, warehouse_id, created_at);
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();

-- Reservations hold available stock for an order line in one warehouse.
CREATE TABLE reservations (
  id             uuid PRIMARY KEY,
  order_id       uuid NOT NULL REFERENCES orders (id),
  order_line_id  uuid NOT NULL REFERENCES order_lines (id),
  warehouse_id   uuid NOT NULL REFERENCES warehouses (id),
  product_id     uuid NOT NULL REFERENCES products (id),
  quantity       integer NOT NULL CHECK (quantity >= 1),
  status         text NOT NULL CHECK (status IN ('active', 'released', 'consumed')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  closed_at      timestamptz
);
CREATE INDEX reservations_order ON reservations (order_id);
CREATE INDEX reservations_active ON reservations (warehouse_id, product_id) WHERE status = 'active';

-- Derived levels, kept by triggers in the same transaction as the ledger row or reservation
-- that changes them. They are a cache of the ledger, never written by the application, and
-- the row lock on them is what serialises competing reservations for the same stock.
CREATE TABLE stock_levels (
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  product_id    uuid NOT NULL REFERENCES products (id),
  on_hand       integer NOT NULL DEFAULT 0,
  reserved      integer NOT NULL DEFAULT 0,
  PRIMARY KEY (warehouse_id, product_id),
  CONSTRAINT stock_levels_never_negative CHECK (on_hand >= 0 AND reserved >= 0),
  CONSTRAINT stock_levels_not_overreserved CHECK (reserved <= on_hand)
);
CREATE INDEX stock_levels_product ON stock_levels (product_id);

CREATE TABLE bin_stock (
  bin_id      uuid NOT NULL REFERENCES bins (id),
  product_id  uuid NOT NULL REFERENCES products (id),
  on_hand     integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  PRIMARY KEY (bin_id, product_id)
);

CREATE FUNCTION stock_movement_applied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Insert-then-update rather than upsert: an upsert checks the CHECK constraints against the
  -- candidate row, which for a negative first movement is wrong; the update checks the result.
  INSERT INTO stock_levels (warehouse_id, product_id) VALUES (NEW.warehouse_id, NEW.product_id)
    ON CONFLICT DO NOTHING;
  UPDATE stock_levels SET on_hand = on_hand + NEW.quantity
    WHERE warehouse_id = NEW.warehouse_id AND product_id = NEW.product_id;
  IF NEW.bin_id IS NOT NULL THEN
    INSERT INTO bin_stock (bin_id, product_id) VALUES (NEW.bin_id, NEW.product_id)
      ON CONFLICT DO NOTHING;
    UPDATE bin_stock SET on_hand = on_hand + NEW.quantity
      WHERE bin_id = NEW.bin_id AND product_id = NEW.product_id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER stock_movements_levels AFTER INSERT ON stock_movements
  FOR EACH ROW EXECUTE FUNCTION stock_movement_applied();

CREATE FUNCTION reservation_applied() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := 0;
BEGIN
  IF TG_OP = 'INSERT' AND NEW.status = 'active' THEN
    delta := NEW.quantity;
  ELSIF TG_OP = 'UPDATE' THEN
    IF OLD.quantity <> NEW.quantity OR OLD.warehouse_id <> NEW.warehouse_id OR OLD.product_id <> NEW.product_id THEN
      RAISE EXCEPTION 'a reservation''s quantity, warehouse and product never change; release it and reserve again';
    END IF;
    IF OLD.status = 'active' AND NEW.status <> 'active' THEN delta := -OLD.quantity; END IF;
    IF OLD.status <> 'active' AND NEW.status = 'active' THEN
      RAISE EXCEPTION 'a closed reservation cannot be reopened';
    END IF;
  END IF;
  IF delta <> 0 THEN
    UPDATE stock_levels SET reserved = reserved + delta
      WHERE warehouse_id = NEW.warehouse_id AND product_id = NEW.product_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'no stock level for product % in warehouse %', NEW.product_id, NEW.warehouse_id
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER reservations_levels AFTER INSERT OR UPDATE ON reservations
  FOR EACH ROW EXECUTE FUNCTION reservation_applied();
CREATE TRIGGER reservations_no_delete BEFORE DELETE ON reservations
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();

CREATE TABLE purchase_orders (
  id            uuid PRIMARY KEY,
  number        text NOT NULL UNIQUE,
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  supplier      text NOT NULL,
  status        text NOT NULL CHECK (status IN ('open', 'partially_received', 'received', 'cancelled')),
  expected_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE purchase_order_lines (
  id                 uuid PRIMARY KEY,
  purchase_order_id  uuid NOT NULL REFERENCES purchase_orders (id),
  product_id         uuid NOT NULL REFERENCES products (id),
  quantity_ordered   integer NOT NULL CHECK (quantity_ordered >= 1),
  quantity_received  integer NOT NULL DEFAULT 0 CHECK (quantity_received >= 0),
  UNIQUE (purchase_order_id, product_id)
);

-- Every state change of anything: who, when, why, from, to. Timelines are read from here.
CREATE TABLE events (
  id           uuid PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  entity_type  text NOT NULL,
  entity_id    uuid NOT NULL,
  kind         text NOT NULL,
  from_status  text,
  to_status    text,
  actor        text NOT NULL,
  reason       text,
  data         jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX events_entity ON events (entity_type, entity_id, at, id);
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();

CREATE TABLE people (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  role        text NOT NULL CHECK (role IN ('admin', 'manager', 'picker', 'packer', 'shipping', 'returns')),
  badge_hash  text UNIQUE,
  pin_hash    text,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- API tokens for people-facing integrations and tools; only the hash is kept.
CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY,
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  role          text NOT NULL CHECK (role IN ('admin', 'manager', 'viewer')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz
);

-- Webhook deliveries seen, so a platform's retry of the same delivery changes nothing.
CREATE TABLE webhook_receipts (
  channel_id   uuid NOT NULL REFERENCES channels (id),
  delivery_id  text NOT NULL,
  topic        text NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  outcome      jsonb NOT NULL,
  PRIMARY KEY (channel_id, delivery_id)
);

CREATE TABLE validation_rules (
  code        text PRIMARY KEY,
  kind        text NOT NULL,
  params      jsonb NOT NULL DEFAULT '{}',
  enabled     boolean NOT NULL DEFAULT true,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
