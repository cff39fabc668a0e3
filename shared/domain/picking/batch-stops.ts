import type { PickTask } from '../../contract/schemas/floor';

/**
 * Batch picking puts every order on one cart and sorts at packing, so the picker takes a
 * product's units for all the orders at a bin in one go: stops next to each other on the walk
 * with the same bin and product become one stop, its lines in pick-list order.
 */
export function mergeBatchStops(tasks: readonly PickTask[]): PickTask[] {
  const merged: PickTask[] = [];
  for (const task of tasks) {
    const last = merged[merged.length - 1];
    if (
      last !== undefined &&
      task.bin !== null &&
      last.bin?.id === task.bin.id &&
      last.product.id === task.product.id
    ) {
      merged[merged.length - 1] = {
        ...last,
        quantity: last.quantity + task.quantity,
        lines: [...last.lines, ...task.lines],
      };
    } else {
      merged.push(task);
    }
  }
  return merged;
}

/** How a scan of `units` spreads over a stop's lines: the earliest order first. */
export function splitOverLines(
  stop: Pick<PickTask, 'lines'>,
  units: number,
): { line: PickTask['lines'][number]; units: number }[] {
  const parts: { line: PickTask['lines'][number]; units: number }[] = [];
  let left = units;
  for (const line of stop.lines) {
    if (left === 0) break;
    const take = Math.min(left, line.quantity);
    if (take > 0) parts.push({ line, units: take });
    left -= take;
  }
  return parts;
}
