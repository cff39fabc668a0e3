import { describe, expect, it } from 'vitest';
import { matchApplicationIdentifier, type Gs1AiMatch } from './gs1-application-identifiers';
import { readGs1Field } from './gs1-field';

const TODAY = new Date(Date.UTC(2026, 10, 26));

function ai(code: string): Gs1AiMatch {
  const match = matchApplicationIdentifier(code);
  if (!match || match.ai !== code) throw new Error(`AI ${code} is not in the table`);
  return match;
}

describe('readGs1Field', () => {
  it('types each kind of field', () => {
    expect(readGs1Field(ai('01'), '09506000134352', TODAY)).toEqual({
      ok: true,
      element: {
        ai: '01',
        title: 'GTIN',
        raw: '09506000134352',
        kind: 'text',
        value: '09506000134352',
      },
    });
    expect(readGs1Field(ai('30'), '00000120', TODAY)).toMatchObject({
      ok: true,
      element: { kind: 'integer', value: 120 },
    });
    expect(readGs1Field(ai('3101'), '000125', TODAY)).toMatchObject({
      ok: true,
      element: { kind: 'decimal', value: 12.5, unit: 'kg' },
    });
    expect(readGs1Field(ai('13'), '260100', TODAY)).toMatchObject({
      ok: true,
      element: { kind: 'date', value: '2026-01-31' },
    });
  });

  it('checks length before characters, and characters before check digits', () => {
    expect(readGs1Field(ai('00'), '1061414112345678', TODAY)).toMatchObject({
      ok: false,
      error: { code: 'FIELD_TOO_SHORT' },
    });
    expect(readGs1Field(ai('00'), '10614141123456789X', TODAY)).toMatchObject({
      ok: false,
      error: { code: 'NOT_NUMERIC' },
    });
    expect(readGs1Field(ai('422'), '2760', TODAY)).toMatchObject({
      ok: false,
      error: { code: 'FIELD_TOO_LONG' },
    });
  });

  it('accepts a variable field at exactly its maximum and refuses one character more', () => {
    expect(readGs1Field(ai('21'), 'S'.repeat(20), TODAY).ok).toBe(true);
    expect(readGs1Field(ai('21'), 'S'.repeat(21), TODAY)).toMatchObject({
      ok: false,
      error: { code: 'FIELD_TOO_LONG', ai: '21' },
    });
    expect(readGs1Field(ai('400'), 'P'.repeat(30), TODAY).ok).toBe(true);
    expect(readGs1Field(ai('37'), '123456789', TODAY).ok).toBe(false);
  });

  it('accepts every GS1 CSET 82 punctuation mark in a lot', () => {
    expect(readGs1Field(ai('10'), `!"%&'()*+,-./:;<=>?_`, TODAY).ok).toBe(true);
    expect(readGs1Field(ai('10'), 'LOT#1', TODAY)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CHARACTER' },
    });
  });

  it('names the field in the message so the picker knows what to fix', () => {
    const result = readGs1Field(ai('17'), '251332', TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        "The expiry date '251332' is not a real date: check the date printed on the label and enter it by hand.",
      );
    }
  });
});
