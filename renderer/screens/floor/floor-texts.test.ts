import { describe, expect, it } from 'vitest';
import type { FloorException, WaveSummary } from '../../../shared/contract';
import {
  describeExceptionSource,
  newestFirst,
  sortPickRates,
  wavesInProgress,
} from './floor-texts';

function wave(done: boolean): WaveSummary {
  return {
    id: '0190a6b0-0000-7000-8000-000000000010',
    number: 'W-AB12-17',
    kind: 'batch',
    orders: 3,
    unitsNeeded: 10,
    unitsPicked: done ? 10 : 4,
    unitsShort: 0,
    done,
    createdAt: '2026-11-26T10:00:00.000Z',
    station: 'Pick 1',
    person: 'Ada Lovelace',
  };
}

function exception(at: string, kind: FloorException['kind'] = 'short'): FloorException {
  return { kind, at, station: 'Pick 1', person: 'Ada Lovelace', text: 'Short 2 of MUG-RED' };
}

describe('wavesInProgress', () => {
  it('keeps the pick lists not yet done', () => {
    const waves = [wave(false), wave(true), wave(false)];
    expect(wavesInProgress(waves)).toEqual([waves[0], waves[2]]);
    expect(wavesInProgress([wave(true)])).toEqual([]);
  });
});

describe('sortPickRates', () => {
  it('puts the busiest first, then by name, without changing the list it was given', () => {
    const rates = [
      { person: 'Bo', unitsLastHour: 10, picksLastHour: 4 },
      { person: 'Cy', unitsLastHour: 30, picksLastHour: 9 },
      { person: 'Al', unitsLastHour: 10, picksLastHour: 5 },
    ];
    expect(sortPickRates(rates).map((rate) => rate.person)).toEqual(['Cy', 'Al', 'Bo']);
    expect(rates[0]?.person).toBe('Bo');
  });
});

describe('exceptions', () => {
  it('says what happened and who at which station', () => {
    expect(describeExceptionSource(exception('2026-11-26T10:00:00.000Z'))).toBe(
      'Short pick · Ada Lovelace at Pick 1',
    );
    expect(describeExceptionSource(exception('2026-11-26T10:00:00.000Z', 'refused'))).toBe(
      'Refused by head office · Ada Lovelace at Pick 1',
    );
  });

  it('lists the newest first', () => {
    const list = [
      exception('2026-11-26T10:00:00.000Z'),
      exception('2026-11-26T12:00:00.000Z'),
      exception('2026-11-26T11:00:00.000Z'),
    ];
    expect(newestFirst(list).map((e) => e.at.slice(11, 13))).toEqual(['12', '11', '10']);
  });
});
