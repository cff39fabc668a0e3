import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasValidGs1CheckDigit } from '../../shared/domain/gs1-check-digit';
import {
  benchId,
  binCode,
  fulfilmentLine,
  fulfilmentStatus,
  oldWave,
  productBins,
  productGtin,
} from './floor-rows';

describe('bench floor rows', () => {
  it('makes ids the station contract accepts, distinct per table and index', () => {
    const ids = [
      benchId('bin', 0),
      benchId('bin', 1),
      benchId('product', 0),
      benchId('pick', 999_999),
    ];
    for (const id of ids) expect(z.uuid().safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives 20,000 bins distinct codes in walking order', () => {
    const codes = Array.from({ length: 20_000 }, (_, n) => binCode(n));
    expect(new Set(codes).size).toBe(20_000);
    expect(codes.slice(0, 3)).toEqual(['A01-01-1', 'A01-01-2', 'A01-01-3']);
    expect(codes.at(-1)).toBe('A50-50-8');
  });

  it('gives every product a valid EAN-13', () => {
    for (const n of [0, 1, 9, 19_999]) {
      const gtin = productGtin(n);
      expect(gtin).toMatch(/^50\d{11}$/);
      expect(hasValidGs1CheckDigit(gtin)).toBe(true);
    }
    expect(productGtin(0)).toBe('5000000000012');
  });

  it('keeps each product in two different bins', () => {
    for (const [p, bins] of [
      [0, 20_000],
      [12_345, 20_000],
      [199, 200],
    ] as const) {
      const [a, b] = productBins(p, bins);
      expect(a).not.toBe(b);
      expect(Math.max(a, b)).toBeLessThan(bins);
    }
  });

  it('releases only the newest fulfilments and splits the rest into shipped and packed', () => {
    const statuses = Array.from({ length: 1_000 }, (_, i) => fulfilmentStatus(i, 1_000, 20));
    expect(statuses.slice(980).every((s) => s === 'released')).toBe(true);
    expect(statuses.filter((s) => s === 'shipped')).toHaveLength(588);
    expect(statuses.filter((s) => s === 'packed')).toHaveLength(392);
  });

  it('puts ten different products on a fulfilment, one to three units each', () => {
    const lines = Array.from({ length: 10 }, (_, j) => fulfilmentLine(4_321, j, 20_000));
    expect(lines.map((l) => l.index)).toEqual(Array.from({ length: 10 }, (_, j) => 43_210 + j));
    expect(new Set(lines.map((l) => l.product)).size).toBe(10);
    expect(lines.every((l) => l.quantity >= 1 && l.quantity <= 3)).toBe(true);
    expect(oldWave(15)).toBe(1);
  });
});
