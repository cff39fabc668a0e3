-- Shipping: the carriers the company ships with, the consignment numbers it hands each station,
-- the shipments (one per labelled parcel) and manifests stations make, labels bought through the
-- shipping middleware, and what carriers report afterwards: tracking events, stale-parcel alerts
-- and the customer emails they cause.

-- The street address a label's "from" block and the carrier's collection need.
ALTER TABLE warehouses
  ADD COLUMN address_line1 text NOT NULL DEFAULT '',
  ADD COLUMN city          text NOT NULL DEFAULT '';

-- A carrier is either priced from a rate card the station holds (works offline; consignment
-- numbers from a range) or reached through the shipping middleware (labels bought online only).
CREATE TABLE carriers (
  code             text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,31}$'),
  name             text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('rate_card', 'middleware')),
  -- rate_card: the RateCard (shared/domain/shipping/rate-card.ts); middleware: NULL.
  rate_card        jsonb,
  -- The symbology the carrier's depots scan on the label: code128, gs1-128, qr or datamatrix.
  label_symbology  text NOT NULL DEFAULT 'code128'
                   CHECK (label_symbology IN ('code128', 'gs1-128', 'qr', 'datamatrix')),
  -- rate_card: the consignment-number prefix and how many numbers a station gets per block.
  consignment_prefix text,
  range_size       integer NOT NULL DEFAULT 1000 CHECK (range_size BETWEEN 10 AND 1000000),
  -- The next serial the head office may hand out; serials only move forward.
  next_serial      integer NOT NULL DEFAULT 1 CHECK (next_serial >= 1),
  active           boolean NOT NULL DEFAULT true,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'rate_card') = (rate_card IS NOT NULL)),
  CHECK (kind <> 'rate_card' OR consignment_prefix IS NOT NULL)
);

-- A block of consignment numbers for one station and carrier. Blocks never overlap: each is cut
-- from the carrier's next_serial under its row lock.
CREATE TABLE consignment_ranges (
  id            uuid PRIMARY KEY,
  station_id    uuid NOT NULL REFERENCES stations (id),
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  carrier_code  text NOT NULL REFERENCES carriers (code),
  prefix        text NOT NULL,
  first_serial  integer NOT NULL CHECK (first_serial >= 1),
  last_serial   integer NOT NULL,
  allocated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (last_serial >= first_serial)
);
CREATE INDEX consignment_ranges_station ON consignment_ranges (station_id, carrier_code);

-- The company's GS1 identity for SSCC-18 logistic-unit labels, and blocks of SSCC serial
-- references handed to stations the same way as consignment numbers (never overlapping, so two
-- stations printing offline never print the same SSCC).
CREATE TABLE company_gs1 (
  only_row        boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  company_prefix  text NOT NULL CHECK (company_prefix ~ '^\d{7,10}$'),
  extension_digit integer NOT NULL DEFAULT 0 CHECK (extension_digit BETWEEN 0 AND 9),
  range_size      integer NOT NULL DEFAULT 1000 CHECK (range_size BETWEEN 10 AND 1000000),
  -- integer: a 7-digit prefix leaves 9 digits of serial reference, under 2^31.
  next_serial     integer NOT NULL DEFAULT 1 CHECK (next_serial >= 1)
);

CREATE TABLE sscc_ranges (
  id               uuid PRIMARY KEY,
  station_id       uuid NOT NULL REFERENCES stations (id),
  warehouse_id     uuid NOT NULL REFERENCES warehouses (id),
  company_prefix   text NOT NULL,
  extension_digit  integer NOT NULL,
  first_serial     integer NOT NULL CHECK (first_serial >= 1),
  last_serial      integer NOT NULL,
  allocated_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (last_serial >= first_serial)
);
CREATE INDEX sscc_ranges_station ON sscc_ranges (station_id);

CREATE TABLE manifests (
  id             uuid PRIMARY KEY,
  number         text NOT NULL UNIQUE,
  warehouse_id   uuid NOT NULL REFERENCES warehouses (id),
  carrier_code   text NOT NULL REFERENCES carriers (code),
  parcel_count   integer NOT NULL CHECK (parcel_count > 0),
  station_id     uuid NOT NULL REFERENCES stations (id),
  person_id      uuid NOT NULL REFERENCES people (id),
  closed_at      timestamptz NOT NULL,
  -- Set once the carrier has the manifest (the middleware's reference, or 'rate-card' for a
  -- carrier that takes the printed manifest with the collection).
  submitted_at   timestamptz,
  submission_ref text,
  submit_error   text,
  UNIQUE (id, warehouse_id)
);
CREATE INDEX manifests_warehouse ON manifests (warehouse_id, closed_at);

CREATE TYPE tracking_state AS ENUM
  ('label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned_to_sender');

-- One labelled parcel. Its id is the id of the station mutation that made it.
CREATE TABLE shipments (
  id                    uuid PRIMARY KEY,
  warehouse_id          uuid NOT NULL REFERENCES warehouses (id),
  fulfilment_id         uuid NOT NULL,
  parcel_id             uuid NOT NULL REFERENCES parcels (id),
  carrier_code          text NOT NULL REFERENCES carriers (code),
  service_code          text NOT NULL,
  service_name          text NOT NULL,
  tracking_number       text NOT NULL,
  sscc                  text CHECK (sscc ~ '^\d{18}$'),
  consignment_range_id  uuid REFERENCES consignment_ranges (id),
  consignment_serial    integer,
  price_minor           integer NOT NULL CHECK (price_minor >= 0),
  currency              text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- Why this service: the shipping rule's words, or the clerk's override reason.
  choice_reason         text NOT NULL,
  override_reason       text,
  parcel_index          integer NOT NULL CHECK (parcel_index >= 1),
  parcel_count          integer NOT NULL CHECK (parcel_count >= parcel_index),
  station_id            uuid NOT NULL REFERENCES stations (id),
  person_id             uuid NOT NULL REFERENCES people (id),
  created_at            timestamptz NOT NULL,
  manifest_id           uuid,
  -- Kept by the tracking webhook.
  tracking_state        tracking_state NOT NULL DEFAULT 'label_created',
  tracking_updated_at   timestamptz,
  -- A void keeps the row: the label existed, and its number is never used again.
  voided_at             timestamptz,
  void_reason           text,
  voided_by             uuid,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
  CHECK ((consignment_range_id IS NULL) = (consignment_serial IS NULL)),
  UNIQUE (carrier_code, tracking_number),
  FOREIGN KEY (fulfilment_id, warehouse_id) REFERENCES fulfilments (id, warehouse_id),
  FOREIGN KEY (manifest_id, warehouse_id) REFERENCES manifests (id, warehouse_id)
);
-- A parcel carries one live label at a time; a voided one may be labelled again.
CREATE UNIQUE INDEX shipments_one_live_per_parcel ON shipments (parcel_id) WHERE voided_at IS NULL;
CREATE UNIQUE INDEX shipments_sscc ON shipments (sscc) WHERE sscc IS NOT NULL;
CREATE UNIQUE INDEX shipments_consignment_serial ON shipments (consignment_range_id, consignment_serial)
  WHERE consignment_range_id IS NOT NULL;
CREATE INDEX shipments_warehouse ON shipments (warehouse_id, created_at);
CREATE INDEX shipments_fulfilment ON shipments (fulfilment_id);
CREATE INDEX shipments_moving ON shipments (tracking_state, tracking_updated_at)
  WHERE voided_at IS NULL AND tracking_state NOT IN ('delivered', 'returned_to_sender');

-- Labels bought through the shipping middleware, one live label per parcel: a retried purchase
-- for the same parcel returns the label already bought instead of paying twice.
CREATE TABLE carrier_labels (
  id                    uuid PRIMARY KEY,
  parcel_id             uuid NOT NULL REFERENCES parcels (id),
  carrier_code          text NOT NULL REFERENCES carriers (code),
  service_code          text NOT NULL,
  provider_shipment_id  text NOT NULL,
  tracking_number       text NOT NULL,
  label_zpl             text NOT NULL,
  price_minor           integer NOT NULL CHECK (price_minor >= 0),
  currency              text NOT NULL,
  station_id            uuid NOT NULL REFERENCES stations (id),
  bought_at             timestamptz NOT NULL DEFAULT now(),
  voided_at             timestamptz
);
CREATE UNIQUE INDEX carrier_labels_one_live ON carrier_labels (parcel_id) WHERE voided_at IS NULL;

-- What carriers said, normalised. source_event_id makes a webhook delivered twice count once.
CREATE TABLE tracking_events (
  id               uuid PRIMARY KEY,
  shipment_id      uuid NOT NULL REFERENCES shipments (id),
  carrier_code     text NOT NULL,
  source_event_id  text NOT NULL,
  carrier_status   text NOT NULL,
  state            tracking_state NOT NULL,
  description      text NOT NULL DEFAULT '',
  location         text,
  occurred_at      timestamptz NOT NULL,
  received_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (carrier_code, source_event_id)
);
CREATE INDEX tracking_events_shipment ON tracking_events (shipment_id, occurred_at);

-- A parcel that stopped moving. One open alert per shipment; closed when it moves again.
CREATE TABLE tracking_alerts (
  id           uuid PRIMARY KEY,
  shipment_id  uuid NOT NULL REFERENCES shipments (id),
  kind         text NOT NULL CHECK (kind IN ('stale', 'exception')),
  message      text NOT NULL,
  raised_at    timestamptz NOT NULL DEFAULT now(),
  resolved_at  timestamptz
);
CREATE UNIQUE INDEX tracking_alerts_one_open ON tracking_alerts (shipment_id, kind)
  WHERE resolved_at IS NULL;

-- Customer emails: one row per shipment and event, so an event is never mailed twice; the
-- sender retries a failed row with back-off.
CREATE TABLE notifications (
  id               uuid PRIMARY KEY,
  shipment_id      uuid NOT NULL REFERENCES shipments (id),
  order_id         uuid NOT NULL REFERENCES orders (id),
  event            text NOT NULL
                   CHECK (event IN ('shipped', 'out_for_delivery', 'delivered', 'exception')),
  recipient        text NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  last_error       text,
  message_id       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz,
  UNIQUE (shipment_id, event)
);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status = 'pending';

CREATE TRIGGER shipments_no_delete BEFORE DELETE ON shipments
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER manifests_no_delete BEFORE DELETE ON manifests
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER tracking_events_append_only BEFORE UPDATE OR DELETE ON tracking_events
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER consignment_ranges_append_only BEFORE UPDATE OR DELETE ON consignment_ranges
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();

CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON carriers
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('none');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON consignment_ranges
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER sscc_ranges_append_only BEFORE UPDATE OR DELETE ON sscc_ranges
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON sscc_ranges
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON shipments
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON manifests
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
