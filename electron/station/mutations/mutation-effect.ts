import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { SyncedShape } from '../../../shared/contract';
import type { MUTATIONS, MutationKind } from '../../../shared/mutations';
import type { StationDatabase } from '../db/schema';

/** A mutation's payload after its shared schema parsed it (defaults filled in). */
export type MutationPayload<K extends MutationKind> = z.output<(typeof MUTATIONS)[K]['payload']>;

export interface EffectContext {
  /** The warehouse this station is enrolled to; a change anywhere else is refused. */
  warehouseId: string;
  /** This station and the signed-in person, as the head office will record them. */
  stationId: string;
  personId: string;
  /** When the change was made (station clock, UTC). */
  at: string;
}

/** A mutation checked against the replica, ready to be written with its outbox row. */
export interface PreparedEffect {
  /** The thing changed, in the clerk's words, e.g. "SKU-1 in A-01-01". */
  subject: string;
  /**
   * Runs inside the mutation's transaction after its outbox row is written: re-checks what
   * depends on this station's other pending changes (they may have moved since `prepare`) and
   * writes the optimistic overlay.
   */
  apply(trx: Transaction<StationDatabase>, mutationId: string): Promise<void>;
}

/** How one kind of mutation shows at the station before the head office confirms it. */
export interface MutationEffect<K extends MutationKind> {
  /** The shared schema's check, typed for this kind (the registry's type is lost behind a key). */
  parse(raw: unknown): z.ZodSafeParseResult<MutationPayload<K>>;
  /** The shared one-line description (`MutationSpec.describe`). */
  describe(payload: MutationPayload<K>): string;
  /**
   * The synced shapes that carry the head office's change: the overlay stays until every one of
   * them has delivered the mutation's transaction, so the floor never sees the change vanish and
   * come back.
   */
  confirmedBy: readonly SyncedShape[];
  prepare(
    db: Kysely<StationDatabase>,
    payload: MutationPayload<K>,
    context: EffectContext,
  ): Promise<PreparedEffect>;
}
