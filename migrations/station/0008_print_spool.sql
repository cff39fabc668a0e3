-- The station's printers and its print spool. Station-local: a printer is reached from the
-- computer it is set up on, and a job matters only until it is on paper, so none of this syncs.

CREATE TABLE printers (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('label', 'receipt', 'a4')),
  driver     TEXT NOT NULL CHECK (driver IN ('tcp', 'spooler', 'file')),
  -- host:port for tcp, the CUPS queue name for spooler, a file path for file.
  address    TEXT NOT NULL,
  enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

-- A job is written here before a byte is sent, so an outage or a restart loses nothing.
-- A reprint is a new job pointing at the original (copy_of) with the clerk's reason: the log of
-- what was printed twice, and why, is these rows. A printer's refusal leaves the job 'queued' with
-- last_error (the spool retries until it prints, so nothing is lost); 'failed' is for a job given
-- up on, which only a person may decide.
CREATE TABLE print_jobs (
  id             TEXT PRIMARY KEY,
  printer_id     TEXT NOT NULL REFERENCES printers (id),
  seq            INTEGER NOT NULL UNIQUE,
  document_kind  TEXT NOT NULL,
  reference      TEXT NOT NULL,
  copy_of        TEXT REFERENCES print_jobs (id),
  reprint_reason TEXT,
  bytes          BLOB NOT NULL,
  state          TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'printed', 'failed')),
  attempts       INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error     TEXT,
  created_at     TEXT NOT NULL,
  printed_at     TEXT,
  CHECK ((copy_of IS NULL) = (reprint_reason IS NULL)),
  CHECK (reprint_reason IS NULL OR length(trim(reprint_reason)) > 0)
) STRICT;

-- The worker's question, per printer: the oldest job not yet on paper.
CREATE INDEX print_jobs_waiting ON print_jobs (printer_id, seq) WHERE state IN ('queued', 'sending');
CREATE INDEX print_jobs_reference ON print_jobs (reference);
-- Each document is printed once; another copy is a reprint (copy_of set), which needs a reason.
CREATE UNIQUE INDEX print_jobs_one_original ON print_jobs (document_kind, reference)
  WHERE copy_of IS NULL;
