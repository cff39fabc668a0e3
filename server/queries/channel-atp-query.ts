import type { Kysely } from 'kysely';
import type { AtpAnswer } from '../../shared/api/channel-atp';
import type { CentralDatabase } from '../db/schema';
import { nowIso } from '../pipeline/ids';

/**
 * What a channel may promise per SKU: every warehouse's available units (on hand less reserved)
 * added up, less the channel's safety stock, never below zero. A SKU the catalogue does not
 * know gets 0 and `known: false`, so a storefront never sells what cannot be shipped.
 */
export async function channelAtp(
  db: Kysely<CentralDatabase>,
  channel: { id: string; code: string },
  skus: readonly string[],
): Promise<AtpAnswer> {
  const settings = await db
    .selectFrom('channels')
    .select('safety_stock')
    .where('id', '=', channel.id)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('products as p')
    .leftJoin('stock_levels as sl', 'sl.product_id', 'p.id')
    .select((eb) => [
      'p.sku',
      eb.fn
        .coalesce(
          eb.fn.sum<string | number>(eb('sl.on_hand', '-', eb.ref('sl.reserved'))),
          eb.lit(0),
        )
        .as('available'),
    ])
    .where('p.sku', 'in', [...skus])
    .groupBy('p.sku')
    .execute();
  const availableBySku = new Map(rows.map((r) => [r.sku, Number(r.available)]));
  const unique = [...new Set(skus)];
  return {
    channel: channel.code,
    safetyStock: settings.safety_stock,
    at: nowIso(),
    items: unique.map((sku) => {
      const available = availableBySku.get(sku);
      return {
        sku,
        known: available !== undefined,
        available: Math.max(0, (available ?? 0) - settings.safety_stock),
      };
    }),
  };
}
