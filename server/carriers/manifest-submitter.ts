import type { Kysely } from 'kysely';
import { z } from 'zod';
import { sql } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { CarrierError } from './carrier-error';
import type { MiddlewareClient } from './middleware/easypost-client';
import { submitManifest } from './submit-manifest';

/** A manifest the carrier still has not taken after this long needs a person, not a timer. */
const GIVE_UP_AFTER_DAYS = 3;

/**
 * Hands every closed manifest to its carrier once its station's upload has arrived: the station
 * closes manifests offline too, so submission happens here, after commit, never inside the
 * mutation's transaction. A refusal is kept in submit_error (the Ship screen shows it) and tried
 * again next round while the manifest is recent.
 */
export async function submitPendingManifests(
  db: Kysely<CentralDatabase>,
  middleware: MiddlewareClient | undefined,
): Promise<{ submitted: number; failed: number }> {
  const due = await db
    .selectFrom('manifests')
    .select('id')
    .where('submitted_at', 'is', null)
    .where('closed_at', '>', sql<Date>`now() - make_interval(days => ${GIVE_UP_AFTER_DAYS})`)
    .orderBy('closed_at')
    .limit(50)
    .execute();
  let submitted = 0;
  let failed = 0;
  for (const { id } of due) {
    try {
      const answer = await submitManifest(db, middleware, id);
      if (answer.submitted) submitted += 1;
    } catch (error) {
      if (!(error instanceof CarrierError)) throw error;
      failed += 1;
    }
  }
  return { submitted, failed };
}

const EveryMsSchema = z.coerce
  .number()
  .int()
  .min(100, 'MANIFEST_SUBMIT_EVERY_MS is a whole number of milliseconds, at least 100');

/** MANIFEST_SUBMIT_EVERY_MS, or every 30 s: carriers want the manifest before the van leaves. */
export function manifestSubmitEveryFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.MANIFEST_SUBMIT_EVERY_MS;
  if (raw === undefined || raw === '') return 30_000;
  const parsed = EveryMsSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(parsed.error.issues[0]?.message ?? 'bad MANIFEST_SUBMIT_EVERY_MS');
  return parsed.data;
}

export function startManifestSubmitter(
  db: Kysely<CentralDatabase>,
  middleware: MiddlewareClient | undefined,
  options: { everyMs: number; onError: (error: unknown) => void },
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => submitPendingManifests(db, middleware)).catch(options.onError);
  }, options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
