import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type {
  PackCloseInput,
  PackingSlip,
  PackOpenAnswer,
  PackScanAnswer,
  PackState,
} from '../../../../shared/contract';
import { DEFAULT_BOXES, packCallouts, verifyPackScan } from '../../../../shared/domain/packing';
import type { ScanEvent, ScanFeedback } from '../../../../shared/scanning/scan-event';
import type { Clock, IdSource } from '../../clock';
import type { MutationRunner } from '../../mutations/run-mutation';
import type { RefusalLog } from '../floor/refusal-log';
import type { ScanResolver } from '../scan/resolve-scan';
import { createPackRepository } from './pack-repository';
import { readPackState, toVerifyLine } from './pack-state';
import { buildSlipData } from './packing-slip-source';
import type { SlipPrinter } from './slip-printer';
import { renderPackingSlip } from './packing-slip/packing-slip-pdf';

export interface PackServiceDeps {
  sqlite: BetterSqlite3.Database;
  runner: MutationRunner;
  logRefusal: RefusalLog;
  resolver: ScanResolver;
  clock: Clock;
  newId: IdSource;
  getWarehouseId: () => string | null;
  fontsDir?: string;
  /** Prints the packing slip when an order is packed; left out, slips are PDF previews only. */
  slipPrinter?: SlipPrinter;
}

/**
 * The packing bench: open an order by its tote or number, verify every unit by scan, close
 * parcels with a box and weight. Calls run one at a time so fast scans never race.
 */
export function createPackService(deps: PackServiceDeps) {
  const repo = createPackRepository(deps.sqlite);

  /** A printer's trouble never undoes packing: it is told, and the slip can be printed again. */
  async function printSlipWhenPacked(fulfilmentId: string): Promise<string> {
    if (!deps.slipPrinter) return '';
    try {
      const data = buildSlipData(repo, fulfilmentId, warehouseId(), deps.clock.now());
      const printer = await deps.slipPrinter.printPacked(data);
      return printer ? ` Packing slip sent to ${printer}.` : '';
    } catch (error) {
      return ` The packing slip did not print (${error instanceof Error ? error.message : 'printer error'}); print it again with F7.`;
    }
  }
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const warehouseId = (): string => {
    const id = deps.getWarehouseId();
    if (!id)
      throw new WharfError('UNAVAILABLE', 'Enrol this station with a head office before packing.');
    return id;
  };
  const state = (fulfilmentId: string): PackState => readPackState(repo, fulfilmentId);
  const answer = (
    fulfilmentId: string,
    feedback: ScanFeedback,
    started: number,
  ): PackScanAnswer => ({
    feedback,
    tookMs: performance.now() - started,
    state: state(fulfilmentId),
  });

  return {
    state,

    open(scan: ScanEvent): Promise<PackOpenAnswer> {
      const started = performance.now();
      return serial(() => {
        const meaning = deps.resolver.resolve(scan, new Date(deps.clock.now()));
        const opened = (fulfilmentId: string, title: string): PackOpenAnswer => {
          const s = state(fulfilmentId);
          return {
            feedback: {
              verdict: 'right',
              title,
              detail: s.complete
                ? 'This order is packed already.'
                : 'Scan each item into the parcel.',
            },
            tookMs: performance.now() - started,
            state: s,
            choices: [],
          };
        };
        const refuse = (title: string, detail: string): PackOpenAnswer => ({
          feedback: { verdict: 'wrong', title, detail },
          tookMs: performance.now() - started,
          state: null,
          choices: [],
        });
        if (meaning.kind === 'fulfilment')
          return opened(meaning.fulfilmentId, `Order ${meaning.number}`);
        if (meaning.kind === 'tote') {
          const members = repo.toteMembers(meaning.code);
          const only = members[0];
          if (!only)
            return refuse(`Tote ${meaning.code}`, 'No order waiting to be packed is in this tote.');
          if (members.length === 1) return opened(only.fulfilment_id, `Order ${only.number}`);
          return {
            feedback: {
              verdict: 'info',
              title: `Tote ${meaning.code}: ${members.length} orders`,
              detail: 'Scan the order to pack first, or choose it.',
            },
            tookMs: performance.now() - started,
            state: null,
            choices: members.map((m) => ({
              fulfilmentId: m.fulfilment_id,
              number: m.number,
              orderNumber: m.order_number,
            })),
          };
        }
        if (meaning.kind === 'unknown') return refuse('Unknown barcode', meaning.reason);
        return refuse(
          'Scan a tote or order',
          'Open an order at the bench by scanning its tote or its order number.',
        );
      });
    },

    scan(fulfilmentId: string, scan: ScanEvent): Promise<PackScanAnswer> {
      const started = performance.now();
      return serial(async () => {
        const current = repo.fulfilment(fulfilmentId);
        if (!current) throw new WharfError('NOT_FOUND', 'This station does not know that order.');
        const refused = async (feedback: ScanFeedback) => {
          await deps.logRefusal({ screen: 'pack', waveId: null, fulfilmentId, scan, feedback });
          return answer(fulfilmentId, feedback, started);
        };
        const meaning = deps.resolver.resolve(scan, new Date(deps.clock.now()));
        if (meaning.kind === 'unknown') {
          return refused({ verdict: 'wrong', title: 'Unknown barcode', detail: meaning.reason });
        }
        if (meaning.kind !== 'product') {
          const detail =
            meaning.kind === 'fulfilment' && meaning.fulfilmentId !== fulfilmentId
              ? `That is order ${meaning.number}. Finish ${current.number} first, or go back (Esc) to open it.`
              : `Scan the items of ${current.number}.`;
          return answer(fulfilmentId, { verdict: 'info', title: 'Not an item', detail }, started);
        }
        const lines = repo.lines(fulfilmentId);
        const units = meaning.count ?? meaning.packQuantity;
        const verdict = verifyPackScan(lines.map(toVerifyLine), meaning.product.id, units);
        if (verdict.outcome === 'refused') {
          return refused({ verdict: 'wrong', title: verdict.title, detail: verdict.detail });
        }
        repo.addBenchScan(
          deps.newId(),
          fulfilmentId,
          deps.clock.now(),
          verdict.allocations.map((a) => ({
            lineId: a.fulfilmentLineId,
            productId: meaning.product.id,
            units: a.units,
          })),
        );
        const after = state(fulfilmentId);
        const allVerified = after.lines.every((l) => l.packed + l.inParcel >= l.picked);
        return {
          feedback: allVerified
            ? {
                verdict: 'done',
                title: 'All items verified',
                detail: 'Weigh the parcel and close it (F8).',
              }
            : { verdict: 'right', title: verdict.title, detail: verdict.detail },
          tookMs: performance.now() - started,
          state: after,
        };
      });
    },

    removeLast(fulfilmentId: string): Promise<PackScanAnswer> {
      const started = performance.now();
      return serial(() => {
        if (!repo.removeLastBenchScan(fulfilmentId)) {
          throw new WharfError(
            'CONFLICT',
            'The open parcel is empty: there is nothing to take out.',
          );
        }
        return answer(
          fulfilmentId,
          {
            verdict: 'info',
            title: 'Taken out',
            detail: 'The last item scanned is out of the parcel.',
          },
          started,
        );
      });
    },

    closeParcel(input: PackCloseInput): Promise<PackScanAnswer> {
      const started = performance.now();
      return serial(async () => {
        const f = repo.fulfilment(input.fulfilmentId);
        if (!f) throw new WharfError('NOT_FOUND', 'This station does not know that order.');
        const lines = repo.lines(input.fulfilmentId);
        const items = lines
          .filter((l) => l.in_parcel > 0)
          .map((l) => ({ fulfilmentLineId: l.id, productId: l.product_id, quantity: l.in_parcel }));
        if (items.length === 0) {
          throw new WharfError(
            'BAD_REQUEST',
            'The parcel is empty: scan the items into it before closing it.',
          );
        }
        const box = DEFAULT_BOXES.find((b) => b.code === input.boxCode.toUpperCase());
        if (!box) {
          throw new WharfError(
            'BAD_REQUEST',
            `There is no box "${input.boxCode}" at this bench; choose one of ${DEFAULT_BOXES.map((b) => b.code).join(', ')}.`,
          );
        }
        if (input.last) {
          const missing = packCallouts(
            lines.map((l) => ({ ...toVerifyLine(l), packed: l.packed + l.in_parcel, inParcel: 0 })),
            { done: true },
          ).filter((c) => c.kind === 'missing' || c.kind === 'extra');
          const first = missing[0];
          if (first) throw new WharfError('CONFLICT', `The order is not complete: ${first.text}`);
        }
        const number = `${f.number}-P${repo.parcels(input.fulfilmentId).length + 1}`;
        await deps.runner.run('parcel.close', {
          warehouseId: warehouseId(),
          fulfilmentId: input.fulfilmentId,
          number,
          boxCode: box.code,
          weightGrams: input.weightGrams,
          lengthMm: box.lengthMm,
          widthMm: box.widthMm,
          heightMm: box.heightMm,
          items,
          last: input.last,
        });
        const slipNote = input.last ? await printSlipWhenPacked(input.fulfilmentId) : '';
        return answer(
          input.fulfilmentId,
          input.last
            ? {
                verdict: 'done',
                title: `Order ${f.number} packed`,
                detail: `${number} closed. The order is ready to ship.${slipNote}`,
              }
            : {
                verdict: 'right',
                title: `${number} closed`,
                detail: 'Scan the items for the next parcel.',
              },
          started,
        );
      });
    },

    /** The packing slip on paper again, at the packer's request. */
    async printSlip(fulfilmentId: string, actor: string): Promise<{ message: string }> {
      if (!deps.slipPrinter) throw new WharfError('UNAVAILABLE', 'This station does not print.');
      const data = buildSlipData(repo, fulfilmentId, warehouseId(), deps.clock.now());
      const printer = await deps.slipPrinter.printAgain(data, actor);
      return { message: `Packing slip ${data.fulfilmentNumber} sent to ${printer}.` };
    },

    async slip(fulfilmentId: string): Promise<PackingSlip> {
      const data = buildSlipData(repo, fulfilmentId, warehouseId(), deps.clock.now());
      const pdf = await renderPackingSlip(
        data,
        deps.fontsDir === undefined ? {} : { fontsDir: deps.fontsDir },
      );
      return {
        fileName: `packing-slip-${data.fulfilmentNumber}.pdf`,
        pdfBase64: pdf.toString('base64'),
      };
    },
  };
}

export type PackService = ReturnType<typeof createPackService>;
