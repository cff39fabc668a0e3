-- Enrolment, sign-in, and the write path: the outbox of this station's changes and their
-- optimistic effect on stock, kept apart from the synced tables so a sync never overwrites them.

-- One row once enrolled. The token is this station's credential at the head office (which keeps
-- only its hash); it sits in the station database, whose folder only the station user can read.
CREATE TABLE station_enrolment (
  only_row        INTEGER PRIMARY KEY CHECK (only_row = 1),
  head_office_url TEXT NOT NULL,
  station_token   TEXT NOT NULL,
  warehouse_id    TEXT NOT NULL,
  warehouse_code  TEXT NOT NULL,
  warehouse_name  TEXT NOT NULL,
  enrolled_at     TEXT NOT NULL
) STRICT;

CREATE TABLE synced_people (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL,
  badge_hash  TEXT,
  pin_hash    TEXT,
  active      INTEGER NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX synced_people_badge ON synced_people (badge_hash);

CREATE TABLE synced_station_mutations (
  id              TEXT PRIMARY KEY,
  station_id      TEXT NOT NULL,
  warehouse_id    TEXT NOT NULL,
  kind            TEXT NOT NULL,
  person_id       TEXT,
  payload         TEXT NOT NULL,
  status          TEXT NOT NULL,
  reject_code     TEXT,
  reject_message  TEXT,
  txid            INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  applied_at      TEXT NOT NULL
) STRICT;

-- The signed-in person survives a restart of the station (a crash must not sign the picker out).
CREATE TABLE station_session (
  only_row      INTEGER PRIMARY KEY CHECK (only_row = 1),
  person_id     TEXT NOT NULL,
  name          TEXT NOT NULL,
  role          TEXT NOT NULL,
  method        TEXT NOT NULL CHECK (method IN ('badge', 'pin')),
  signed_in_at  TEXT NOT NULL
) STRICT;

-- Every change made here, in the order it was made. A row is written in the same transaction as
-- its optimistic effect, so neither exists without the other.
CREATE TABLE outbox (
  seq              INTEGER PRIMARY KEY AUTOINCREMENT,
  id               TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL,
  payload          TEXT NOT NULL,
  description      TEXT NOT NULL,
  person_id        TEXT NOT NULL,
  person_name      TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  state            TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'accepted', 'rejected')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  last_attempt_at  TEXT,
  last_error       TEXT,
  txid             TEXT,
  reject_code      TEXT,
  reject_message   TEXT,
  resolved_at      TEXT,
  -- Set when the synced data first contains the change and its overlay rows are removed.
  confirmed_at     TEXT
) STRICT;
CREATE INDEX outbox_waiting ON outbox (seq) WHERE state = 'waiting';
CREATE INDEX outbox_unconfirmed ON outbox (txid) WHERE state = 'accepted' AND confirmed_at IS NULL;

-- The optimistic effect of waiting or accepted-but-unconfirmed stock mutations, as deltas on top
-- of synced_bin_stock / synced_stock_levels. Removed exactly when the synced data contains them.
CREATE TABLE stock_overlay (
  mutation_id   TEXT NOT NULL REFERENCES outbox (id),
  warehouse_id  TEXT NOT NULL,
  bin_id        TEXT NOT NULL,
  product_id    TEXT NOT NULL,
  delta         INTEGER NOT NULL,
  PRIMARY KEY (mutation_id, bin_id, product_id)
) STRICT;
CREATE INDEX stock_overlay_bin_product ON stock_overlay (bin_id, product_id);

-- Head-office transactions seen in each synced shape, so an accepted mutation's overlay can be
-- dropped once the shapes it touched have delivered its transaction. Trimmed as overlays drop.
CREATE TABLE synced_txids (
  shape    TEXT NOT NULL,
  txid     TEXT NOT NULL,
  seen_at  TEXT NOT NULL,
  PRIMARY KEY (shape, txid)
) STRICT, WITHOUT ROWID;
