import type { Kysely, Transaction } from 'kysely';
import {
  DEFAULT_VALIDATION_RULES,
  loadValidationRules,
} from '../../shared/domain/validation-rules';
import type { ValidationRule } from '../../shared/domain/validation-rules';
import type { CentralDatabase } from '../db/schema';

type Db = Kysely<CentralDatabase> | Transaction<CentralDatabase>;

/**
 * Puts the default rules in place where their code is missing. Rules are turned off with
 * `enabled = false`, never deleted, so a restart does not resurrect a rule someone disabled.
 */
export async function ensureDefaultRules(db: Db): Promise<void> {
  await db
    .insertInto('validation_rules')
    .values(
      DEFAULT_VALIDATION_RULES.map((rule) => ({
        code: rule.code,
        kind: rule.kind,
        params: typeof rule.params === 'string' ? rule.params : JSON.stringify(rule.params),
        enabled: rule.enabled,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

const CACHE_MS = 5_000;
const cache = new WeakMap<object, { at: number; rules: ValidationRule[] }>();

/**
 * The rules as stored, parsed all-or-nothing (a bad row stops capture with a clear error rather
 * than letting orders through unchecked). Cached briefly per database so ingest does not read
 * the table for every order; an edit takes effect within seconds.
 */
export async function currentRules(
  db: Kysely<CentralDatabase>,
  now = Date.now(),
): Promise<ValidationRule[]> {
  const hit = cache.get(db);
  if (hit && now - hit.at < CACHE_MS) return hit.rules;
  const rows = await db
    .selectFrom('validation_rules')
    .select(['code', 'kind', 'params', 'enabled'])
    .execute();
  const rules = loadValidationRules(rows);
  cache.set(db, { at: now, rules });
  return rules;
}
