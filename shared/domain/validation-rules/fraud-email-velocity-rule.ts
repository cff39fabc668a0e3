import { z } from 'zod';
import type { RuleKindDefinition } from './rule-kind';

export const FraudEmailVelocityParamsSchema = z.strictObject({
  maxOrdersPerHour: z
    .number()
    .int('Give a whole number of orders')
    .min(1, 'Allow at least 1 order per hour'),
});
export type FraudEmailVelocityParams = z.infer<typeof FraudEmailVelocityParamsSchema>;

/**
 * A burst of orders from one address is card testing or a bot more often than a keen customer.
 * Orders without an email (phone, POS) are not counted against each other.
 */
export const fraudEmailVelocityRule: RuleKindDefinition<FraudEmailVelocityParams> = {
  summary: 'Hold orders when one email places too many within an hour',
  paramsSchema: FraudEmailVelocityParamsSchema,
  check: (order, { maxOrdersPerHour }, context) => {
    const email = order.customer.email.trim();
    const count = context.ordersFromEmailLastHour;
    if (email === '' || count <= maxOrdersPerHour) return [];
    return [
      {
        field: 'customer.email',
        message: `${count} orders from ${email} in the last hour, more than the ${maxOrdersPerHour} allowed; check they are genuine before releasing the hold`,
      },
    ];
  },
};
