-- Station-local settings: one row per key, JSON values so a setting can be any shape.
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
);

-- The station's audit log: everything a person or device did here (settings changes now;
-- scans, prints and mutations as those arrive). Append-only, like every record of what happened.
CREATE TABLE activity_log (
  id      TEXT PRIMARY KEY,
  at      TEXT NOT NULL,
  kind    TEXT NOT NULL,
  actor   TEXT NOT NULL,
  summary TEXT NOT NULL,
  detail  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
);
CREATE INDEX activity_log_at ON activity_log (at DESC, id DESC);
CREATE INDEX activity_log_kind_at ON activity_log (kind, at DESC);

CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log
BEGIN
  SELECT RAISE(ABORT, 'activity_log is append-only');
END;

CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log
BEGIN
  SELECT RAISE(ABORT, 'activity_log is append-only');
END;
