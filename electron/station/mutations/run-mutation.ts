import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { issuesFromZod, WharfError } from '../../../shared/contract';
import type { Session } from '../../../shared/contract';
import { PERSON_ROLE_LABELS } from '../../../shared/domain/person-role';
import { MUTATIONS, roleMayRun } from '../../../shared/mutations';
import type { MutationKind, MutationSpec } from '../../../shared/mutations';
import type { Clock, IdSource } from '../clock';
import type { StationDatabase } from '../db/schema';
import type { LocalWrite } from '../local-writes/local-write';
import type { MutationEffect, MutationPayload } from './mutation-effect';
import { MUTATION_EFFECTS } from './mutation-effects';

export interface MutationRunner {
  /**
   * Checks and records one change made by the signed-in person: its optimistic effect and its
   * outbox row commit together (with the activity entry) or not at all.
   */
  run<K extends MutationKind>(
    kind: K,
    payload: unknown,
    /**
     * The person a deferred change belongs to when the station finishes it later on their behalf
     * (a label that waited for the network); the signed-in person otherwise.
     */
    onBehalfOf?: Session,
  ): Promise<{ mutationId: string }>;
}

export interface MutationRunnerDeps {
  db: Kysely<StationDatabase>;
  localWrite: LocalWrite;
  clock: Clock;
  newId: IdSource;
  getSession: () => Session | null;
  /** The enrolled warehouse, or null before enrolment. */
  getWarehouseId: () => string | null;
  stationId: string;
  /** After the commit: tell listeners and wake the uploader. */
  onRecorded: (mutationId: string) => void;
}

export function createMutationRunner(deps: MutationRunnerDeps): MutationRunner {
  const { db, localWrite, clock, newId } = deps;
  return {
    async run(kind, rawPayload, onBehalfOf) {
      const session = onBehalfOf ?? deps.getSession();
      if (!session) {
        throw new WharfError('SIGN_IN_REQUIRED', 'Sign in with your badge or PIN first.');
      }
      const spec: MutationSpec = MUTATIONS[kind];
      if (!roleMayRun(spec, session.role)) {
        throw new WharfError('PERMISSION_DENIED', permissionMessage(session, spec));
      }
      const warehouseId = deps.getWarehouseId();
      if (!warehouseId) {
        throw new WharfError(
          'UNAVAILABLE',
          'This station is not enrolled with a head office yet; enrol it before changing stock.',
        );
      }
      const effect: MutationEffect<typeof kind> = MUTATION_EFFECTS[kind];
      const payload = parsePayload(effect, rawPayload);
      const createdAt = clock.now();
      const prepared = await effect.prepare(db, payload, {
        warehouseId,
        stationId: deps.stationId,
        personId: session.personId,
        at: createdAt,
      });
      const description = `${prepared.subject}: ${effect.describe(payload)}`;
      const mutationId = newId();
      await localWrite(
        {
          kind,
          actor: session.personId,
          summary: `${session.name}: ${description}`,
          detail: { mutationId, payload },
        },
        async (trx) => {
          await sql`
            INSERT INTO outbox (id, kind, payload, description, person_id, person_name, created_at)
            VALUES (${mutationId}, ${kind}, ${JSON.stringify(payload)}, ${description},
                    ${session.personId}, ${session.name}, ${createdAt})`.execute(trx);
          await prepared.apply(trx, mutationId);
        },
      );
      deps.onRecorded(mutationId);
      return { mutationId };
    },
  };
}

function parsePayload<K extends MutationKind>(
  effect: MutationEffect<K>,
  raw: unknown,
): MutationPayload<K> {
  const parsed = effect.parse(raw);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    throw new WharfError(
      'BAD_REQUEST',
      `The change cannot be recorded: ${issues[0]?.message ?? 'it is not valid'}.`,
      { issues },
    );
  }
  return parsed.data;
}

function permissionMessage(session: Session, spec: Pick<MutationSpec, 'roles' | 'summary'>) {
  const allowed = spec.roles.map((role) => PERSON_ROLE_LABELS[role]);
  const who =
    allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1)}` : allowed[0];
  return (
    `${session.name} is signed in as ${PERSON_ROLE_LABELS[session.role]}, who may not do this ` +
    `(${spec.summary.replace(/\.$/, '')}). Only ${who ?? 'nobody'} may; ask one of them.`
  );
}
