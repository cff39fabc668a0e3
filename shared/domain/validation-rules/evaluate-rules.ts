import type { OrderFacts, RuleContext, RuleFinding, RuleViolation } from './order-facts';
import { RULE_KINDS, type RuleKind, type ValidationRule } from './rule-kinds';

function check<K extends RuleKind>(
  rule: ValidationRule<K>,
  order: OrderFacts,
  context: RuleContext,
): RuleFinding[] {
  return RULE_KINDS[rule.kind].check(order, rule.params, context);
}

/**
 * Runs every enabled rule and returns every violation, in rule order — all of them rather than
 * the first, so the person releasing a hold sees the whole list at once. Empty means the order
 * passes.
 */
export function evaluateRules(
  rules: readonly ValidationRule[],
  order: OrderFacts,
  context: RuleContext,
): RuleViolation[] {
  return rules
    .filter((rule) => rule.enabled)
    .flatMap((rule) =>
      check(rule, order, context).map((finding) => ({ rule: rule.code, ...finding })),
    );
}
