import { z } from 'zod';
import {
  countryName,
  isKnownCountry,
  meantCountry,
  normalizeCountryCode,
  type CountryCode,
} from '../countries';
import type { RuleFinding } from './order-facts';
import { POSTCODE_RULES, normalizePostcode } from './postcode-formats';
import type { RuleKindDefinition } from './rule-kind';

const CHECKABLE_COUNTRIES = (Object.keys(POSTCODE_RULES) as CountryCode[]).sort();

export const AddressParamsSchema = z.strictObject({
  /** Countries whose postcode format is checked; every country with a known format if absent. */
  postcodeCountries: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .refine((code) => Object.hasOwn(POSTCODE_RULES, code), {
          error: (issue) =>
            `No postcode format is known for '${String(issue.input)}'; use one of ${CHECKABLE_COUNTRIES.join(', ')} or add it to postcode-formats.ts`,
        }),
    )
    .optional(),
});
export type AddressParams = z.infer<typeof AddressParamsSchema>;

function countryFindings(field: string, which: string, country: string): RuleFinding[] {
  const code = normalizeCountryCode(country);
  if (isKnownCountry(code)) return [];
  if (code === '') return [{ field, message: `${which} country is missing` }];
  const meant = meantCountry(code);
  const fix =
    meant === undefined
      ? 'use a two-letter ISO code such as US, GB or DE'
      : `for ${countryName(meant)} use ${meant}`;
  return [
    {
      field,
      message: `${which} country '${country.trim()}' is not a country code we ship to; check the address and ${fix}`,
    },
  ];
}

function postcodeFindings(
  postcode: string,
  country: CountryCode,
  checked: ReadonlySet<string>,
): RuleFinding[] {
  const rule = checked.has(country) ? POSTCODE_RULES[country] : undefined;
  if (rule === undefined || rule.use === 'none') return [];
  const normalized = normalizePostcode(postcode);
  if (normalized === '') {
    if (rule.use === 'optional') return [];
    return [
      {
        field: 'shipTo.postcode',
        message: `Postcode is missing; shipping to ${countryName(country)} needs ${rule.looksLike}`,
      },
    ];
  }
  if (rule.pattern.test(normalized)) return [];
  return [
    {
      field: 'shipTo.postcode',
      message: `Postcode '${postcode.trim()}' does not look like ${rule.looksLike}`,
    },
  ];
}

/**
 * The billing country is checked too because the fraud rule compares it with the shipping
 * country, and a mistyped one would otherwise pass as a mismatch with no explanation.
 */
export const addressRule: RuleKindDefinition<AddressParams> = {
  summary: 'Shipping country is one we know and the postcode fits that country',
  paramsSchema: AddressParamsSchema,
  check: (order, params) => {
    const checked = new Set(params.postcodeCountries ?? CHECKABLE_COUNTRIES);
    const shipping = normalizeCountryCode(order.shipTo.country);
    const billing = order.billTo?.country ?? '';
    return [
      ...countryFindings('shipTo.country', 'Shipping', order.shipTo.country),
      ...(isKnownCountry(shipping)
        ? postcodeFindings(order.shipTo.postcode, shipping, checked)
        : []),
      // Absent or empty billing means "same as shipping", which is not a problem.
      ...(billing.trim() === '' ? [] : countryFindings('billTo.country', 'Billing', billing)),
    ];
  },
};
