import { describe, expect, it } from 'vitest';
import { checkAdjust, describeOutcome, emptyDraft } from './adjust-check';
import { stockRow } from './inventory-test-rows';

const row = stockRow({ onHand: 12 });
const count = (quantity: string) => ({ ...emptyDraft('count'), quantity });
const change = (quantity: string) => ({ ...emptyDraft('change'), quantity });

describe('checkAdjust, counted quantity', () => {
  it('sends what was counted and shows the change it makes', () => {
    expect(checkAdjust(count('10'), row)).toEqual({
      ok: true,
      input: {
        binId: row.binId,
        productId: row.product.id,
        reason: 'cycle-count',
        note: '',
        countedQuantity: 10,
      },
      delta: -2,
      after: 10,
    });
  });

  it('explains an empty, negative or unchanged count', () => {
    expect(checkAdjust(count(''), row)).toMatchObject({
      ok: false,
      errors: { quantity: 'Enter how many you counted' },
    });
    expect(checkAdjust(count('-1'), row)).toMatchObject({ ok: false });
    expect(checkAdjust(count('2.5'), row)).toMatchObject({ ok: false });
    expect(checkAdjust(count('12'), row)).toMatchObject({
      ok: false,
      delta: 0,
      errors: { quantity: 'That matches the 12 shown; nothing to change' },
    });
  });

  it('accepts an empty bin', () => {
    expect(checkAdjust(count('0'), row)).toMatchObject({ ok: true, delta: -12, after: 0 });
  });
});

describe('checkAdjust, change in units', () => {
  it('sends the signed change, typed with either minus sign', () => {
    expect(checkAdjust(change('-2'), row)).toMatchObject({ ok: true, input: { delta: -2 } });
    expect(checkAdjust(change('\u22122'), row)).toMatchObject({ ok: true, delta: -2 });
    expect(checkAdjust(change('+3'), row)).toMatchObject({ ok: true, delta: 3, after: 15 });
  });

  it('refuses 0, fractions and a change below an empty bin', () => {
    expect(checkAdjust(change('0'), row)).toMatchObject({ ok: false });
    expect(checkAdjust(change('1.5'), row)).toMatchObject({ ok: false });
    expect(checkAdjust(change('-13'), row)).toMatchObject({
      ok: false,
      errors: { quantity: 'The bin shows 12; it cannot go below 0' },
    });
  });
});

describe('checkAdjust, reason and note', () => {
  it('asks what happened when the reason is "other"', () => {
    const other = { ...change('-1'), reason: 'other' as const };
    expect(checkAdjust(other, row)).toMatchObject({
      ok: false,
      errors: { note: 'Say what happened when the reason is "other"' },
    });
    expect(checkAdjust({ ...other, note: ' forklift ' }, row)).toMatchObject({
      ok: true,
      input: { reason: 'other', note: 'forklift' },
    });
  });
});

describe('describeOutcome', () => {
  it('reads as before, after and change', () => {
    expect(describeOutcome(12, -2)).toBe('12 \u2192 10 (\u22122)');
  });
});
