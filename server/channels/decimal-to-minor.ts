import { quoteInput } from './channel-error';
import { currencyExponent } from './currency-exponent';

export type MinorUnitsResult = { ok: true; minor: number } | { ok: false; message: string };

/** Plain, unsigned decimal text: "199", "199.9", "199.99". No signs, exponents or separators. */
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Reads a decimal amount such as "199.99" as integer minor units (19999) by string arithmetic,
 * never through a float, so "0.29" is 29 and not 28.999999999999996.
 *
 * More decimals than the currency has are accepted only when they are zeros ("1000.00" JPY is
 * 1000; shops configured with two price decimals send that) — anything else would need rounding,
 * and a total we rounded would no longer be the total the customer paid.
 */
export function parseMinorUnits(amount: string, currency: string): MinorUnitsResult {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) {
    return { ok: false, message: `Unknown currency ${quoteInput(currency)}: use an ISO 4217 code` };
  }
  const match = DECIMAL.exec(amount);
  if (!match) {
    return {
      ok: false,
      message: `${quoteInput(amount)} is not an amount: write digits with an optional decimal point, like "19.99"`,
    };
  }
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const kept = fraction.slice(0, exponent);
  if (/[^0]/.test(fraction.slice(exponent))) {
    return {
      ok: false,
      message: `${quoteInput(amount)} has more decimals than ${currency} allows (${exponent})`,
    };
  }
  const minor = BigInt(whole + kept.padEnd(exponent, '0'));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, message: `${quoteInput(amount)} is too large` };
  }
  return { ok: true, minor: Number(minor) };
}

/** As parseMinorUnits, throwing a RangeError with the reason. */
export function decimalToMinor(amount: string, currency: string): number {
  const result = parseMinorUnits(amount, currency);
  if (!result.ok) throw new RangeError(result.message);
  return result.minor;
}

/** Exact quotient, or undefined when `total` does not split into `parts` equal whole units. */
export function divideExactly(total: number, parts: number): number | undefined {
  return parts > 0 && total % parts === 0 ? total / parts : undefined;
}
