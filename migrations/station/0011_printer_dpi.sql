-- A label printer's head resolution: a 4×6 label is drawn for the printer's own dot grid, so a
-- 300-dpi Zebra gets a 300-dpi label, not a small 203-dpi one.
ALTER TABLE printers ADD COLUMN dpi INTEGER NOT NULL DEFAULT 203 CHECK (dpi IN (203, 300));
