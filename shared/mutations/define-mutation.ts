import type { z } from 'zod';
import type { PersonRole } from '../domain/person-role';

/**
 * One kind of change a person makes at a station. The same definition validates the payload at
 * the station (before the optimistic effect) and again at the head office (before it is applied),
 * and both sides check `roles` against the person who made it.
 */
export interface MutationSpec<K extends string = string, P extends z.ZodType = z.ZodType> {
  readonly kind: K;
  readonly summary: string;
  readonly payload: P;
  readonly roles: readonly PersonRole[];
  /** One line for the Sync screen and the activity log, e.g. "−2 SKU-1 in A-01-01 (damaged)". */
  describe(payload: z.infer<P>): string;
}

export function defineMutation<const K extends string, P extends z.ZodType>(
  spec: MutationSpec<K, P>,
): MutationSpec<K, P> {
  return spec;
}

export function roleMayRun(spec: Pick<MutationSpec, 'roles'>, role: PersonRole): boolean {
  return spec.roles.includes(role);
}
