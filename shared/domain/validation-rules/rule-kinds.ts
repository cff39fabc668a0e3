import { addressRule, type AddressParams } from './address-rule';
import { fraudEmailVelocityRule, type FraudEmailVelocityParams } from './fraud-email-velocity-rule';
import {
  fraudValueCountryMismatchRule,
  type FraudValueCountryMismatchParams,
} from './fraud-value-country-mismatch-rule';
import { paymentStatusRule, type PaymentStatusParams } from './payment-status-rule';
import { requiredFieldsRule, type RequiredFieldsParams } from './required-fields-rule';
import type { RuleKindDefinition } from './rule-kind';
import { stockAvailabilityRule, type StockAvailabilityParams } from './stock-availability-rule';

export interface RuleParamsByKind {
  required_fields: RequiredFieldsParams;
  address: AddressParams;
  payment_status: PaymentStatusParams;
  fraud_value_country_mismatch: FraudValueCountryMismatchParams;
  fraud_email_velocity: FraudEmailVelocityParams;
  stock_availability: StockAvailabilityParams;
}

export type RuleKind = keyof RuleParamsByKind;

/** Every kind a rule row may name. A new kind is a new file plus a line here. */
export const RULE_KINDS: { readonly [K in RuleKind]: RuleKindDefinition<RuleParamsByKind[K]> } = {
  required_fields: requiredFieldsRule,
  address: addressRule,
  payment_status: paymentStatusRule,
  fraud_value_country_mismatch: fraudValueCountryMismatchRule,
  fraud_email_velocity: fraudEmailVelocityRule,
  stock_availability: stockAvailabilityRule,
};

export const RULE_KIND_NAMES = Object.keys(RULE_KINDS) as RuleKind[];

export function isRuleKind(kind: string): kind is RuleKind {
  return Object.hasOwn(RULE_KINDS, kind);
}

/** A rule row whose params passed its kind's schema; only these can be evaluated. */
export type ValidationRule<K extends RuleKind = RuleKind> = {
  [P in K]: { code: string; kind: P; params: RuleParamsByKind[P]; enabled: boolean };
}[K];
