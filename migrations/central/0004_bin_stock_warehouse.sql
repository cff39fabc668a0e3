-- A station's bin_stock shape is "the bins of my warehouse". Behind ELECTRIC_URL the head office
-- states that as an Electric where clause, and a plain `warehouse_id = $1` on the row itself is
-- the form every Electric version accepts and indexes (older ones refuse subqueries such as
-- `bin_id IN (SELECT id FROM bins ...)`). So bin_stock carries its bin's warehouse.
--
-- The bin decides the warehouse, never the writer: a trigger fills it from bins on insert, so
-- stock_movement_applied() and anything else that inserts bin_stock keep working unchanged, and
-- a composite foreign key keeps it equal to the bin's warehouse for good (a bin holding stock
-- cannot be moved to another warehouse behind the ledger's back).

ALTER TABLE bins ADD CONSTRAINT bins_id_warehouse UNIQUE (id, warehouse_id);

ALTER TABLE bin_stock ADD COLUMN warehouse_id uuid;

CREATE FUNCTION bin_stock_warehouse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.warehouse_id IS NULL THEN
    SELECT b.warehouse_id INTO NEW.warehouse_id FROM bins b WHERE b.id = NEW.bin_id;
  END IF;
  RETURN NEW;
END $$;
-- Named to run before any other BEFORE INSERT trigger a later migration might add.
CREATE TRIGGER a_bin_stock_warehouse BEFORE INSERT ON bin_stock
  FOR EACH ROW EXECUTE FUNCTION bin_stock_warehouse();

-- The capture trigger records this as an update of each row (the row did change), so stations
-- on the built-in feed receive the new column like any other change.
UPDATE bin_stock s SET warehouse_id = b.warehouse_id FROM bins b WHERE b.id = s.bin_id;

ALTER TABLE bin_stock ALTER COLUMN warehouse_id SET NOT NULL;
ALTER TABLE bin_stock ADD CONSTRAINT bin_stock_bin_warehouse
  FOREIGN KEY (bin_id, warehouse_id) REFERENCES bins (id, warehouse_id);
CREATE INDEX bin_stock_warehouse ON bin_stock (warehouse_id);
