import { describe, expect, it } from 'vitest';
import { StationCallError } from '../../api/station-call-error';
import { pickState, pickTask } from './pick-test-state';
import {
  describeNextScan,
  describeOrderProgress,
  describeProgress,
  describeStop,
  describeStopOrders,
  describeTake,
  describeWave,
  feedbackForError,
  progressPercent,
} from './pick-texts';

describe('describeProgress', () => {
  it('says how many of how many, and the shorts only when there are some', () => {
    expect(describeProgress({ unitsNeeded: 20, unitsPicked: 12, unitsShort: 0 })).toBe(
      '12 of 20 units picked',
    );
    expect(describeProgress({ unitsNeeded: 1, unitsPicked: 0, unitsShort: 1 })).toBe(
      '0 of 1 unit picked · 1 short',
    );
  });
});

describe('progressPercent', () => {
  it('counts shorts as dealt with and never passes 100', () => {
    expect(progressPercent({ unitsNeeded: 20, unitsPicked: 12, unitsShort: 3 })).toBe(75);
    expect(progressPercent({ unitsNeeded: 2, unitsPicked: 3, unitsShort: 0 })).toBe(100);
  });

  it('calls an empty list complete rather than dividing by zero', () => {
    expect(progressPercent({ unitsNeeded: 0, unitsPicked: 0, unitsShort: 0 })).toBe(100);
  });
});

describe('describeNextScan', () => {
  it('sends the picker to the bin first', () => {
    expect(describeNextScan(pickState())).toBe('Go to bin A-01-03 and scan the bin label');
  });

  it('asks for the item with the quantity once at the bin', () => {
    expect(describeNextScan(pickState({ expecting: 'item' }))).toBe('Scan MUG-RED: take 3');
  });

  it('asks for the lot and the serial by name', () => {
    expect(describeNextScan(pickState({ expecting: 'lot' }))).toBe(
      'Scan the lot number of MUG-RED',
    );
    expect(describeNextScan(pickState({ expecting: 'serial' }))).toBe(
      'Scan the serial number of MUG-RED',
    );
  });

  it('says to report it short when no bin holds the product', () => {
    const state = pickState({ current: pickTask({ bin: null }) });
    expect(describeNextScan(state)).toBe('No bin holds MUG-RED. Press F2 to report it short.');
  });

  it('says where to go when the list is done', () => {
    expect(describeNextScan(pickState({ done: true, current: null, expecting: 'nothing' }))).toBe(
      'Pick list complete. Take the totes to packing.',
    );
  });
});

describe('stops and orders', () => {
  it('names the tote the units go into, when there is one', () => {
    expect(describeTake(pickTask())).toBe('Take 3 units into TOTE-07');
    expect(describeTake(pickTask({ tote: null, quantity: 1 }))).toBe('Take 1 unit');
  });

  it('puts an upcoming stop on one line', () => {
    expect(describeStop(pickTask())).toBe('A-01-03 · MUG-RED × 3 · TOTE-07');
    expect(describeStop(pickTask({ bin: null, tote: null }))).toBe('no bin · MUG-RED × 3');
  });

  it('shows an order’s shorts beside its progress', () => {
    const order = {
      fulfilmentId: '0190a6b0-0000-7000-8000-000000000001',
      number: 'F-1',
      orderNumber: 'SO-1',
      tote: null,
      unitsNeeded: 5,
      unitsPicked: 3,
      unitsShort: 2,
    };
    expect(describeOrderProgress(order)).toBe('3 of 5, 2 short');
  });

  it('describes a pick list with its kind and order count', () => {
    expect(describeWave({ number: 'W-AB12-17', kind: 'cluster', orders: 1 })).toBe(
      'W-AB12-17 · Cluster (a tote per order) · 1 order',
    );
  });
});

describe('feedbackForError', () => {
  it('shows the station’s own message as a wrong answer', () => {
    const error = new StationCallError('pick.scan', {
      code: 'CONFLICT',
      message: 'Another station picked these units. Put 2 back in bin A-01-03.',
    });
    expect(feedbackForError(error, 'Scan not taken')).toEqual({
      verdict: 'wrong',
      title: 'Scan not taken',
      detail: 'Another station picked these units. Put 2 back in bin A-01-03.',
    });
  });

  it('never shows a stack trace for anything else thrown', () => {
    const detail = feedbackForError(new TypeError('x is undefined')).detail;
    expect(detail).not.toContain('undefined');
    expect(detail).toContain('Try again');
  });
});

describe('batch stops in words', () => {
  it('names the one order, or every order of a batch stop with its units', () => {
    expect(describeStopOrders(pickTask())).toBe('order SO-1001 (F-1001)');
    const line = pickTask().lines[0];
    if (!line) throw new Error('no line');
    const batch = pickTask({
      quantity: 3,
      lines: [
        { ...line, quantity: 1 },
        { ...line, orderNumber: 'SO-1002', quantity: 2 },
      ],
    });
    expect(describeStopOrders(batch)).toBe('orders SO-1001 ×1, SO-1002 ×2');
    expect(describeTake(batch)).toBe('Take 3 units into TOTE-07 for 2 orders');
  });
});
