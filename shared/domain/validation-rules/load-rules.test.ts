import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error';
import { DEFAULT_VALIDATION_RULES } from './default-rules';
import { InvalidRuleError, loadValidationRules, parseValidationRule } from './load-rules';
import { RULE_KIND_NAMES } from './rule-kinds';

function refusal(run: () => unknown): InvalidRuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidRuleError) return error;
    throw error;
  }
  throw new Error('expected InvalidRuleError');
}

describe('loading validation rules', () => {
  it('loads the default rows, one of every kind', () => {
    const rules = loadValidationRules(DEFAULT_VALIDATION_RULES);
    expect(rules.map((r) => r.code)).toEqual(DEFAULT_VALIDATION_RULES.map((r) => r.code));
    expect(new Set(rules.map((r) => r.kind))).toEqual(new Set(RULE_KIND_NAMES));
  });

  it('takes params as JSON text too, as a text column holds them', () => {
    const [rule] = loadValidationRules([
      {
        code: 'velocity',
        kind: 'fraud_email_velocity',
        params: '{"maxOrdersPerHour":3}',
        enabled: true,
      },
    ]);
    expect(rule).toEqual({
      code: 'velocity',
      kind: 'fraud_email_velocity',
      params: { maxOrdersPerHour: 3 },
      enabled: true,
    });
  });

  it('refuses the whole set when one row is bad, listing every problem with where it is', () => {
    const error = refusal(() =>
      loadValidationRules([
        ...DEFAULT_VALIDATION_RULES,
        {
          code: 'velocity',
          kind: 'fraud_email_velocity',
          params: { maxOrdersPerHour: 0 },
          enabled: true,
        },
        {
          code: 'threshold',
          kind: 'fraud_value_country_mismatch',
          params: { thresholdMinor: { USD: 1.5 } },
          enabled: true,
        },
        { code: 'mystery', kind: 'horoscope', params: {}, enabled: true },
        { code: 'broken_json', kind: 'address', params: '{postcodeCountries:', enabled: true },
        { code: 'Bad Code', kind: 'address', params: {}, enabled: true },
        { code: 'address_valid', kind: 'address', params: {}, enabled: true },
        { code: '', kind: 'address', params: {}, enabled: 'yes' as unknown as boolean },
      ]),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('INVALID_RULE');
    expect(error.problems).toEqual([
      {
        rule: 'velocity',
        path: 'params.maxOrdersPerHour',
        message: 'Allow at least 1 order per hour',
      },
      {
        rule: 'threshold',
        path: 'params.thresholdMinor.USD',
        message: 'Amounts are whole minor units (cents), not decimals',
      },
      {
        rule: 'mystery',
        path: 'kind',
        message: `'horoscope' is not a rule kind; use one of ${RULE_KIND_NAMES.join(', ')}`,
      },
      { rule: 'broken_json', path: 'params', message: 'is not valid JSON' },
      {
        rule: 'Bad Code',
        path: 'code',
        message: 'use lower-case letters, digits and underscores, e.g. web_payment',
      },
      { rule: 'address_valid', path: 'code', message: 'is used by more than one rule' },
      {
        rule: '#13',
        path: 'code',
        message: 'use lower-case letters, digits and underscores, e.g. web_payment',
      },
      { rule: '#13', path: 'enabled', message: 'must be true or false' },
    ]);
    expect(error.message).toMatch(
      /^Validation rules refused, none loaded\. rule 'velocity' params.maxOrdersPerHour: Allow at least 1/,
    );
  });

  it('refuses unknown keys in params, so a typo is not silently ignored', () => {
    const result = parseValidationRule({
      code: 'velocity',
      kind: 'fraud_email_velocity',
      params: { maxOrdersPerHour: 5, maxOrdersPerDay: 20 },
      enabled: true,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe('params');
  });

  it('refuses params that are not an object at all', () => {
    for (const params of [null, undefined, 42, '[]', '"hold"']) {
      const result = parseValidationRule({
        code: 'skus',
        kind: 'stock_availability',
        params,
        enabled: true,
      });
      expect(result.ok).toBe(false);
    }
  });

  it('loads nothing from nothing', () => {
    expect(loadValidationRules([])).toEqual([]);
  });
});
