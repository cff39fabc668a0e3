import { z } from 'zod';
import { DomainError } from '../domain-error';
import {
  RULE_KINDS,
  RULE_KIND_NAMES,
  isRuleKind,
  type RuleKind,
  type ValidationRule,
} from './rule-kinds';

/** A rule as the head office stores it; params are JSON (parsed, or the text of it). */
export interface ValidationRuleRow {
  code: string;
  kind: string;
  params: unknown;
  enabled: boolean;
}

export interface RuleProblem {
  /** The row's code, or its position (`#3`) when it has no usable code. */
  rule: string;
  /** Where in the row, e.g. `params.thresholdMinor.USD`. */
  path: string;
  message: string;
}

/** One or more rule rows could not be used; none of them were loaded. */
export class InvalidRuleError extends DomainError {
  override readonly name = 'InvalidRuleError';
  declare readonly code: 'INVALID_RULE';
  readonly problems: readonly RuleProblem[];

  constructor(problems: readonly RuleProblem[]) {
    const listed = problems.map((p) => `rule '${p.rule}' ${p.path}: ${p.message}`).join('; ');
    super('INVALID_RULE', `Validation rules refused, none loaded. ${listed}`);
    this.problems = problems;
  }
}

const RuleCodeSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,63}$/,
    'use lower-case letters, digits and underscores, e.g. web_payment',
  );

export type RuleParseResult<T> = { ok: true; value: T } | { ok: false; problems: RuleProblem[] };

function jsonParams(raw: unknown, label: string): RuleParseResult<unknown> {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, problems: [{ rule: label, path: 'params', message: 'is not valid JSON' }] };
  }
}

function withKind<K extends RuleKind>(
  kind: K,
  row: ValidationRuleRow,
  label: string,
): RuleParseResult<ValidationRule<K>> {
  const json = jsonParams(row.params, label);
  if (!json.ok) return json;
  const params = RULE_KINDS[kind].paramsSchema.safeParse(json.value);
  if (!params.success) {
    const problems = params.error.issues.map((issue) => ({
      rule: label,
      path: ['params', ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    return { ok: false, problems };
  }
  const rule: ValidationRule<K> = {
    code: row.code,
    kind,
    params: params.data,
    enabled: row.enabled,
  };
  return { ok: true, value: rule };
}

/** Checks one row against its kind's params schema. */
export function parseValidationRule(
  row: ValidationRuleRow,
  label = row.code,
): RuleParseResult<ValidationRule> {
  const problems: RuleProblem[] = [];
  const code = RuleCodeSchema.safeParse(row.code);
  if (!code.success) {
    problems.push(
      ...code.error.issues.map((i) => ({ rule: label, path: 'code', message: i.message })),
    );
  }
  if (typeof row.enabled !== 'boolean') {
    problems.push({ rule: label, path: 'enabled', message: 'must be true or false' });
  }
  if (!isRuleKind(row.kind)) {
    const message = `'${String(row.kind)}' is not a rule kind; use one of ${RULE_KIND_NAMES.join(', ')}`;
    return { ok: false, problems: [...problems, { rule: label, path: 'kind', message }] };
  }
  const parsed = withKind(row.kind, row, label);
  if (!parsed.ok) return { ok: false, problems: [...problems, ...parsed.problems] };
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

/**
 * Checks every row and returns the rules ready to evaluate. All or nothing: one bad row refuses
 * the lot with every problem listed, because running with a rule silently missing would let
 * through orders the head office meant to hold.
 */
export function loadValidationRules(rows: readonly ValidationRuleRow[]): ValidationRule[] {
  const rules: ValidationRule[] = [];
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const label = typeof row.code === 'string' && row.code !== '' ? row.code : `#${index + 1}`;
    if (seen.has(row.code)) {
      problems.push({ rule: label, path: 'code', message: 'is used by more than one rule' });
    }
    seen.add(row.code);
    const parsed = parseValidationRule(row, label);
    if (parsed.ok) rules.push(parsed.value);
    else problems.push(...parsed.problems);
  });
  if (problems.length > 0) throw new InvalidRuleError(problems);
  return rules;
}
