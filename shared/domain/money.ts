import { z } from 'zod';

/** ISO 4217 alphabetic code. */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code');

/** An amount in minor units (cents, pence): whole numbers only, never floats. */
export const MinorUnitsSchema = z
  .number()
  .int('Amounts are whole minor units (cents), not decimals')
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER);

export interface Money {
  amountMinor: number;
  currency: string;
}
