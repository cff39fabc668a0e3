-- Serial (USB-COM) scanners this station reads, as set up on the Devices screen. Station-local:
-- a scanner belongs to the computer it is plugged into, so none of this syncs.
-- A removed scanner keeps its row (removed_at set): nothing a person entered is deleted.
CREATE TABLE serial_scanners (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  path       TEXT NOT NULL,
  baud_rate  INTEGER NOT NULL CHECK (baud_rate > 0),
  terminator TEXT NOT NULL CHECK (terminator IN ('CR', 'LF', 'CRLF')),
  enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
);

-- One port is read by one scanner; two entries for it would fight over the device.
CREATE UNIQUE INDEX serial_scanners_path ON serial_scanners (path) WHERE removed_at IS NULL;
