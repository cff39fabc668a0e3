import type { Transaction } from 'kysely';
import { PERSON_ROLES, PersonRoleSchema } from '../../shared/domain/person-role';
import type { PersonRole } from '../../shared/domain/person-role';
import { roleMayRun } from '../../shared/mutations';
import type { MutationSpec } from '../../shared/mutations';
import { joinWithOr, withArticle } from '../../shared/domain/readable-list';
import type { CentralDatabase } from '../db/schema';
import type { MutationContext } from './mutation-applier';
import { MutationRejection } from './mutation-rejection';

/**
 * The person who made the mutation, checked again here: a station may have been offline when
 * they were deactivated or their role changed, and the head office is the one that decides.
 */
export async function requireAuthor(
  trx: Transaction<CentralDatabase>,
  personId: string,
  spec: Pick<MutationSpec, 'roles'>,
  activity: string,
): Promise<MutationContext['person']> {
  const row = await trx
    .selectFrom('people')
    .select(['id', 'name', 'role', 'active'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!row) {
    throw new MutationRejection(
      'PERMISSION_DENIED',
      'The head office does not know the person who made this change; sign in again and redo it.',
    );
  }
  if (!row.active) {
    throw new MutationRejection(
      'PERMISSION_DENIED',
      `${row.name} was deactivated at the head office, so their changes are no longer accepted; ask a manager.`,
    );
  }
  const role = PersonRoleSchema.parse(row.role);
  if (!roleMayRun(spec, role)) {
    throw new MutationRejection(
      'PERMISSION_DENIED',
      `${row.name} is ${withArticle(role)}; ${activity} need ${withArticle(listRoles(spec.roles))}.`,
    );
  }
  return { id: row.id, name: row.name, role };
}

/** Floor roles first, as a clerk would say it: "picker, manager or admin". */
function listRoles(roles: readonly PersonRole[]): string {
  const ordered = [...roles].sort((a, b) => PERSON_ROLES.indexOf(b) - PERSON_ROLES.indexOf(a));
  return joinWithOr(ordered);
}
