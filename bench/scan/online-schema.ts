import { LINES_PER_FULFILMENT, ORDERS_PER_LIST } from './scan-settings';
import type { ScanBenchSettings } from './scan-settings';
import { STOCK_PER_BIN, WAREHOUSE_ID } from './floor-rows';

/**
 * The head office tables one pick scan touches, lean (no order, ledger or shape-capture
 * triggers, which would make 2 million rows take minutes to load) but with the central schema's
 * keys and the indexes its floor queries use (migrations/central 0001 and 0006).
 */
export const ONLINE_SCHEMA = `
CREATE TABLE products (id uuid PRIMARY KEY, sku text NOT NULL, gtin text, name text NOT NULL);
CREATE TABLE product_barcodes (barcode text PRIMARY KEY, product_id uuid NOT NULL REFERENCES products,
  pack_quantity int NOT NULL);
CREATE TABLE bins (id uuid PRIMARY KEY, warehouse_id uuid NOT NULL, code text NOT NULL,
  pick_sequence int NOT NULL, UNIQUE (warehouse_id, code));
CREATE INDEX bins_walk ON bins (warehouse_id, pick_sequence);
CREATE TABLE bin_stock (bin_id uuid NOT NULL REFERENCES bins, product_id uuid NOT NULL REFERENCES products,
  on_hand int NOT NULL, PRIMARY KEY (bin_id, product_id));
CREATE INDEX bin_stock_product ON bin_stock (product_id);
CREATE TABLE fulfilments (id uuid PRIMARY KEY, number text NOT NULL UNIQUE, warehouse_id uuid NOT NULL,
  status text NOT NULL, order_number text NOT NULL, updated_at timestamptz NOT NULL);
CREATE INDEX fulfilments_status ON fulfilments (warehouse_id, status, updated_at);
CREATE TABLE fulfilment_lines (id uuid PRIMARY KEY, fulfilment_id uuid NOT NULL REFERENCES fulfilments,
  product_id uuid NOT NULL REFERENCES products, quantity int NOT NULL, warehouse_id uuid NOT NULL);
CREATE INDEX fulfilment_lines_fulfilment ON fulfilment_lines (fulfilment_id);
CREATE TABLE waves (id uuid PRIMARY KEY, warehouse_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE wave_members (wave_id uuid NOT NULL REFERENCES waves, position int NOT NULL,
  fulfilment_id uuid NOT NULL REFERENCES fulfilments, tote text, PRIMARY KEY (wave_id, position));
CREATE INDEX wave_members_fulfilment ON wave_members (fulfilment_id);
CREATE TABLE picks (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), warehouse_id uuid NOT NULL,
  wave_id uuid NOT NULL, fulfilment_id uuid NOT NULL, fulfilment_line_id uuid NOT NULL,
  product_id uuid NOT NULL, bin_id uuid NOT NULL, quantity int NOT NULL CHECK (quantity > 0), tote text,
  picked_at timestamptz NOT NULL DEFAULT now(), reversed_at timestamptz);
CREATE INDEX picks_line_live ON picks (fulfilment_line_id) WHERE reversed_at IS NULL;
CREATE INDEX picks_fulfilment ON picks (fulfilment_id);
CREATE TABLE pick_cursor (wave_id uuid PRIMARY KEY REFERENCES waves, line_id uuid NOT NULL,
  bin_id uuid NOT NULL);
`;

const id = (prefix: string, n: string) =>
  `('${prefix}-0000-7000-8000-' || lpad((${n})::text, 12, '0'))::uuid`;

/**
 * The same rows as floor-rows.ts, written set-based by PostgreSQL itself (generate_series), as
 * one multi-statement string: it is sent whole, so the server loads while this process seeds
 * the station file on the other core. Only numbers from the settings are spliced in.
 */
export function onlineSeedSql(s: ScanBenchSettings): string {
  const [bins, products, fulfilments, released] = [s.bins, s.products, s.fulfilments, s.released];
  for (const n of [bins, products, fulfilments, released]) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`Not a row count: ${n}`);
  }
  const picked = fulfilments - released;
  // gs1 check digit of '50' || lpad(n+1, 10): weights 3,1,3… from the right of the 12-digit body.
  const gtin = `('50' || lpad((n + 1)::text, 10, '0') || ((10 - (SELECT sum(substr(b, 13 - k, 1)::int * CASE WHEN k % 2 = 1 THEN 3 ELSE 1 END) FROM generate_series(1, 12) k) % 10) % 10)::text)`;
  const binCode = `'A' || lpad((n / 400 + 1)::text, 2, '0') || '-' || lpad(((n / 8) % 50 + 1)::text, 2, '0') || '-' || (n % 8 + 1)::text`;
  return `
BEGIN;
INSERT INTO bins SELECT ${id('01900b00', 'n')}, '${WAREHOUSE_ID}', ${binCode}, n + 1 FROM generate_series(0, ${bins - 1}) n;
INSERT INTO products SELECT ${id('01900b10', 'n')}, 'SKU-' || lpad((n + 1)::text, 6, '0'), g, 'Bench product ' || (n + 1)
  FROM (SELECT n, ${gtin} AS g FROM (SELECT n, '50' || lpad((n + 1)::text, 10, '0') AS b FROM generate_series(0, ${products - 1}) n) x) y;
INSERT INTO product_barcodes SELECT gtin, id, 1 FROM products;
INSERT INTO bin_stock SELECT ${id('01900b00', '(n * 7) % ' + bins)}, ${id('01900b10', 'n')}, ${STOCK_PER_BIN} FROM generate_series(0, ${products - 1}) n;
INSERT INTO bin_stock SELECT ${id('01900b00', `((n * 7) % ${bins} + ${Math.floor(bins / 2)}) % ${bins}`)}, ${id('01900b10', 'n')}, ${STOCK_PER_BIN} FROM generate_series(0, ${products - 1}) n;
INSERT INTO fulfilments SELECT ${id('01900f00', 'i')}, 'F-' || lpad((i + 1)::text, 7, '0'), '${WAREHOUSE_ID}',
  CASE WHEN i >= ${picked} THEN 'released' WHEN i % 5 < 3 THEN 'shipped' ELSE 'packed' END,
  'WEB-' || lpad((i + 1)::text, 7, '0'), timestamptz '2026-06-01T06:00:00Z' + i * interval '2 minutes'
  FROM generate_series(0, ${fulfilments - 1}) i;
INSERT INTO fulfilment_lines SELECT ${id('01900f20', 'i * ' + LINES_PER_FULFILMENT + ' + j')}, ${id('01900f00', 'i')},
  ${id('01900b10', `(i * 7919 + j * 131) % ${products}`)}, 1 + (i * ${LINES_PER_FULFILMENT} + j) % 3, '${WAREHOUSE_ID}'
  FROM generate_series(0, ${fulfilments - 1}) i, generate_series(0, ${LINES_PER_FULFILMENT - 1}) j;
INSERT INTO waves SELECT ${id('01900f40', 'w')}, '${WAREHOUSE_ID}', now() FROM generate_series(0, ${Math.ceil(picked / ORDERS_PER_LIST) - 1}) w;
INSERT INTO wave_members SELECT ${id('01900f40', `i / ${ORDERS_PER_LIST}`)}, i % ${ORDERS_PER_LIST}, ${id('01900f00', 'i')}, 'TOTE-' || (i % ${ORDERS_PER_LIST} + 1)
  FROM generate_series(0, ${picked - 1}) i;
INSERT INTO picks (id, warehouse_id, wave_id, fulfilment_id, fulfilment_line_id, product_id, bin_id, quantity, tote, picked_at)
  SELECT ${id('01900f50', 'l.n')}, '${WAREHOUSE_ID}', ${id('01900f40', `l.i / ${ORDERS_PER_LIST}`)}, ${id('01900f00', 'l.i')},
         ${id('01900f20', 'l.n')}, ${id('01900b10', 'l.p')}, ${id('01900b00', `(l.p * 7) % ${bins}`)}, 1 + l.n % 3,
         'TOTE-' || (l.i % ${ORDERS_PER_LIST} + 1), timestamptz '2026-06-01T06:00:00Z' + l.i * interval '2 minutes'
    FROM (SELECT i, i * ${LINES_PER_FULFILMENT} + j AS n, (i * 7919 + j * 131) % ${products} AS p
            FROM generate_series(0, ${picked - 1}) i, generate_series(0, ${LINES_PER_FULFILMENT - 1}) j) l;
COMMIT;
ANALYZE;
`;
}
