-- Stations enrol with a one-time code and then sync and upload with their own token; people sign
-- in at stations; every mutation a station uploads is recorded once, accepted or rejected.

CREATE TABLE stations (
  -- Chosen by the station itself when its database was created, so logs on both sides agree.
  id            uuid PRIMARY KEY,
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  enrolled_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX stations_warehouse ON stations (warehouse_id);

CREATE TABLE station_enrolment_codes (
  code_hash     text PRIMARY KEY,
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  used_at       timestamptz,
  station_id    uuid REFERENCES stations (id)
);

-- The outcome of every station mutation, by the id the station gave it. The primary key is what
-- makes a retried upload harmless: the second attempt finds the first one's outcome.
CREATE TABLE station_mutations (
  id            uuid PRIMARY KEY,
  station_id    uuid NOT NULL REFERENCES stations (id),
  warehouse_id  uuid NOT NULL REFERENCES warehouses (id),
  kind          text NOT NULL,
  person_id     uuid,
  payload       jsonb NOT NULL,
  status        text NOT NULL CHECK (status IN ('accepted', 'rejected')),
  reject_code   text,
  reject_message text,
  -- The transaction that applied it (accepted) or recorded the refusal (rejected): the same txid
  -- the synced changes of that transaction carry.
  txid          bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
  created_at    timestamptz NOT NULL,
  applied_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'rejected') = (reject_code IS NOT NULL))
);
CREATE INDEX station_mutations_station ON station_mutations (station_id, applied_at);

-- Which station mutation wrote a ledger row, for audit and for proving nothing ran twice.
ALTER TABLE stock_movements ADD COLUMN mutation_id uuid REFERENCES station_mutations (id)
  DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX stock_movements_mutation ON stock_movements (mutation_id) WHERE mutation_id IS NOT NULL;

-- People and the outcomes of a station's own mutations are synced to stations.
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('none');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON station_mutations
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
