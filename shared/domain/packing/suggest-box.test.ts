import { describe, expect, it } from 'vitest';
import type { PackBox } from '../../contract/schemas/pack';
import { DEFAULT_BOXES } from './box-catalogue';
import { suggestBox, type PackItem } from './suggest-box';

const box = (code: string, l: number, w: number, h: number, max: number, empty = 100): PackBox => ({
  code,
  name: code,
  lengthMm: l,
  widthMm: w,
  heightMm: h,
  emptyWeightGrams: empty,
  maxWeightGrams: max,
});
const item = (l: number, w: number, h: number, grams: number, quantity = 1, sku?: string) =>
  ({ lengthMm: l, widthMm: w, heightMm: h, weightGrams: grams, quantity, sku }) satisfies PackItem;

const SMALL = box('S', 200, 150, 100, 5_000);
const MEDIUM = box('M', 300, 200, 150, 10_000);
const LARGE = box('L', 450, 350, 300, 20_000, 400);
const BOXES = [LARGE, SMALL, MEDIUM];

describe('suggestBox', () => {
  it('picks the smallest box the items fit, and weighs the box in', () => {
    const answer = suggestBox([item(100, 80, 50, 300, 2)], BOXES);
    expect(answer).toEqual({ box: SMALL, estimatedWeightGrams: 700 });
  });

  it('leaves room for packing: total volume may fill at most 80% of a box', () => {
    // 2.4 l of items: 80% of S (3 l) exactly holds it; one more unit does not.
    expect(suggestBox([item(100, 100, 60, 10, 4)], BOXES).box).toBe(SMALL);
    expect(suggestBox([item(100, 100, 60, 10, 5)], BOXES).box).toBe(MEDIUM);
  });

  it('turns an item to fit: a long thin item goes in a box longer than its widest side', () => {
    // 280 mm long does not lie in S (200) whichever way it turns; M's 300 mm side takes it.
    expect(suggestBox([item(40, 280, 30, 200)], BOXES).box).toBe(MEDIUM);
    // The same volume as a cube would have fitted S.
    expect(suggestBox([item(70, 70, 70, 200)], BOXES).box).toBe(SMALL);
  });

  it('moves up a size when the weight is over a box limit, box included', () => {
    // 4.95 kg of items + 100 g box = 5.05 kg: over S's 5 kg.
    const answer = suggestBox([item(100, 100, 100, 4_950)], BOXES);
    expect(answer).toEqual({ box: MEDIUM, estimatedWeightGrams: 5_050 });
  });

  it('counts items without a size by weight only', () => {
    const answer = suggestBox([item(0, 0, 0, 1_200, 3)], BOXES);
    expect(answer).toEqual({ box: SMALL, estimatedWeightGrams: 3_700 });
  });

  it('of two boxes the same size, uses the weaker one first', () => {
    const strongSmall = box('S2', 150, 200, 100, 15_000);
    expect(suggestBox([item(10, 10, 10, 100)], [strongSmall, SMALL]).box).toBe(SMALL);
  });

  it('says to split the order when it is heavier than any box takes', () => {
    const answer = suggestBox([item(100, 100, 100, 7_800, 3)], BOXES);
    expect(answer).toEqual({
      box: null,
      problem:
        'The largest box, L, holds 20 kg; these items weigh 23.4 kg: split them into two parcels.',
    });
  });

  it('names the item too big for every box', () => {
    const answer = suggestBox(
      [item(100, 100, 100, 100), item(300, 1200, 200, 900, 1, 'RUG-1')],
      BOXES,
    );
    expect(answer).toEqual({
      box: null,
      problem:
        'RUG-1 is 1200 × 300 × 200 mm; the largest box, L, is 450 × 350 × 300 mm inside: ' +
        'send it in its own packaging or ask for a bigger box.',
    });
  });

  it('says how many parcels the volume needs when it is too bulky for the largest box', () => {
    // 60 units of 2 l = 120 l; L holds 47.25 l × 0.8 = 37.8 l.
    const answer = suggestBox([item(200, 100, 100, 50, 60)], BOXES);
    expect(answer.box).toBeNull();
    expect('problem' in answer && answer.problem).toBe(
      'These items take about 120 litres; the largest box, L, holds 38 litres once packed: ' +
        'split them into four parcels.',
    );
  });

  it('explains when size and weight each fit some box but no box takes both', () => {
    const bigWeak = box('BW', 600, 400, 400, 2_000);
    const smallStrong = box('SS', 200, 200, 200, 30_000);
    const answer = suggestBox([item(300, 300, 300, 8_000)], [bigWeak, smallStrong]);
    expect(answer).toEqual({
      box: null,
      problem:
        'No single box takes both the size and the weight of these items (8 kg, about 27 litres): ' +
        'split them into two parcels.',
    });
  });

  it('asks for boxes when the bench has none', () => {
    expect(suggestBox([item(1, 1, 1, 1)], [])).toEqual({
      box: null,
      problem: 'No boxes are set up for this bench: add the boxes you stock.',
    });
  });

  it('suggests a mailer bag from the default list for a T-shirt and a carton for a kettle', () => {
    expect(suggestBox([item(300, 220, 20, 180)], DEFAULT_BOXES).box?.code).toBe('MB-S');
    expect(suggestBox([item(250, 200, 230, 1_400)], DEFAULT_BOXES).box?.code).toBe('C3');
  });

  it('has a default list with unique codes and sane limits', () => {
    const codes = DEFAULT_BOXES.map((b) => b.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const b of DEFAULT_BOXES) expect(b.maxWeightGrams).toBeGreaterThan(b.emptyWeightGrams);
  });
});
