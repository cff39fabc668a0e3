import type { PickState, PickTask, WaveSummary } from '../../../shared/contract';
import type { ScanFeedback } from '../../../shared/scanning/scan-event';
import { WAVE_KIND_LABELS } from '../../../shared/mutations/wave-start';
import { errorMessageFor } from '../../api/station-call-error';

type Progress = PickState['progress'];

/** "12 of 20 units picked · 1 short": the line that is always on screen while picking. */
export function describeProgress(progress: Progress): string {
  const base = `${progress.unitsPicked} of ${progress.unitsNeeded} ${units(progress.unitsNeeded)} picked`;
  return progress.unitsShort > 0 ? `${base} · ${progress.unitsShort} short` : base;
}

/** How far along, 0–100, counting shorts as dealt with (nothing more to walk for them). */
export function progressPercent(progress: Progress): number {
  if (progress.unitsNeeded <= 0) return 100;
  const dealt = progress.unitsPicked + progress.unitsShort;
  return Math.min(100, Math.round((dealt / progress.unitsNeeded) * 100));
}

/** The big instruction: what the picker scans next, in the words on the labels. */
export function describeNextScan(state: Pick<PickState, 'current' | 'expecting' | 'done'>): string {
  const task = state.current;
  if (state.done || task === null || state.expecting === 'nothing') {
    return 'Pick list complete. Take the totes to packing.';
  }
  switch (state.expecting) {
    case 'bin':
      return task.bin === null
        ? `No bin holds ${task.product.sku}. Press F2 to report it short.`
        : `Go to bin ${task.bin.code} and scan the bin label`;
    case 'item':
      return `Scan ${task.product.sku}: take ${task.quantity}`;
    case 'lot':
      return `Scan the lot number of ${task.product.sku}`;
    case 'serial':
      return `Scan the serial number of ${task.product.sku}`;
  }
}

/** "Take 3 into TOTE-07" — where the units go, when the list uses totes. */
export function describeTake(task: PickTask): string {
  const into = task.tote ? ` into ${task.tote}` : '';
  const orders = task.lines.length > 1 ? ` for ${task.lines.length} orders` : '';
  return `Take ${task.quantity} ${units(task.quantity)}${into}${orders}`;
}

/** Which orders a stop serves: "order SO-1 (F-1)", or "orders SO-1 ×1, SO-2 ×2" for a batch. */
export function describeStopOrders(task: PickTask): string {
  if (task.lines.length <= 1) return `order ${task.orderNumber} (${task.fulfilmentNumber})`;
  return `orders ${task.lines.map((l) => `${l.orderNumber} ×${l.quantity}`).join(', ')}`;
}

/** One upcoming stop on a line: "A-01-03 · SKU-1 × 2 · TOTE-07". */
export function describeStop(task: PickTask): string {
  const bin = task.bin?.code ?? 'no bin';
  const tote = task.tote ? ` · ${task.tote}` : '';
  return `${bin} · ${task.product.sku} × ${task.quantity}${tote}`;
}

export function describeOrderProgress(order: PickState['orders'][number]): string {
  const short = order.unitsShort > 0 ? `, ${order.unitsShort} short` : '';
  return `${order.unitsPicked} of ${order.unitsNeeded}${short}`;
}

/** "W-AB12-17 · Batch · 4 orders": a pick list in the list of open ones. */
export function describeWave(wave: Pick<WaveSummary, 'number' | 'kind' | 'orders'>): string {
  const orders = `${wave.orders} ${wave.orders === 1 ? 'order' : 'orders'}`;
  return `${wave.number} · ${WAVE_KIND_LABELS[wave.kind]} · ${orders}`;
}

/** Anything a call threw, as the red banner shows it: the station's own words, no stack trace. */
export function feedbackForError(error: unknown, title = 'Not done'): ScanFeedback {
  return { verdict: 'wrong', title, detail: errorMessageFor(error) };
}

export function units(count: number): string {
  return count === 1 ? 'unit' : 'units';
}
