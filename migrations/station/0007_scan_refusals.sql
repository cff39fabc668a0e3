-- Scans the floor refused, from every station of the warehouse (synced), and this station's
-- until the head office has them: the manager's exception list reads both.

CREATE TABLE synced_scan_refusals (
  id TEXT PRIMARY KEY,
  warehouse_id TEXT NOT NULL,
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  screen TEXT NOT NULL,
  wave_id TEXT,
  fulfilment_id TEXT,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  scanned TEXT NOT NULL,
  refused_at TEXT NOT NULL
) STRICT;
CREATE INDEX synced_scan_refusals_time ON synced_scan_refusals (refused_at);

CREATE TABLE pending_scan_refusals (
  mutation_id TEXT PRIMARY KEY REFERENCES outbox (id),
  station_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  screen TEXT NOT NULL,
  wave_id TEXT,
  fulfilment_id TEXT,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  scanned TEXT NOT NULL,
  refused_at TEXT NOT NULL
) STRICT;

CREATE VIEW floor_scan_refusals AS
  SELECT id, station_id, person_id, screen, wave_id, fulfilment_id, reason, detail, scanned,
         refused_at
  FROM synced_scan_refusals
  UNION ALL
  SELECT mutation_id, station_id, person_id, screen, wave_id, fulfilment_id, reason, detail,
         scanned, refused_at
  FROM pending_scan_refusals p
  WHERE NOT EXISTS (SELECT 1 FROM synced_scan_refusals s WHERE s.id = p.mutation_id);
