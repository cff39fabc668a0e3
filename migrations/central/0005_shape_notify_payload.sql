-- Shape-change notifications say what changed ("bin_stock:<warehouse id>", "products:"), so a
-- commit wakes only the long-polls of the shapes it touched instead of every station's every
-- shape. The function is otherwise as 0002 wrote it.

CREATE OR REPLACE FUNCTION shape_capture_change() RETURNS trigger LANGUAGE plpgsql AS $$
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
  -- Delivered only at commit; PostgreSQL folds equal notifications of one transaction into one,
  -- so a bulk write wakes each affected long-poll once. The payload says which table and which
  -- warehouse (empty for reference data) changed, so only the long-polls of that shape wake.
  PERFORM pg_notify('wharf_shape_changes', TG_TABLE_NAME || ':' || coalesce(scope::text, ''));
  RETURN NULL;
END;
$$;
