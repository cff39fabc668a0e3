import type { Kysely } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { PipelineError } from '../pipeline/pipeline-error';
import type { CarrierAdapter } from './carrier-adapter';
import { CarrierError } from './carrier-error';
import type { MiddlewareClient } from './middleware/easypost-client';
import { middlewareCarrier } from './middleware/middleware-carrier';
import { rateCardCarrier } from './rate-card-adapter';

export interface CarrierRow {
  code: string;
  name: string;
  kind: 'rate_card' | 'middleware';
  rate_card: unknown;
  active: boolean;
}

/** Active carriers of one kind, by code. */
export async function activeCarriers(
  db: Kysely<CentralDatabase>,
  kind: CarrierRow['kind'],
): Promise<CarrierRow[]> {
  return db
    .selectFrom('carriers')
    .select(['code', 'name', 'kind', 'rate_card', 'active'])
    .where('kind', '=', kind)
    .where('active', '=', true)
    .orderBy('code')
    .execute();
}

/** The carrier by its code, refused in words a clerk understands when unknown or switched off. */
export async function requireCarrier(
  db: Kysely<CentralDatabase>,
  code: string,
  /** False to reach a switched-off carrier, e.g. to void a label bought before it was. */
  activeOnly = true,
): Promise<CarrierRow> {
  const row = await db
    .selectFrom('carriers')
    .select(['code', 'name', 'kind', 'rate_card', 'active'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `There is no carrier ${code}`);
  if (activeOnly && !row.active) {
    throw new PipelineError('CONFLICT', `${row.name} is switched off; choose another carrier`);
  }
  return row;
}

/** How to reach this carrier: its rate card, or the middleware when one is configured. */
export function adapterFor(row: CarrierRow, client: MiddlewareClient | undefined): CarrierAdapter {
  if (row.kind === 'rate_card') return rateCardCarrier(row);
  if (!client) {
    throw new CarrierError(
      'NOT_CONFIGURED',
      `${row.name} is reached through the shipping middleware, which the head office has not been set up with (SHIPPING_MIDDLEWARE_URL); the parcel waits for its label`,
      { carrierCode: row.code },
    );
  }
  return middlewareCarrier(client, row);
}
