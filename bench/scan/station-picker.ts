import type { PickState } from '../../shared/contract';
import { binCode, productGtin } from './floor-rows';
import type { NextStop, WrongLabels } from './picker-script';
import type { ScanBenchSettings } from './scan-settings';
import { ORDERS_PER_LIST } from './scan-settings';

/** What the pick list on the station asks for now, or null when it is done. */
export function nextStopOf(state: PickState): NextStop | null {
  const task = state.current;
  if (state.done || !task) return null;
  if (!task.bin || !task.product.gtin) {
    throw new Error(`The bench stop ${task.key} has no bin or no barcode: the seed is wrong`);
  }
  if (state.expecting !== 'bin' && state.expecting !== 'item') {
    throw new Error(
      `The bench pick list waits for a ${state.expecting}; no bench product needs one`,
    );
  }
  return { expecting: state.expecting, binCode: task.bin.code, barcode: task.product.gtin };
}

/** Mistaken labels from the bench warehouse: real bins and products, just not the right ones. */
export function benchWrongLabels(s: ScanBenchSettings): WrongLabels {
  let n = 0;
  const another = (size: number, label: (i: number) => string, not: string): string => {
    n += 1;
    const pickIndex = (n * 104_729) % size;
    const candidate = label(pickIndex);
    return candidate === not ? label((pickIndex + 1) % size) : candidate;
  };
  return {
    otherBin: (code) => another(s.bins, binCode, code),
    otherProduct: (barcode) => another(s.products, productGtin, barcode),
  };
}

/** A cluster list of the oldest released orders, one tote each, as a picker would start it. */
export function clusterInput(fulfilmentIds: readonly string[], list: number) {
  const chosen = fulfilmentIds.slice(0, ORDERS_PER_LIST);
  if (chosen.length < ORDERS_PER_LIST) {
    throw new Error(`Only ${chosen.length} released orders are left to pick; seed more`);
  }
  return {
    kind: 'cluster' as const,
    fulfilmentIds: chosen,
    totes: chosen.map((_, k) => `TOTE-L${list}-${k + 1}`),
  };
}
