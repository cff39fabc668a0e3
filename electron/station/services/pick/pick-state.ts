import { WharfError } from '../../../../shared/contract';
import type { PickState, PickTask } from '../../../../shared/contract';
import { mergeBatchStops } from '../../../../shared/domain/picking/batch-stops';
import { planWalk } from '../../../../shared/domain/picking/pick-walk';
import type { WalkBin, WalkLine, WalkTask } from '../../../../shared/domain/picking/pick-walk';
import type { ScanStop, StopCursor } from '../../../../shared/domain/picking/pick-scan-rules';
import type { LineRow, MemberRow, PickRepository } from './pick-repository';

/** A wave read from the replica: the screen's state and what the scan rules need. */
export interface WaveSnapshot {
  state: PickState;
  stop: ScanStop | null;
  cursor: StopCursor;
  currentTask: PickTask | null;
}

const UPCOMING = 6;

export function readWave(
  repo: PickRepository,
  waveId: string,
  context: { warehouseId: string; stationId: string },
): WaveSnapshot {
  const wave = repo.wave(waveId);
  if (!wave) {
    throw new WharfError(
      'NOT_FOUND',
      'That pick list is not on this station (it may have been refused).',
    );
  }
  const members = repo.members(waveId);
  const memberById = new Map(members.map((m) => [m.fulfilment_id, m]));
  const lines: LineRow[] = [];
  for (const member of members) lines.push(...repo.lines(member.fulfilment_id));
  // A bin reported short is out of the walk for that product in the whole list: whoever stood
  // there found it empty, wrong or out of reach, and sending the next order there wastes a trip.
  const shortBins = new Map<string, Set<string>>();
  let unitsShort = 0;
  const shortByFulfilment = new Map<string, number>();
  const lineFulfilment = new Map(lines.map((l) => [l.id, l.fulfilment_id]));
  for (const short of repo.waveShorts(waveId)) {
    if (short.bin_id !== null) {
      const set = shortBins.get(short.product_id) ?? new Set<string>();
      set.add(short.bin_id);
      shortBins.set(short.product_id, set);
    }
    const fulfilmentId = lineFulfilment.get(short.fulfilment_line_id);
    if (short.resolution === 'backorder' && fulfilmentId !== undefined) {
      unitsShort += short.quantity;
      shortByFulfilment.set(
        fulfilmentId,
        (shortByFulfilment.get(fulfilmentId) ?? 0) + short.quantity,
      );
    }
  }
  const excluded = new Map<string, Set<string>>();
  for (const line of lines) {
    const bins = shortBins.get(line.product_id);
    if (bins) excluded.set(line.id, bins);
  }
  const lineById = new Map(lines.map((l) => [l.id, l]));
  // Orders the head office took away (cancelled) or already packed are not walked.
  const walkable = lines.filter((l) => {
    const status = memberById.get(l.fulfilment_id)?.status;
    return status === 'released' || status === 'picking';
  });
  const walkLines: WalkLine[] = walkable.map((l) => ({
    lineId: l.id,
    productId: l.product_id,
    position: memberById.get(l.fulfilment_id)?.position ?? 0,
    open: l.quantity - l.picked - l.backordered,
  }));
  const bins: WalkBin[] = [];
  for (const productId of new Set(walkLines.filter((l) => l.open > 0).map((l) => l.productId))) {
    for (const b of repo.bins(productId, context.warehouseId)) {
      bins.push({
        binId: b.bin_id,
        code: b.code,
        pickSequence: b.pick_sequence,
        productId,
        onHand: b.on_hand,
      });
    }
  }
  const walked = planWalk(walkLines, bins, excluded).map((t) => toTask(t, lineById, memberById));
  const tasks = wave.kind === 'batch' ? mergeBatchStops(walked) : walked;
  const current = tasks[0] ?? null;
  const saved = repo.cursor(waveId);
  const cursor: StopCursor =
    saved && current && saved.task_key === current.key
      ? {
          binId: saved.bin_id,
          lot: saved.lot,
          expiry: saved.expiry,
          waitingUnits: saved.waiting_units,
        }
      : // A new stop at the same bin keeps the bin confirmed: the picker has not moved.
        {
          binId: saved && current?.bin && saved.bin_id === current.bin.id ? saved.bin_id : null,
          lot: null,
          expiry: null,
          waitingUnits: null,
        };

  const unitsNeeded = lines.reduce((n, l) => n + l.quantity, 0);
  const unitsPicked = lines.reduce((n, l) => n + l.picked, 0);
  const last = repo.lastPick(waveId, context.stationId);
  const state: PickState = {
    wave: {
      id: wave.id,
      number: wave.number,
      kind: wave.kind,
      createdAt: wave.created_at,
      pending: wave.pending === 1,
    },
    orders: members.map((m) => {
      const own = lines.filter((l) => l.fulfilment_id === m.fulfilment_id);
      return {
        fulfilmentId: m.fulfilment_id,
        number: m.number,
        orderNumber: m.order_number,
        tote: m.tote,
        unitsNeeded: own.reduce((n, l) => n + l.quantity, 0),
        unitsPicked: own.reduce((n, l) => n + l.picked, 0),
        unitsShort: shortByFulfilment.get(m.fulfilment_id) ?? 0,
      };
    }),
    current,
    upcoming: tasks.slice(1, 1 + UPCOMING),
    expecting: expecting(current, cursor),
    captured: { lot: cursor.lot, expiry: cursor.expiry },
    progress: { unitsNeeded, unitsPicked, unitsShort },
    lastPick: last
      ? {
          pickId: last.id,
          text: `${last.quantity} × ${last.sku} from ${last.bin_code}`,
          at: last.picked_at,
        }
      : null,
    refused: repo.refused(waveId).map((r) => ({
      mutationId: r.id,
      at: r.resolved_at,
      message: `${r.description} — ${r.reject_message}`,
    })),
    done: tasks.length === 0,
  };
  const stop: ScanStop | null =
    current === null
      ? null
      : {
          binId: current.bin?.id ?? null,
          binCode: current.bin?.code ?? null,
          productId: current.product.id,
          sku: current.product.sku,
          name: current.product.name,
          requiresLot: current.product.requiresLot,
          requiresSerial: current.product.requiresSerial,
          quantity: current.quantity,
          tote: current.tote,
        };
  return { state, stop, cursor, currentTask: current };
}

function toTask(
  task: WalkTask,
  lineById: ReadonlyMap<string, LineRow>,
  memberById: ReadonlyMap<string, MemberRow>,
): PickTask {
  const line = lineById.get(task.lineId);
  const member = line ? memberById.get(line.fulfilment_id) : undefined;
  if (!line || !member) throw new Error(`Walk produced a stop for an unknown line ${task.lineId}`);
  return {
    key: task.key,
    fulfilmentId: line.fulfilment_id,
    fulfilmentNumber: member.number,
    orderNumber: member.order_number,
    fulfilmentLineId: line.id,
    product: {
      id: line.product_id,
      sku: line.sku,
      name: line.name,
      gtin: line.gtin,
      requiresLot: line.requires_lot === 1,
      requiresSerial: line.requires_serial === 1,
    },
    bin: task.bin
      ? { id: task.bin.binId, code: task.bin.code, pickSequence: task.bin.pickSequence }
      : null,
    tote: member.tote,
    quantity: task.quantity,
    lines: [
      {
        fulfilmentLineId: line.id,
        fulfilmentId: line.fulfilment_id,
        fulfilmentNumber: member.number,
        orderNumber: member.order_number,
        quantity: task.quantity,
      },
    ],
  };
}

function expecting(task: PickTask | null, cursor: StopCursor): PickState['expecting'] {
  if (!task || !task.bin) return 'nothing';
  if (cursor.binId !== task.bin.id) return 'bin';
  if (cursor.waitingUnits !== null) {
    return task.product.requiresLot && cursor.lot === null ? 'lot' : 'serial';
  }
  return 'item';
}
