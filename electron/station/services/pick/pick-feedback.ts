import type { PickState } from '../../../../shared/contract';
import type { ScanFeedback } from '../../../../shared/scanning/scan-event';

/** The words after a recorded pick: what was taken and where to go next. */
export function afterPickFeedback(units: number, sku: string, state: PickState): ScanFeedback {
  if (state.done) {
    const { unitsPicked, unitsShort } = state.progress;
    return {
      verdict: 'done',
      title: 'Pick list complete',
      detail: `${unitsPicked} unit${unitsPicked === 1 ? '' : 's'} picked${unitsShort ? `, ${unitsShort} short` : ''}. Take the totes to packing.`,
    };
  }
  return { verdict: 'right', title: `Picked ${units} × ${sku}`, detail: nextStopText(state) };
}

/** Where the picker goes now, in one sentence. */
export function nextStopText(state: PickState): string {
  const task = state.current;
  if (!task) return 'Nothing left to pick.';
  if (!task.bin) return `No bin holds ${task.product.sku}: report the ${task.quantity} short (F2).`;
  return `Next: ${task.bin.code} — ${task.quantity} × ${task.product.sku}${task.tote ? ` into ${task.tote}` : ''}.`;
}
