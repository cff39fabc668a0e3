/**
 * The walk: which bin gives how many units of which order line, in the order a picker passes
 * the bins (pick sequence). Pure, so the station plans it the same way online and offline.
 */

export interface WalkLine {
  lineId: string;
  productId: string;
  /** The line's place in the pick list (its order's position): earlier orders get stock first. */
  position: number;
  /** Units still owed: need − picked − backordered. */
  open: number;
}

export interface WalkBin {
  binId: string;
  code: string;
  pickSequence: number;
  productId: string;
  /** What the floor sees in the bin now, this station's pending picks already taken out. */
  onHand: number;
}

export interface WalkTask {
  key: string;
  lineId: string;
  productId: string;
  /** Null: no bin the station knows of can give these units; only a short pick is left. */
  bin: { binId: string; code: string; pickSequence: number } | null;
  quantity: number;
  position: number;
}

/** Bins a line must not be sent back to: a picker reported them short for it (re-task). */
export type ExcludedBins = ReadonlyMap<string, ReadonlySet<string>>;

export function planWalk(
  lines: readonly WalkLine[],
  bins: readonly WalkBin[],
  excluded: ExcludedBins = new Map(),
): WalkTask[] {
  const binsByProduct = new Map<string, WalkBin[]>();
  const available = new Map<string, number>();
  for (const bin of bins) {
    const list = binsByProduct.get(bin.productId) ?? [];
    list.push(bin);
    binsByProduct.set(bin.productId, list);
    available.set(`${bin.binId}:${bin.productId}`, Math.max(bin.onHand, 0));
  }
  for (const list of binsByProduct.values()) list.sort(byWalk);

  const tasks: WalkTask[] = [];
  const ordered = [...lines].sort((a, b) => a.position - b.position || cmp(a.lineId, b.lineId));
  for (const line of ordered) {
    let open = line.open;
    if (open <= 0) continue;
    const skip = excluded.get(line.lineId);
    for (const bin of binsByProduct.get(line.productId) ?? []) {
      if (open === 0) break;
      if (skip?.has(bin.binId)) continue;
      const key = `${bin.binId}:${bin.productId}`;
      const take = Math.min(open, available.get(key) ?? 0);
      if (take === 0) continue;
      available.set(key, (available.get(key) ?? 0) - take);
      open -= take;
      tasks.push({
        key: `${line.lineId}:${bin.binId}`,
        lineId: line.lineId,
        productId: line.productId,
        bin: { binId: bin.binId, code: bin.code, pickSequence: bin.pickSequence },
        quantity: take,
        position: line.position,
      });
    }
    if (open > 0) {
      tasks.push({
        key: `${line.lineId}:none`,
        lineId: line.lineId,
        productId: line.productId,
        bin: null,
        quantity: open,
        position: line.position,
      });
    }
  }
  return tasks.sort(byStop);
}

function byWalk(a: WalkBin, b: WalkBin): number {
  return a.pickSequence - b.pickSequence || cmp(a.code, b.code);
}

/** Bins in walk order; stops with no bin last; at one bin, the orders in pick-list order. */
function byStop(a: WalkTask, b: WalkTask): number {
  if (a.bin === null || b.bin === null) {
    if (a.bin !== b.bin) return a.bin === null ? 1 : -1;
    return a.position - b.position;
  }
  return (
    a.bin.pickSequence - b.bin.pickSequence ||
    cmp(a.bin.code, b.bin.code) ||
    a.position - b.position ||
    cmp(a.lineId, b.lineId)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
