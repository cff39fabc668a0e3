import { describe, expect, it } from 'vitest';
import { checkStart, fillNextTote, resize, toteSlotCount } from './pick-start-check';

const A = '0190a6b0-0000-7000-8000-00000000000a';
const B = '0190a6b0-0000-7000-8000-00000000000b';

describe('toteSlotCount', () => {
  it('asks for a tote per order in a cluster, one otherwise', () => {
    expect(toteSlotCount('cluster', 3)).toBe(3);
    expect(toteSlotCount('cluster', 0)).toBe(1);
    expect(toteSlotCount('batch', 5)).toBe(1);
    expect(toteSlotCount('single', 1)).toBe(1);
  });
});

describe('fillNextTote', () => {
  it('puts a scanned label, upper-cased, into the first empty slot', () => {
    const fill = fillNextTote(['TOTE-01', '', ''], 3, ' tote-02 ');
    expect(fill).toEqual({ ok: true, totes: ['TOTE-01', 'TOTE-02', ''], slot: 1, code: 'TOTE-02' });
  });

  it('refuses the same tote twice', () => {
    const fill = fillNextTote(['TOTE-01', ''], 2, 'TOTE-01');
    expect(fill).toEqual({ ok: false, message: 'TOTE-01 is already on this pick list' });
  });

  it('says so when every slot is filled', () => {
    const fill = fillNextTote(['TOTE-01'], 1, 'TOTE-02');
    expect(fill.ok).toBe(false);
  });

  it('refuses a product barcode or anything that is not a tote label', () => {
    const fill = fillNextTote([''], 1, '(01)09506000134352');
    expect(fill).toMatchObject({ ok: false });
    expect(fill.ok ? '' : fill.message).toContain('tote label');
  });
});

describe('resize', () => {
  it('keeps labels in order and pads or cuts to the slots', () => {
    expect(resize(['X1'], 3)).toEqual(['X1', '', '']);
    expect(resize(['X1', 'X2', 'X3'], 2)).toEqual(['X1', 'X2']);
  });
});

describe('checkStart', () => {
  it('needs at least one ticked order', () => {
    expect(checkStart('batch', [], [])).toEqual({
      ok: false,
      message: 'Tick the orders to pick first.',
    });
  });

  it('refuses two orders on a single-order list', () => {
    const check = checkStart('single', [A, B], ['T1']);
    expect(check.ok).toBe(false);
  });

  it('needs one tote per order in a cluster', () => {
    expect(checkStart('cluster', [A, B], ['T1', ''])).toEqual({
      ok: false,
      message: 'Scan 1 more tote label: one per order.',
    });
  });

  it('refuses the same tote for two orders', () => {
    const check = checkStart('cluster', [A, B], ['TOTE-1', 'tote-1']);
    expect(check).toMatchObject({ ok: false });
  });

  it('starts a batch without a cart label', () => {
    expect(checkStart('batch', [A, B], [''])).toEqual({
      ok: true,
      input: { kind: 'batch', fulfilmentIds: [A, B], totes: [] },
    });
  });

  it('hands the station the cleaned labels for a cluster', () => {
    expect(checkStart('cluster', [A, B], ['tote-1', 'TOTE-2'])).toEqual({
      ok: true,
      input: { kind: 'cluster', fulfilmentIds: [A, B], totes: ['TOTE-1', 'TOTE-2'] },
    });
  });
});
