import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { PersonRole } from '../../shared/domain/person-role';
import type { MutationKind, MUTATIONS } from '../../shared/mutations';
import type { CentralDatabase } from '../db/schema';
import type { StationCaller } from '../http/station-auth';

/** Who made a mutation and where: checked before the applier runs. */
export interface MutationContext {
  mutationId: string;
  /** When the person made it, by the station's clock (it may have waited offline). */
  createdAt: string;
  station: StationCaller;
  person: { id: string; name: string; role: PersonRole };
}

export type MutationPayload<K extends MutationKind> = z.output<(typeof MUTATIONS)[K]['payload']>;

/** The head-office effect of one kind of mutation, in the transaction that records it. */
export interface MutationApplier<K extends MutationKind> {
  /** How a refusal by role names this work: "stock counts need a picker, manager or admin". */
  readonly activity: string;
  /** Writes the effect, or throws a MutationRejection; never commits or records the outcome. */
  apply(
    trx: Transaction<CentralDatabase>,
    context: MutationContext,
    payload: MutationPayload<K>,
  ): Promise<void>;
}
