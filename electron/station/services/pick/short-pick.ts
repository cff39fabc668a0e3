import { WharfError } from '../../../../shared/contract';
import type { PickState } from '../../../../shared/contract';
import { splitOverLines } from '../../../../shared/domain/picking/batch-stops';
import type { ShortPickReason } from '../../../../shared/mutations';
import type { ScanFeedback } from '../../../../shared/scanning/scan-event';
import type { MutationRunner } from '../../mutations/run-mutation';
import { nextStopText } from './pick-feedback';
import type { PickRepository } from './pick-repository';
import type { WaveSnapshot } from './pick-state';

export interface ShortPickContext {
  runner: MutationRunner;
  repo: PickRepository;
  snapshot: (waveId: string) => WaveSnapshot;
  warehouseId: string;
}

/**
 * The bin at the current stop cannot give what it should. The rest is re-tasked when a bin not
 * yet reported short for the product still holds some (the walk goes there next), else
 * backordered; either way the reason is recorded for the manager.
 */
export async function recordShortPick(
  ctx: ShortPickContext,
  waveId: string,
  reason: ShortPickReason,
  quantity: number | undefined,
): Promise<{ feedback: ScanFeedback; state: PickState }> {
  const task = ctx.snapshot(waveId).currentTask;
  if (!task) throw new WharfError('CONFLICT', 'Nothing is left to pick in this list.');
  const units = quantity ?? task.quantity;
  if (units > task.quantity) {
    throw new WharfError(
      'BAD_REQUEST',
      `This stop asks for ${task.quantity}; a short of ${units} is more than that.`,
    );
  }
  const shortBins = new Set(
    ctx.repo
      .waveShorts(waveId)
      .filter((s) => s.product_id === task.product.id)
      .map((s) => s.bin_id),
  );
  const elsewhere =
    task.bin !== null &&
    ctx.repo
      .bins(task.product.id, ctx.warehouseId)
      .some((b) => b.bin_id !== task.bin?.id && b.on_hand > 0 && !shortBins.has(b.bin_id));
  const resolution = elsewhere ? 'retask' : 'backorder';
  // What a bin cannot give is missing from the latest orders of the stop: the earliest orders
  // keep the units that are there.
  const latestFirst = { lines: [...task.lines].reverse() };
  for (const part of splitOverLines(latestFirst, units)) {
    await ctx.runner.run('pick.short', {
      warehouseId: ctx.warehouseId,
      waveId,
      fulfilmentId: part.line.fulfilmentId,
      fulfilmentLineId: part.line.fulfilmentLineId,
      productId: task.product.id,
      binId: task.bin?.id ?? null,
      quantity: part.units,
      reason,
      resolution,
    });
  }
  const state = ctx.snapshot(waveId).state;
  const orders = [...new Set(task.lines.map((l) => l.orderNumber))].join(', ');
  const detail =
    resolution === 'retask'
      ? `Another bin holds ${task.product.sku}. ${nextStopText(state)}`
      : `${units} × ${task.product.sku} backordered for ${orders}. ${nextStopText(state)}`;
  const feedback: ScanFeedback = state.done
    ? { verdict: 'done', title: 'Pick list complete', detail }
    : { verdict: 'info', title: `Short ${units} × ${task.product.sku}`, detail };
  return { feedback, state };
}
