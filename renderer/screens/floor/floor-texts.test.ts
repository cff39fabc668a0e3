import { describe, expect, it } from 'vitest';
import type { FloorException, WaveSummary } from '../../../shared/contract';
import {
  describeExceptionSource,
  describeWaiting,
  describeWavesInProgress,
  newestFirst,
  sortPickRates,
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

describe('headline figures', () => {
  it('counts the pick lists not yet done', () => {
    expect(describeWavesInProgress([wave(false), wave(true), wave(false)])).toBe(
      '2 pick lists in progress',
    );
    expect(describeWavesInProgress([wave(true)])).toBe('No pick lists in progress');
  });

  it('says how many released orders wait', () => {
    expect(describeWaiting(0)).toBe('No released orders waiting');
    expect(describeWaiting(1)).toBe('1 released order waiting to be picked');
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
