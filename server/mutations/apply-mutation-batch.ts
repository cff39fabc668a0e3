import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { isMutationKind, MUTATIONS } from '../../shared/mutations';
import type {
  MutationBatch,
  MutationEnvelope,
  MutationKind,
  MutationOutcome,
} from '../../shared/mutations';
import type { CentralDatabase } from '../db/schema';
import type { StationCaller } from '../http/station-auth';
import { PipelineError } from '../pipeline/pipeline-error';
import { requireAuthor } from './mutation-author';
import { MUTATION_APPLIERS, PAYLOAD_PARSERS } from './mutation-appliers';
import type { MutationContext } from './mutation-applier';
import { mutationColumns, recordRejection, storedOutcome } from './mutation-outcomes';
import { MutationRejection } from './mutation-rejection';
import { isTransientDatabaseError } from './transient-error';

const UNIQUE_VIOLATION = '23505';

/**
 * Applies a station's outbox in order, each mutation in its own transaction, and answers one
 * outcome per mutation. A mutation id already recorded answers with its stored outcome, so a
 * batch sent twice changes nothing the second time. A rejection never stops the rest; a
 * transient database failure stops the request (503) and the station sends it again.
 */
export async function applyMutationBatch(
  db: Kysely<CentralDatabase>,
  station: StationCaller,
  batch: MutationBatch,
): Promise<MutationOutcome[]> {
  const results: MutationOutcome[] = [];
  for (const [index, mutation] of batch.mutations.entries()) {
    try {
      results.push(await applyMutation(db, station, mutation));
    } catch (error) {
      if (!isTransientDatabaseError(error)) throw error;
      throw new PipelineError(
        'UNAVAILABLE',
        `The head office could not reach its database while applying change ${index + 1} of ${batch.mutations.length}; the changes before it are recorded. Send the batch again.`,
      );
    }
  }
  return results;
}

async function applyMutation(
  db: Kysely<CentralDatabase>,
  station: StationCaller,
  mutation: MutationEnvelope,
): Promise<MutationOutcome> {
  const stored = await storedOutcome(db, mutation.id, station);
  if (stored) return stored;
  try {
    return await db.transaction().execute(async (trx) => {
      await runMutation(trx, station, mutation);
      const row = await trx
        .insertInto('station_mutations')
        .values({ ...mutationColumns(station, mutation), status: 'accepted' })
        .returning([sql<string>`txid::text`.as('txid'), 'applied_at'])
        .executeTakeFirstOrThrow();
      return {
        id: mutation.id,
        status: 'accepted' as const,
        txid: row.txid,
        appliedAt: row.applied_at.toISOString(),
      };
    });
  } catch (error) {
    if (error instanceof MutationRejection) {
      return recordRejection(db, station, mutation, error);
    }
    // The same id applied concurrently (a retry racing the original): the first one stands.
    if (isDuplicateMutation(error)) {
      const winner = await storedOutcome(db, mutation.id, station);
      if (winner) return winner;
    }
    throw error;
  }
}

async function runMutation(
  trx: Transaction<CentralDatabase>,
  station: StationCaller,
  mutation: MutationEnvelope,
): Promise<void> {
  if (!isMutationKind(mutation.kind)) {
    throw new MutationRejection(
      'UNKNOWN_KIND',
      `The head office does not know the change "${mutation.kind}"; update this station to the head office's version.`,
    );
  }
  await runKnownMutation(trx, station, mutation, mutation.kind);
}

async function runKnownMutation<K extends MutationKind>(
  trx: Transaction<CentralDatabase>,
  station: StationCaller,
  mutation: MutationEnvelope,
  kind: K,
): Promise<void> {
  const spec = MUTATIONS[kind];
  const applier = MUTATION_APPLIERS[kind];
  // Typed by K (not by the union of kinds), so the applier of the same kind accepts the output.
  const parsed = PAYLOAD_PARSERS[kind](mutation.payload);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
      .join('; ');
    throw new MutationRejection('INVALID', message);
  }
  const person = await requireAuthor(trx, mutation.personId, spec, applier.activity);
  const context: MutationContext = {
    mutationId: mutation.id,
    createdAt: mutation.createdAt,
    station,
    person,
  };
  await applier.apply(trx, context, parsed.data);
}

function isDuplicateMutation(error: unknown): boolean {
  const pgError = error as { code?: unknown; constraint?: unknown };
  return pgError.code === UNIQUE_VIOLATION && pgError.constraint === 'station_mutations_pkey';
}
