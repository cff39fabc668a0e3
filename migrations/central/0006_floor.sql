-- The warehouse floor: pick lists (waves), picks, short picks and packed parcels, as stations
-- upload them, and what a station needs of its fulfilments to print pick lists and packing slips
-- without syncing orders. All six tables are synced to the stations of their warehouse.

-- A fulfilment carries its order's number, address and service level. The order decides them,
-- never the writer: a trigger copies them on insert, and follows an edit of the order's address.
ALTER TABLE fulfilments
  ADD COLUMN order_number  text,
  ADD COLUMN ship_to       jsonb,
  ADD COLUMN service_level text;

CREATE FUNCTION fulfilment_order_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT o.number, o.ship_to, o.service_level
    INTO NEW.order_number, NEW.ship_to, NEW.service_level
    FROM orders o WHERE o.id = NEW.order_id;
  RETURN NEW;
END $$;
CREATE TRIGGER a_fulfilment_order_facts BEFORE INSERT ON fulfilments
  FOR EACH ROW EXECUTE FUNCTION fulfilment_order_facts();

CREATE FUNCTION order_facts_to_fulfilments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only work still on the floor: a shipped parcel went out with the old address.
  UPDATE fulfilments
     SET order_number = NEW.number, ship_to = NEW.ship_to, service_level = NEW.service_level
   WHERE order_id = NEW.id AND status NOT IN ('shipped', 'cancelled');
  RETURN NULL;
END $$;
CREATE TRIGGER order_facts_to_fulfilments AFTER UPDATE OF number, ship_to, service_level ON orders
  FOR EACH ROW
  WHEN (OLD.number IS DISTINCT FROM NEW.number OR OLD.ship_to IS DISTINCT FROM NEW.ship_to
        OR OLD.service_level IS DISTINCT FROM NEW.service_level)
  EXECUTE FUNCTION order_facts_to_fulfilments();

UPDATE fulfilments f
   SET order_number = o.number, ship_to = o.ship_to, service_level = o.service_level
  FROM orders o WHERE o.id = f.order_id;
ALTER TABLE fulfilments
  ALTER COLUMN order_number SET NOT NULL,
  ALTER COLUMN ship_to SET NOT NULL,
  ALTER COLUMN service_level SET NOT NULL;

-- A fulfilment line carries its fulfilment's warehouse, so its shape is a plain
-- `warehouse_id = $1` (the form every Electric version accepts), as 0004 did for bin_stock.
ALTER TABLE fulfilments ADD CONSTRAINT fulfilments_id_warehouse UNIQUE (id, warehouse_id);
ALTER TABLE fulfilment_lines ADD COLUMN warehouse_id uuid;

CREATE FUNCTION fulfilment_line_warehouse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.warehouse_id IS NULL THEN
    SELECT f.warehouse_id INTO NEW.warehouse_id FROM fulfilments f WHERE f.id = NEW.fulfilment_id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER a_fulfilment_line_warehouse BEFORE INSERT ON fulfilment_lines
  FOR EACH ROW EXECUTE FUNCTION fulfilment_line_warehouse();

UPDATE fulfilment_lines l SET warehouse_id = f.warehouse_id FROM fulfilments f WHERE f.id = l.fulfilment_id;
ALTER TABLE fulfilment_lines ALTER COLUMN warehouse_id SET NOT NULL;
ALTER TABLE fulfilment_lines ADD CONSTRAINT fulfilment_lines_fulfilment_warehouse
  FOREIGN KEY (fulfilment_id, warehouse_id) REFERENCES fulfilments (id, warehouse_id);
CREATE INDEX fulfilment_lines_warehouse ON fulfilment_lines (warehouse_id);

-- The floor's records. Each id is the id of the station mutation that made the row, so a row
-- and the mutation outcome the station waits for arrive with the same id and transaction.
CREATE TABLE waves (
  id            uuid PRIMARY KEY,
  number        text NOT NULL UNIQUE,
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  kind          text NOT NULL CHECK (kind IN ('single', 'batch', 'cluster')),
  -- [{fulfilmentId, tote}] in the order the pick list names them.
  fulfilments   jsonb NOT NULL CHECK (jsonb_typeof(fulfilments) = 'array'),
  station_id    uuid NOT NULL REFERENCES stations (id),
  person_id     uuid NOT NULL REFERENCES people (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, warehouse_id)
);
CREATE INDEX waves_warehouse ON waves (warehouse_id, created_at);

CREATE TABLE picks (
  id                  uuid PRIMARY KEY,
  warehouse_id        uuid NOT NULL REFERENCES warehouses (id),
  wave_id             uuid NOT NULL,
  fulfilment_id       uuid NOT NULL,
  fulfilment_line_id  uuid NOT NULL REFERENCES fulfilment_lines (id),
  product_id          uuid NOT NULL REFERENCES products (id),
  bin_id              uuid NOT NULL,
  quantity            integer NOT NULL CHECK (quantity > 0),
  tote                text,
  lot                 text,
  expiry              date,
  serial              text,
  station_id          uuid NOT NULL REFERENCES stations (id),
  person_id           uuid NOT NULL REFERENCES people (id),
  picked_at           timestamptz NOT NULL DEFAULT now(),
  -- A pick is never deleted: putting the units back reverses it (pick.undo's mutation id).
  reversed_at         timestamptz,
  reversed_by         uuid,
  CHECK ((reversed_at IS NULL) = (reversed_by IS NULL)),
  FOREIGN KEY (wave_id, warehouse_id) REFERENCES waves (id, warehouse_id),
  FOREIGN KEY (fulfilment_id, warehouse_id) REFERENCES fulfilments (id, warehouse_id),
  FOREIGN KEY (bin_id, warehouse_id) REFERENCES bins (id, warehouse_id)
);
CREATE INDEX picks_line_live ON picks (fulfilment_line_id) WHERE reversed_at IS NULL;
CREATE INDEX picks_warehouse ON picks (warehouse_id);
CREATE INDEX picks_fulfilment ON picks (fulfilment_id);

CREATE TABLE short_picks (
  id                  uuid PRIMARY KEY,
  warehouse_id        uuid NOT NULL REFERENCES warehouses (id),
  wave_id             uuid NOT NULL,
  fulfilment_id       uuid NOT NULL,
  fulfilment_line_id  uuid NOT NULL REFERENCES fulfilment_lines (id),
  product_id          uuid NOT NULL REFERENCES products (id),
  -- NULL when no bin of the warehouse held the product at all (then only a backorder helps).
  bin_id              uuid,
  quantity            integer NOT NULL CHECK (quantity > 0),
  reason              text NOT NULL,
  resolution          text NOT NULL CHECK (resolution IN ('retask', 'backorder')),
  station_id          uuid NOT NULL REFERENCES stations (id),
  person_id           uuid NOT NULL REFERENCES people (id),
  recorded_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (bin_id IS NOT NULL OR resolution = 'backorder'),
  FOREIGN KEY (wave_id, warehouse_id) REFERENCES waves (id, warehouse_id),
  FOREIGN KEY (fulfilment_id, warehouse_id) REFERENCES fulfilments (id, warehouse_id),
  FOREIGN KEY (bin_id, warehouse_id) REFERENCES bins (id, warehouse_id)
);
CREATE INDEX short_picks_line ON short_picks (fulfilment_line_id);
CREATE INDEX short_picks_warehouse ON short_picks (warehouse_id);

CREATE TABLE parcels (
  id             uuid PRIMARY KEY,
  number         text NOT NULL UNIQUE,
  warehouse_id   uuid NOT NULL REFERENCES warehouses (id),
  fulfilment_id  uuid NOT NULL,
  box_code       text NOT NULL,
  weight_grams   integer NOT NULL CHECK (weight_grams > 0),
  length_mm      integer NOT NULL CHECK (length_mm > 0),
  width_mm       integer NOT NULL CHECK (width_mm > 0),
  height_mm      integer NOT NULL CHECK (height_mm > 0),
  -- [{fulfilmentLineId, productId, quantity}]
  items          jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  last           boolean NOT NULL,
  station_id     uuid NOT NULL REFERENCES stations (id),
  person_id      uuid NOT NULL REFERENCES people (id),
  closed_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (fulfilment_id, warehouse_id) REFERENCES fulfilments (id, warehouse_id)
);
CREATE INDEX parcels_fulfilment ON parcels (fulfilment_id);
CREATE INDEX parcels_warehouse ON parcels (warehouse_id);

-- What the floor did stays on record: reversed or superseded, never deleted.
CREATE TRIGGER waves_no_delete BEFORE DELETE ON waves
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER picks_no_delete BEFORE DELETE ON picks
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER short_picks_append_only BEFORE UPDATE OR DELETE ON short_picks
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER parcels_no_delete BEFORE DELETE ON parcels
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();

CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON fulfilments
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON fulfilment_lines
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON waves
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON picks
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON short_picks
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON parcels
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
