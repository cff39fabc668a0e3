import type { Kysely } from 'kysely';
import type { CreatePerson, PersonAnswer } from '../../shared/api/people';
import type { PersonRole } from '../../shared/domain/person-role';
import type { CentralDatabase } from '../db/schema';
import { newId } from '../pipeline/ids';
import { PipelineError } from '../pipeline/pipeline-error';
import { hashBadge, hashPin } from './credential-hash';

const UNIQUE_VIOLATION = '23505';

interface PersonRow {
  id: string;
  name: string;
  role: string;
  badge_hash: string | null;
  pin_hash: string | null;
  active: boolean;
}

function answer(row: PersonRow): PersonAnswer {
  return {
    id: row.id,
    name: row.name,
    role: row.role as PersonRole,
    hasBadge: row.badge_hash !== null,
    hasPin: row.pin_hash !== null,
    active: row.active,
  };
}

const COLUMNS = ['id', 'name', 'role', 'badge_hash', 'pin_hash', 'active'] as const;

/** Someone who signs in at stations; only hashes of the badge and PIN are kept. */
export async function createPerson(
  db: Kysely<CentralDatabase>,
  person: CreatePerson,
): Promise<PersonAnswer> {
  const badgeHash = person.badge === undefined ? null : hashBadge(person.badge);
  const pinHash = person.pin === undefined ? null : await hashPin(person.pin);
  if (badgeHash !== null) await refuseTakenBadge(db, badgeHash);
  try {
    const row = await db
      .insertInto('people')
      .values({
        id: newId(),
        name: person.name,
        role: person.role,
        badge_hash: badgeHash,
        pin_hash: pinHash,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return answer(row);
  } catch (error) {
    // Two managers giving out the same badge at the same moment: the index decides.
    if (badgeHash !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      await refuseTakenBadge(db, badgeHash);
    }
    throw error;
  }
}

async function refuseTakenBadge(db: Kysely<CentralDatabase>, badgeHash: string): Promise<void> {
  const holder = await db
    .selectFrom('people')
    .select(['name', 'active'])
    .where('badge_hash', '=', badgeHash)
    .executeTakeFirst();
  if (!holder) return;
  throw new PipelineError(
    'CONFLICT',
    `That badge already belongs to ${holder.name}${holder.active ? '' : ' (deactivated)'}; give this person a different badge.`,
    [{ path: 'badge', message: `Already ${holder.name}'s badge` }],
  );
}

export async function listPeople(db: Kysely<CentralDatabase>): Promise<PersonAnswer[]> {
  const rows = await db
    .selectFrom('people')
    .select(COLUMNS)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(answer);
}

/** They can no longer sign in or have their mutations accepted; nothing they did is removed. */
export async function deactivatePerson(
  db: Kysely<CentralDatabase>,
  personId: string,
): Promise<PersonAnswer> {
  const row = await db
    .updateTable('people')
    .set({ active: false })
    .where('id', '=', personId)
    .returning(COLUMNS)
    .executeTakeFirst();
  if (!row) throw new PipelineError('NOT_FOUND', `There is no person ${personId}`);
  return answer(row);
}
