import type { Kysely, Transaction } from 'kysely';
import { PersonRoleSchema } from '../../../../shared/domain/person-role';
import type { Session, SignInPerson } from '../../../../shared/contract';
import type { StationDatabase } from '../../db/schema';

type Db = Kysely<StationDatabase> | Transaction<StationDatabase>;

export interface SyncedPerson {
  id: string;
  name: string;
  role: string;
  pinHash: string | null;
  active: boolean;
}

export async function readSession(db: Db): Promise<Session | null> {
  const row = await db.selectFrom('station_session').selectAll().executeTakeFirst();
  if (!row) return null;
  const role = PersonRoleSchema.safeParse(row.role);
  if (!role.success) return null;
  return {
    personId: row.person_id,
    name: row.name,
    role: role.data,
    signedInAt: row.signed_in_at,
    method: row.method,
  };
}

export async function writeSession(trx: Db, session: Session): Promise<void> {
  const values = {
    only_row: 1,
    person_id: session.personId,
    name: session.name,
    role: session.role,
    method: session.method,
    signed_in_at: session.signedInAt,
  };
  await trx
    .insertInto('station_session')
    .values(values)
    .onConflict((oc) => oc.column('only_row').doUpdateSet(values))
    .execute();
}

export async function deleteSession(trx: Db): Promise<void> {
  await trx.deleteFrom('station_session').execute();
}

const personColumns = ['id', 'name', 'role', 'pin_hash', 'active'] as const;

function toPerson(row: {
  id: string;
  name: string;
  role: string;
  pin_hash: string | null;
  active: number;
}): SyncedPerson {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    pinHash: row.pin_hash,
    active: row.active === 1,
  };
}

/** Everyone with this badge; usually one, and the active one wins. */
export async function findByBadgeHash(db: Db, hash: string): Promise<SyncedPerson[]> {
  const rows = await db
    .selectFrom('synced_people')
    .select(personColumns)
    .where('badge_hash', '=', hash)
    .orderBy('active', 'desc')
    .execute();
  return rows.map(toPerson);
}

export async function findPerson(db: Db, id: string): Promise<SyncedPerson | null> {
  const row = await db
    .selectFrom('synced_people')
    .select(personColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toPerson(row) : null;
}

export async function listPinPeople(db: Db): Promise<SignInPerson[]> {
  const rows = await db
    .selectFrom('synced_people')
    .select(['id', 'name', 'role'])
    .where('active', '=', 1)
    .where('pin_hash', 'is not', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.flatMap((row) => {
    const role = PersonRoleSchema.safeParse(row.role);
    return role.success ? [{ id: row.id, name: row.name, role: role.data }] : [];
  });
}
