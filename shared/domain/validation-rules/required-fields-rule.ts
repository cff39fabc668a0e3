import { z } from 'zod';
import type { OrderFacts } from './order-facts';
import type { RuleKindDefinition } from './rule-kind';

type Reader = (order: OrderFacts) => string | undefined;

/** Every field a rule may require, how to read it, and what to call it in a message. */
const FIELDS = {
  'customer.email': { label: 'Customer email', read: (o) => o.customer.email },
  'customer.name': { label: 'Customer name', read: (o) => o.customer.name },
  'customer.phone': { label: 'Customer phone', read: (o) => o.customer.phone },
  'shipTo.name': { label: 'Shipping recipient name', read: (o) => o.shipTo.name },
  'shipTo.company': { label: 'Shipping company name', read: (o) => o.shipTo.company },
  'shipTo.line1': { label: 'Shipping address line 1', read: (o) => o.shipTo.line1 },
  'shipTo.line2': { label: 'Shipping address line 2', read: (o) => o.shipTo.line2 },
  'shipTo.city': { label: 'Shipping city', read: (o) => o.shipTo.city },
  'shipTo.region': { label: 'Shipping state/region', read: (o) => o.shipTo.region },
  'shipTo.postcode': { label: 'Shipping postcode', read: (o) => o.shipTo.postcode },
  'shipTo.country': { label: 'Shipping country', read: (o) => o.shipTo.country },
  'shipTo.phone': { label: 'Shipping phone', read: (o) => o.shipTo.phone },
  'billTo.name': { label: 'Billing name', read: (o) => o.billTo?.name },
  'billTo.line1': { label: 'Billing address line 1', read: (o) => o.billTo?.line1 },
  'billTo.city': { label: 'Billing city', read: (o) => o.billTo?.city },
  'billTo.postcode': { label: 'Billing postcode', read: (o) => o.billTo?.postcode },
  'billTo.country': { label: 'Billing country', read: (o) => o.billTo?.country },
} satisfies Record<string, { label: string; read: Reader }>;

export type RequiredFieldPath = keyof typeof FIELDS;
export const REQUIRED_FIELD_PATHS = Object.keys(FIELDS) as RequiredFieldPath[];

const FieldPathSchema = z.enum(REQUIRED_FIELD_PATHS, {
  error: (issue) =>
    `'${String(issue.input)}' is not a field a rule can require; use one of ${REQUIRED_FIELD_PATHS.join(', ')}`,
});

export const RequiredFieldsParamsSchema = z.strictObject({
  fields: z.array(FieldPathSchema).min(1, 'List at least one field to require'),
});
export type RequiredFieldsParams = z.infer<typeof RequiredFieldsParamsSchema>;

/**
 * Whitespace counts as missing: a name of three spaces prints an empty label. Which fields are
 * required is the rule row's choice — a postcode usually belongs to the address rule, which
 * knows Hong Kong has none.
 */
export const requiredFieldsRule: RuleKindDefinition<RequiredFieldsParams> = {
  summary: 'The listed order fields must be filled in',
  paramsSchema: RequiredFieldsParamsSchema,
  check: (order, { fields }) =>
    fields
      .filter((path) => (FIELDS[path].read(order) ?? '').trim() === '')
      .map((path) => ({ field: path, message: `${FIELDS[path].label} is missing` })),
};
