import { z } from 'zod';
import { CurrencySchema, MinorUnitsSchema } from '../domain/money';

/** Money as every head-office answer carries it: whole minor units and their ISO 4217 currency. */
export const MoneyAmountSchema = z.object({
  amountMinor: MinorUnitsSchema,
  currency: CurrencySchema,
});
export type MoneyAmount = z.infer<typeof MoneyAmountSchema>;

/** Times in answers: ISO-8601 in UTC (`...Z`). */
export const UtcTimeSchema = z.iso.datetime();
