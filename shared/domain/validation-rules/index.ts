export { DEFAULT_VALIDATION_RULES } from './default-rules';
export { evaluateRules } from './evaluate-rules';
export {
  InvalidRuleError,
  loadValidationRules,
  parseValidationRule,
  type RuleParseResult,
  type RuleProblem,
  type ValidationRuleRow,
} from './load-rules';
export {
  orderFactsFromCapture,
  type AddressFacts,
  type OrderFacts,
  type RuleContext,
  type RuleFinding,
  type RuleViolation,
} from './order-facts';
export { POSTCODE_RULES, normalizePostcode, type PostcodeRule } from './postcode-formats';
export type { RuleKindDefinition } from './rule-kind';
export {
  RULE_KINDS,
  RULE_KIND_NAMES,
  isRuleKind,
  type RuleKind,
  type RuleParamsByKind,
  type ValidationRule,
} from './rule-kinds';
export { AddressParamsSchema, type AddressParams } from './address-rule';
export {
  FraudEmailVelocityParamsSchema,
  type FraudEmailVelocityParams,
} from './fraud-email-velocity-rule';
export {
  FraudValueCountryMismatchParamsSchema,
  type FraudValueCountryMismatchParams,
} from './fraud-value-country-mismatch-rule';
export { PaymentStatusParamsSchema, type PaymentStatusParams } from './payment-status-rule';
export {
  REQUIRED_FIELD_PATHS,
  RequiredFieldsParamsSchema,
  type RequiredFieldPath,
  type RequiredFieldsParams,
} from './required-fields-rule';
export {
  StockAvailabilityParamsSchema,
  type StockAvailabilityParams,
} from './stock-availability-rule';
