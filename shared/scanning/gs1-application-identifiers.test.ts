import { describe, expect, it } from 'vitest';
import {
  GS1_APPLICATION_IDENTIFIERS,
  matchApplicationIdentifier,
} from './gs1-application-identifiers';

describe('GS1 application identifier table', () => {
  it('holds each AI once', () => {
    const ais = GS1_APPLICATION_IDENTIFIERS.map((d) => d.ai);
    expect(new Set(ais).size).toBe(ais.length);
  });

  it.each([
    ['00', 'fixed', 18],
    ['01', 'fixed', 14],
    ['02', 'fixed', 14],
    ['10', 'variable', 20],
    ['17', 'fixed', 6],
    ['21', 'variable', 20],
    ['30', 'variable', 8],
    ['37', 'variable', 8],
    ['400', 'variable', 30],
    ['410', 'fixed', 13],
    ['422', 'fixed', 3],
    ['7003', 'fixed', 10],
  ])('AI %s is %s length %i (GS1 General Specifications)', (ai, kind, size) => {
    const match = matchApplicationIdentifier(`${ai}123`);
    expect(match?.ai).toBe(ai);
    const length = match?.definition.length;
    expect(length?.kind).toBe(kind);
    expect(length?.kind === 'fixed' ? length.length : length?.max).toBe(size);
  });

  it('reads the decimals of weight AIs from their fourth digit', () => {
    expect(matchApplicationIdentifier('3103000750')).toMatchObject({ ai: '3103', decimals: 3 });
    expect(matchApplicationIdentifier('3202001000')).toMatchObject({ ai: '3202', decimals: 2 });
    expect(matchApplicationIdentifier('3305001250')?.definition.title).toBe('GROSS WEIGHT (kg)');
    expect(matchApplicationIdentifier('3100000012')?.definition.unit).toBe('kg');
  });

  it('knows no AI for unsupported decimals, unknown numbers or non-digits', () => {
    expect(matchApplicationIdentifier('3106000750')).toBeNull();
    expect(matchApplicationIdentifier('99ABC')).toBeNull();
    expect(matchApplicationIdentifier('310')).toBeNull();
    expect(matchApplicationIdentifier('AB123')).toBeNull();
    expect(matchApplicationIdentifier('')).toBeNull();
  });
});
