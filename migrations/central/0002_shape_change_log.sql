-- The change log behind the built-in shape feed (/v1/shape without ELECTRIC_URL).
-- Triggers write it inside the writing transaction, so a change is in the log exactly when the
-- change itself is committed; nothing is lost between a commit and a separate publisher.

CREATE TABLE shape_changes (
  -- Also the order of changes within one transaction: nextval() is monotonic inside a
  -- transaction, so (txid, id) orders the log the way the writes happened.
  id            bigserial PRIMARY KEY,
  txid          bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
  relation      text NOT NULL,
  key           text NOT NULL,
  operation     text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
  -- Which warehouse's stations may see the change; NULL for reference data seen by all.
  warehouse_id  uuid,
  -- Every column as PostgreSQL text (NULL as JSON null): what Electric's protocol carries.
  value         jsonb NOT NULL,
  old_value     jsonb,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shape_changes_position ON shape_changes (txid, id);
CREATE INDEX shape_changes_created ON shape_changes (created_at);

-- Offsets below compacted_below_txid can no longer be served: such a client must refetch.
CREATE TABLE shape_log_state (
  only_row              boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  compacted_below_txid  bigint NOT NULL
);
INSERT INTO shape_log_state (compacted_below_txid) VALUES (0);

-- TG_ARGV[0] names how a row finds its warehouse: a warehouse_id column, the row's own id
-- (warehouses), its bin's warehouse (bin_id), or none (reference data).
CREATE FUNCTION shape_capture_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  columns_sql text;
  key_sql     text;
  new_value   jsonb;
  old_value   jsonb;
  row_key     text;
  scope_value jsonb;
  scope       uuid;
BEGIN
  -- Built from the catalogue on every row so a column added later is carried without touching
  -- this function. jsonb_build_object takes at most 100 arguments: tables up to 50 columns.
  SELECT string_agg(format('%L, (($1).%I)::text', a.attname, a.attname), ', ' ORDER BY a.attnum)
    INTO columns_sql
    FROM pg_attribute a
   WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped;
  SELECT string_agg(
           format('''"'' || replace((($1).%I)::text, ''"'', ''""'') || ''"''', a.attname),
           ' || ''/'' || ' ORDER BY array_position(i.indkey::int2[], a.attnum))
    INTO key_sql
    FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
   WHERE i.indrelid = TG_RELID AND i.indisprimary;

  IF TG_OP <> 'DELETE' THEN
    EXECUTE format('SELECT jsonb_build_object(%s), %s', columns_sql, key_sql)
      INTO new_value, row_key USING NEW;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    EXECUTE format('SELECT jsonb_build_object(%s), %s', columns_sql, key_sql)
      INTO old_value, row_key USING OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND new_value = old_value THEN
    RETURN NULL;
  END IF;

  scope_value := coalesce(new_value, old_value);
  scope := CASE TG_ARGV[0]
    WHEN 'warehouse_id' THEN (scope_value ->> 'warehouse_id')::uuid
    WHEN 'id' THEN (scope_value ->> 'id')::uuid
    WHEN 'bin_id' THEN (SELECT b.warehouse_id FROM bins b WHERE b.id = (scope_value ->> 'bin_id')::uuid)
    ELSE NULL
  END;

  INSERT INTO shape_changes (relation, key, operation, warehouse_id, value, old_value)
  VALUES (
    TG_TABLE_NAME,
    format('"%s"."%s"/', TG_TABLE_SCHEMA, TG_TABLE_NAME) || row_key,
    lower(TG_OP),
    scope,
    CASE WHEN TG_OP = 'DELETE' THEN old_value ELSE new_value END,
    CASE WHEN TG_OP = 'UPDATE' THEN old_value END
  );
  -- Delivered only at commit, and PostgreSQL folds equal notifications of one transaction into
  -- one, so a bulk write wakes the long-polls once.
  PERFORM pg_notify('wharf_shape_changes', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON warehouses
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON bins
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON products
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('none');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON product_barcodes
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('none');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON stock_levels
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('warehouse_id');
CREATE TRIGGER shape_capture AFTER INSERT OR UPDATE OR DELETE ON bin_stock
  FOR EACH ROW EXECUTE FUNCTION shape_capture_change('bin_id');
