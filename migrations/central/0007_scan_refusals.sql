-- Scans the floor refused (wrong bin, wrong item, too many, unknown barcode …), one row per
-- refusal as the station recorded it, so a manager at any station sees them beside short picks.
-- The id is the station's mutation id. A log: never changed, never deleted.

CREATE TABLE scan_refusals (
  id             uuid PRIMARY KEY,
  warehouse_id   uuid NOT NULL REFERENCES warehouses (id),
  station_id     uuid NOT NULL REFERENCES stations (id),
  person_id      uuid NOT NULL REFERENCES people (id),
  screen         text NOT NULL CHECK (screen IN ('pick', 'pack')),
  wave_id        uuid,
  fulfilment_id  uuid,
  reason         text NOT NULL,
  detail         text NOT NULL,
  scanned        text NOT NULL,
  refused_at     timestamptz NOT NULL
);
CREATE INDEX scan_refusals_warehouse_time ON scan_refusals (warehouse_id, refused_at);

CREATE TRIGGER scan_refusals_append_only BEFORE UPDATE OR DELETE ON scan_refusals
  FOR EACH ROW EXECUTE FUNCTION wharf_append_only();
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON scan_refusals
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
