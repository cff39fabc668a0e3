/** What the picker is asked for next, as both the station and the online baseline tell it. */
export interface NextStop {
  expecting: 'bin' | 'item';
  binCode: string;
  /** The barcode on the product to take. */
  barcode: string;
}

export interface ScanPlan {
  content: string;
  /** True when the scan must be refused (wrong bin, wrong item, unknown label). */
  wrong: boolean;
}

/** Labels a picker scans by mistake: a neighbouring bin, another product, a torn label. */
export interface WrongLabels {
  otherBin(binCode: string): string;
  otherProduct(barcode: string): string;
}

export const UNKNOWN_LABEL = 'XJ-4471-Q';

/**
 * The scans a picker fires for one expected step: the right one, now and then after a mistake
 * (every 10th bin after a neighbouring bin, every 12th item after another product, every 25th
 * item after an unreadable label), so refusals are timed too. `step` counts steps so far.
 */
export function scansFor(next: NextStop, step: number, wrong: WrongLabels): ScanPlan[] {
  const plan: ScanPlan[] = [];
  if (next.expecting === 'bin') {
    if (step % 10 === 3) plan.push({ content: wrong.otherBin(next.binCode), wrong: true });
    plan.push({ content: next.binCode, wrong: false });
    return plan;
  }
  if (step % 12 === 5) plan.push({ content: wrong.otherProduct(next.barcode), wrong: true });
  if (step % 25 === 7) plan.push({ content: UNKNOWN_LABEL, wrong: true });
  plan.push({ content: next.barcode, wrong: false });
  return plan;
}
