import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { ORDER_STATUSES } from '../../shared/domain/order-status';
import type { OrderStatus } from '../../shared/domain/order-status';
import type { CentralDatabase } from '../db/schema';
import type { DemoBusiness } from './demo-business';

export const SUMMARY_TABLES = [
  'warehouses',
  'bins',
  'products',
  'product_barcodes',
  'channels',
  'customers',
  'people',
  'api_tokens',
  'purchase_orders',
  'purchase_order_lines',
  'stock_movements',
  'stock_levels',
  'bin_stock',
  'orders',
  'order_lines',
  'fulfilments',
  'fulfilment_lines',
  'reservations',
  'events',
] as const satisfies readonly (keyof CentralDatabase)[];
export type SummaryTable = (typeof SUMMARY_TABLES)[number];

export interface DemoSummary {
  seed: number;
  elapsedMs: number;
  rows: Record<SummaryTable, number>;
  ordersByStatus: Record<OrderStatus, number>;
  /** Why held orders are held: rule code → orders. */
  holdsByRule: Record<string, number>;
  /** Plain keys and secrets, shown once: only their hashes (or sealed forms) are stored. */
  channels: {
    code: string;
    name: string;
    kind: string;
    platform: string;
    apiKey: string;
    webhookSecret?: string;
  }[];
  tokens: { name: string; role: string; token: string }[];
  people: { name: string; role: string; badge: string; pin: string }[];
}

export async function readSummary(
  db: Kysely<CentralDatabase>,
  run: { seed: number; business: DemoBusiness; elapsedMs: number },
): Promise<DemoSummary> {
  const counts = SUMMARY_TABLES.map(
    (table) => sql<string>`(SELECT count(*) FROM ${sql.table(table)})`,
  );
  const { rows } = await sql<Record<string, string>>`
    SELECT ${sql.join(counts.map((c, i) => sql`${c} AS ${sql.ref(`n${i}`)}`))}`.execute(db);
  const row = rows[0] ?? {};
  const tableRows = Object.fromEntries(
    SUMMARY_TABLES.map((table, i) => [table, Number(row[`n${i}`] ?? 0)]),
  ) as Record<SummaryTable, number>;

  const statuses = await db
    .selectFrom('orders')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('status')
    .execute();
  const ordersByStatus = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<
    OrderStatus,
    number
  >;
  for (const s of statuses) ordersByStatus[s.status as OrderStatus] = Number(s.n);

  const holds = await sql<{ rule: string; n: string }>`
    SELECT reason->>'rule' AS rule, count(DISTINCT o.id) AS n
    FROM orders o, jsonb_array_elements(o.hold_reasons) AS reason
    WHERE o.status = 'on_hold' GROUP BY 1 ORDER BY 1`.execute(db);

  return {
    seed: run.seed,
    elapsedMs: run.elapsedMs,
    rows: tableRows,
    ordersByStatus,
    holdsByRule: Object.fromEntries(holds.rows.map((h) => [h.rule, Number(h.n)])),
    channels: run.business.channels.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind,
      platform: c.platform,
      apiKey: c.apiKey,
      ...(c.webhookSecret ? { webhookSecret: c.webhookSecret } : {}),
    })),
    tokens: run.business.tokens.map((t) => ({ name: t.name, role: t.role, token: t.token })),
    people: run.business.people.map((p) => ({
      name: p.name,
      role: p.role,
      badge: p.badge,
      pin: p.pin,
    })),
  };
}

/** For the person who ran the seed: what is there, and the keys they will need, once. */
export function formatDemoSummary(summary: DemoSummary): string {
  const statusLine = ORDER_STATUSES.filter((s) => summary.ordersByStatus[s] > 0)
    .map((s) => `${s} ${summary.ordersByStatus[s]}`)
    .join(', ');
  const r = summary.rows;
  return [
    `Demo business seeded (seed ${summary.seed}) in ${(summary.elapsedMs / 1000).toFixed(1)} s:`,
    `  ${r.warehouses} warehouses, ${r.bins} bins, ${r.products} products (${r.product_barcodes} barcodes),`,
    `  ${r.channels} channels, ${r.customers} customers, ${r.people} people, ${r.purchase_orders} purchase orders,`,
    `  ${r.stock_movements} stock movements, ${r.orders} orders: ${statusLine}.`,
    '',
    'Channel API keys (Authorization: Bearer <key> on POST /v1/channels/<code>/orders):',
    ...summary.channels.map(
      (c) =>
        `  ${c.code.padEnd(12)} ${c.apiKey}` +
        (c.webhookSecret
          ? `\n  ${''.padEnd(12)} ${c.platform} webhook secret: ${c.webhookSecret}`
          : ''),
    ),
    'API tokens:',
    ...summary.tokens.map((t) => `  ${t.role.padEnd(12)} ${t.token}`),
    'People (sign in at a station with the badge, or pick the name and enter the PIN):',
    ...summary.people.map(
      (p) => `  ${p.badge.padEnd(9)} PIN ${p.pin}  ${p.role.padEnd(9)} ${p.name}`,
    ),
    'These are shown once; only their hashes are stored.',
  ].join('\n');
}
