import { z } from 'zod';
import type { RuleKindDefinition } from './rule-kind';

export const StockAvailabilityParamsSchema = z.strictObject({
  /** Only 'hold' today: an unknown SKU cannot be picked, so a person must map or fix it. */
  unknownSku: z.literal('hold'),
});
export type StockAvailabilityParams = z.infer<typeof StockAvailabilityParamsSchema>;

/**
 * Only SKUs missing from the catalogue are flagged. Too little stock is not a violation: the
 * allocator backorders it, and holding the order would stop the part that can ship.
 */
export const stockAvailabilityRule: RuleKindDefinition<StockAvailabilityParams> = {
  summary: 'Every line is a SKU in the catalogue',
  paramsSchema: StockAvailabilityParamsSchema,
  check: (order, _params, context) =>
    order.lines.flatMap((line, index) =>
      context.knownSkus.has(line.sku)
        ? []
        : [
            {
              field: `lines.${index}.sku`,
              message: `SKU '${line.sku}' (line ${index + 1}) is not in the catalogue; correct the SKU or add the product`,
            },
          ],
    ),
};
