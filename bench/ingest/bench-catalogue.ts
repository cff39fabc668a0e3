import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../../server/db/schema';
import { buildDemoBusiness } from '../../server/demo/demo-business';
import type { DemoProduct } from '../../server/demo/demo-catalogue';
import { insertBusiness } from '../../server/demo/insert-business';
import type { SeededRandom } from '../../server/demo/seeded-random';
import { ensureDefaultRules } from '../../server/pipeline/validation-rule-store';
import type { BenchChannel } from './bench-orders';

/** Enough of everything everywhere that no order backorders: ingest is measured, not scarcity. */
const STOCK_PER_ITEM = 1_000_000;

/**
 * The demo's warehouses, products and channels with stock that cannot run out, written to the
 * pipeline's database (with the default validation rules, so orders are really validated) and
 * to the baseline's, with the same ids so the baseline's rows meet the same foreign keys.
 */
export async function benchCatalogue(
  rng: SeededRandom,
  pipeline: Kysely<CentralDatabase>,
  baseline: Kysely<CentralDatabase>,
): Promise<{ secretKey: Buffer; channels: BenchChannel[]; products: DemoProduct[] }> {
  const business = buildDemoBusiness(rng, {
    customers: 300,
    stock: { kind: 'flat', quantity: STOCK_PER_ITEM },
    nowMs: Date.now(),
  });
  const secretKey = randomBytes(32);
  await insertBusiness(pipeline, business, secretKey);
  await ensureDefaultRules(pipeline);
  await insertBusiness(baseline, business, secretKey);
  return {
    secretKey,
    channels: business.channels.map((c) => ({ code: c.code, kind: c.kind, apiKey: c.apiKey })),
    products: business.catalogue.products,
  };
}
