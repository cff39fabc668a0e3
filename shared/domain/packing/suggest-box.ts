import type { PackBox } from '../../contract/schemas/pack';
import {
  formatLitres,
  formatSize,
  formatWeight,
  parcelsInWords,
  sortedSides,
} from './parcel-measures';

/** One product going into the parcel, with its unit size and weight. */
export interface PackItem {
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  weightGrams: number;
  quantity: number;
  /** Names the item in a problem ("SKU-1 is 1200 × 300 × 200 mm"); optional. */
  sku?: string;
}

export type BoxSuggestion =
  { box: PackBox; estimatedWeightGrams: number } | { box: null; problem: string };

/**
 * Items rarely tessellate, so a box only counts as big enough when they fill at most this
 * share of it; the rest is void fill and awkward corners.
 */
export const FILL_FACTOR = 0.8;

const volumeOf = (sides: readonly number[]): number => sides.reduce((a, b) => a * b, 1);

/** An item with a zero side has not been measured: it counts by weight only. */
const isMeasured = (item: PackItem): boolean =>
  item.lengthMm > 0 && item.widthMm > 0 && item.heightMm > 0;

const boxSides = (box: PackBox) => sortedSides(box.lengthMm, box.widthMm, box.heightMm);

function itemFitsBox(item: PackItem, box: PackBox): boolean {
  if (!isMeasured(item)) return true;
  const inside = boxSides(box);
  return sortedSides(item.lengthMm, item.widthMm, item.heightMm).every(
    (side, i) => side <= (inside[i] ?? 0),
  );
}

/** Smallest first, then the weaker of two equal sizes, so a stronger box is not used up early. */
function bySizeThenStrength(a: PackBox, b: PackBox): number {
  return (
    volumeOf(boxSides(a)) - volumeOf(boxSides(b)) ||
    a.maxWeightGrams - b.maxWeightGrams ||
    a.code.localeCompare(b.code)
  );
}

/**
 * The smallest box the items go into: every item fits by its own sides in some orientation,
 * their total volume fills at most FILL_FACTOR of the box, and the packed weight (box included)
 * is within the box's limit. When none does, a problem the packer can act on.
 */
export function suggestBox(items: readonly PackItem[], boxes: readonly PackBox[]): BoxSuggestion {
  if (boxes.length === 0) {
    return { box: null, problem: 'No boxes are set up for this bench: add the boxes you stock.' };
  }
  const counted = items.filter((item) => item.quantity > 0);
  const itemsWeight = counted.reduce((sum, i) => sum + i.weightGrams * i.quantity, 0);
  const itemsVolume = counted
    .filter(isMeasured)
    .reduce((sum, i) => sum + volumeOf([i.lengthMm, i.widthMm, i.heightMm]) * i.quantity, 0);

  const sorted = [...boxes].sort(bySizeThenStrength);
  const fits = (box: PackBox): boolean =>
    counted.every((item) => itemFitsBox(item, box)) &&
    itemsVolume <= volumeOf(boxSides(box)) * FILL_FACTOR &&
    itemsWeight + box.emptyWeightGrams <= box.maxWeightGrams;

  const box = sorted.find(fits);
  if (box !== undefined) {
    return { box, estimatedWeightGrams: itemsWeight + box.emptyWeightGrams };
  }
  return { box: null, problem: whyNothingFits(counted, sorted, itemsWeight, itemsVolume) };
}

function whyNothingFits(
  items: readonly PackItem[],
  sortedBoxes: readonly PackBox[],
  itemsWeight: number,
  itemsVolume: number,
): string {
  const largest = sortedBoxes[sortedBoxes.length - 1];
  if (largest === undefined) return 'No boxes are set up for this bench.';

  const oversize = items.find((item) => !sortedBoxes.some((box) => itemFitsBox(item, box)));
  if (oversize !== undefined) {
    const what = oversize.sku ?? 'One item';
    const size = formatSize(sortedSides(oversize.lengthMm, oversize.widthMm, oversize.heightMm));
    return (
      `${what} is ${size}; the largest box, ${largest.code}, is ${formatSize(boxSides(largest))} ` +
      `inside: send it in its own packaging or ask for a bigger box.`
    );
  }

  const tooHeavyForAll = sortedBoxes.every(
    (box) => itemsWeight + box.emptyWeightGrams > box.maxWeightGrams,
  );
  if (tooHeavyForAll) {
    // Of equally rated boxes, name the largest: that is the one a packer would reach for.
    const strongest = [...sortedBoxes].sort(
      (a, b) => b.maxWeightGrams - a.maxWeightGrams || bySizeThenStrength(b, a),
    )[0];
    if (strongest !== undefined) {
      const carries = Math.max(1, strongest.maxWeightGrams - strongest.emptyWeightGrams);
      const parcels = Math.max(2, Math.ceil(itemsWeight / carries));
      const which = strongest === largest ? 'The largest box' : 'The strongest box';
      return (
        `${which}, ${strongest.code}, holds ${formatWeight(strongest.maxWeightGrams)}; ` +
        `these items weigh ${formatWeight(itemsWeight)}: split them into ${parcelsInWords(parcels)}.`
      );
    }
  }

  const usable = volumeOf(boxSides(largest)) * FILL_FACTOR;
  if (itemsVolume > usable) {
    const parcels = Math.max(2, Math.ceil(itemsVolume / usable));
    return (
      `These items take about ${formatLitres(itemsVolume)}; the largest box, ${largest.code}, ` +
      `holds ${formatLitres(usable)} once packed: split them into ${parcelsInWords(parcels)}.`
    );
  }

  return (
    `No single box takes both the size and the weight of these items ` +
    `(${formatWeight(itemsWeight)}, about ${formatLitres(itemsVolume)}): ` +
    `split them into ${parcelsInWords(2)}.`
  );
}
