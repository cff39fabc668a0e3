import type { ValidationRuleRow } from './load-rules';

/**
 * The rules a new head office starts with. Rows, not code, so the business can tune them
 * without a release; loadValidationRules checks them like any stored row.
 */
export const DEFAULT_VALIDATION_RULES: readonly ValidationRuleRow[] = [
  {
    // No customer email: POS and phone orders often have none, and nothing is shipped by email.
    // No postcode: the address rule knows which countries need one.
    code: 'shipping_address_complete',
    kind: 'required_fields',
    params: { fields: ['shipTo.name', 'shipTo.line1', 'shipTo.city', 'shipTo.country'] },
    enabled: true,
  },
  {
    code: 'address_valid',
    kind: 'address',
    params: { postcodeCountries: ['US', 'CA', 'GB', 'DE', 'FR', 'NL', 'AU', 'IE'] },
    enabled: true,
  },
  {
    // A marketplace collects payment itself; only B2B customers buy on account.
    code: 'payment_by_channel',
    kind: 'payment_status',
    params: {
      allowed: {
        web: ['paid', 'authorized'],
        marketplace: ['paid', 'authorized'],
        pos: ['paid'],
        phone: ['paid', 'authorized', 'cash_on_delivery'],
        b2b: ['paid', 'authorized', 'on_account'],
      },
    },
    enabled: true,
  },
  {
    code: 'fraud_value_country_mismatch',
    kind: 'fraud_value_country_mismatch',
    params: {
      thresholdMinor: { USD: 50_000, EUR: 50_000, GBP: 50_000, CAD: 65_000, AUD: 75_000 },
    },
    enabled: true,
  },
  {
    code: 'fraud_email_velocity',
    kind: 'fraud_email_velocity',
    params: { maxOrdersPerHour: 5 },
    enabled: true,
  },
  {
    code: 'sku_in_catalogue',
    kind: 'stock_availability',
    params: { unknownSku: 'hold' },
    enabled: true,
  },
];
