-- Which printer of each kind a document goes to, printers taken off the list, and jobs a person
-- gave up on. A printer with jobs behind it is never deleted: its rows are the record of what was
-- printed where, so removing one marks it removed (and off) instead.

ALTER TABLE printers ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1));
ALTER TABLE printers ADD COLUMN removed_at TEXT;

-- At most one default per kind among the printers still set up.
CREATE UNIQUE INDEX printers_one_default ON printers (kind)
  WHERE is_default = 1 AND removed_at IS NULL;

-- Why a person gave up on a job ('failed'); last_error keeps the printer's own words beside it.
ALTER TABLE print_jobs ADD COLUMN given_up_reason TEXT
  CHECK (given_up_reason IS NULL OR length(trim(given_up_reason)) > 0);
