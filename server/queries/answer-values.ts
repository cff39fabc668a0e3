import type { MoneyAmount } from '../../shared/api/money-amount';

/**
 * Money columns are bigint, which pg hands over as text. Amounts beyond 2^53 cannot be carried
 * exactly in JSON numbers; no real order comes near, so such a row is a fault, not rounding.
 */
export function moneyOf(minor: string | number, currency: string): MoneyAmount {
  const amountMinor = Number(minor);
  if (!Number.isSafeInteger(amountMinor)) {
    throw new Error(`Amount ${String(minor)} ${currency} does not fit a safe integer`);
  }
  return { amountMinor, currency };
}

/** Times leave as ISO-8601 UTC. */
export function isoOf(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
