import type { z } from 'zod';
import type { OrderFacts, RuleContext, RuleFinding } from './order-facts';

/**
 * One kind of validation rule: the schema its stored params must pass, and the pure check that
 * uses them. A rule row names a kind and carries params; the kind is the code.
 */
export interface RuleKindDefinition<Params> {
  /** What the kind checks, for the screen where the head office edits rule rows. */
  summary: string;
  paramsSchema: z.ZodType<Params>;
  check: (order: OrderFacts, params: Params, context: RuleContext) => RuleFinding[];
}
