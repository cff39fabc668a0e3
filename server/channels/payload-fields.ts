import { z } from 'zod';
import { toUtcTimestamp } from './utc-timestamp';

/**
 * Field types shared by the channel schemas. Platforms send `null` for absent text, and money
 * as decimal strings; the string is kept as text so it can be converted exactly once the
 * order's currency is known.
 */
export const nullableText = z.string().nullish();

export const decimalText = z
  .string({ error: 'Expected the amount as a decimal string, like "19.99"' })
  .regex(/^\d+(\.\d+)?$/, 'Expected a non-negative decimal amount, like "19.99"');

export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Expected a three-letter ISO 4217 currency code, like "USD"');

export const lineQuantity = z
  .number({ error: 'Expected the quantity as a whole number' })
  .int('Expected the quantity as a whole number')
  .min(1, 'Quantity must be at least 1');

/** Trimmed text, or undefined when blank, so optional capture fields stay absent. */
export function presentText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Non-blank parts joined by a space: a person's name from first and last name fields. */
export function joinName(...parts: (string | null | undefined)[]): string | undefined {
  return presentText(
    parts
      .map((part) => part?.trim() ?? '')
      .filter(Boolean)
      .join(' '),
  );
}

const timestamp = (assumeUtc: boolean) =>
  z.string().transform((text, ctx) => {
    const result = toUtcTimestamp(text, { assumeUtc });
    if (result.ok) return result.iso;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });

/** An ISO-8601 date-time with `Z` or an offset, read as UTC ISO text. */
export const timestampText = timestamp(false);

/** A date-time the platform writes in UTC without saying so (WooCommerce's `*_gmt` fields). */
export const gmtTimestampText = timestamp(true);
