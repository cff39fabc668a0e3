import { z } from 'zod';
import { countryName, normalizeCountryCode } from '../countries';
import { CurrencySchema, MinorUnitsSchema } from '../money';
import { formatMinor } from '../money-format';
import type { RuleKindDefinition } from './rule-kind';

export const FraudValueCountryMismatchParamsSchema = z.strictObject({
  /** Review threshold per currency; orders in a currency not listed are not checked. */
  thresholdMinor: z
    .record(CurrencySchema, MinorUnitsSchema)
    .refine(
      (thresholds) => Object.keys(thresholds).length > 0,
      'Give a threshold for at least one currency',
    ),
});
export type FraudValueCountryMismatchParams = z.infer<typeof FraudValueCountryMismatchParamsSchema>;

/**
 * Expensive goods sent somewhere other than where the card is registered is the classic
 * stolen-card pattern. Orders without a billing country are not flagged: most channels omit
 * billing when it equals shipping.
 */
export const fraudValueCountryMismatchRule: RuleKindDefinition<FraudValueCountryMismatchParams> = {
  summary: 'Hold high-value orders whose billing and shipping countries differ',
  paramsSchema: FraudValueCountryMismatchParamsSchema,
  check: (order, { thresholdMinor }) => {
    const threshold = Object.hasOwn(thresholdMinor, order.currency)
      ? thresholdMinor[order.currency]
      : undefined;
    const billing = normalizeCountryCode(order.billTo?.country ?? '');
    const shipping = normalizeCountryCode(order.shipTo.country);
    if (threshold === undefined || order.totalMinor < threshold) return [];
    if (billing === '' || billing === shipping) return [];
    return [
      {
        field: 'billTo.country',
        message: `Order total ${formatMinor(order.totalMinor, order.currency)} is at or above the ${formatMinor(threshold, order.currency)} review limit and the billing country (${countryName(billing)}) differs from the shipping country (${countryName(shipping)}); confirm the order is genuine before releasing it`,
      },
    ];
  },
};
