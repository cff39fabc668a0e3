import { WharfError } from '../../../../shared/contract';
import { renderPackingSlipEscPos } from '../../devices/printers/escpos/packing-slip-escpos';
import { idleConnection } from '../../db/idle-connection';
import type BetterSqlite3 from 'better-sqlite3';
import type { PrintingService } from '../printing/printing-service';
import type { PackingSlipDataInput } from './packing-slip/packing-slip-data';
import { renderPackingSlip } from './packing-slip/packing-slip-pdf';

export type SlipPrinting = Pick<PrintingService, 'list' | 'printTo' | 'reprint' | 'jobsFor'>;

const SLIP = 'packing-slip';

/**
 * Puts the packing slip on paper: on the bench's receipt printer as ESC/POS when it has one,
 * else on its A4 printer as the PDF. Printed by itself when an order is packed; asked for again
 * from the bench it is a logged reprint.
 */
export function createSlipPrinter(deps: {
  sqlite: BetterSqlite3.Database;
  printing: SlipPrinting;
  fontsDir?: string;
}) {
  function printerKind(): 'receipt' | 'a4' | null {
    const ready = deps.printing.list().filter((p) => p.enabled);
    if (ready.some((p) => p.kind === 'receipt')) return 'receipt';
    if (ready.some((p) => p.kind === 'a4')) return 'a4';
    return null;
  }

  async function bytes(kind: 'receipt' | 'a4', slip: PackingSlipDataInput): Promise<Uint8Array> {
    if (kind === 'receipt') return renderPackingSlipEscPos(slip);
    return renderPackingSlip(slip, deps.fontsDir === undefined ? {} : { fontsDir: deps.fontsDir });
  }

  return {
    /** Prints the slip of a packed order; null when the bench has no slip printer. */
    async printPacked(slip: PackingSlipDataInput): Promise<string | null> {
      const kind = printerKind();
      if (!kind) return null;
      const document = await bytes(kind, slip);
      await idleConnection(deps.sqlite);
      const job = deps.printing.printTo(kind, {
        kind: SLIP,
        reference: slip.fulfilmentNumber,
        bytes: document,
      });
      return job.printerName;
    },
    /** The slip again, on the clerk's request: the first print if there was none, else a reprint. */
    async printAgain(slip: PackingSlipDataInput, actor: string): Promise<string> {
      const kind = printerKind();
      if (!kind) {
        throw new WharfError(
          'NOT_FOUND',
          'This bench has no receipt or A4 printer for packing slips; add one in Settings › Printers.',
        );
      }
      const original = deps.printing
        .jobsFor(slip.fulfilmentNumber)
        .find((j) => j.documentKind === SLIP && j.copyOf === null);
      await idleConnection(deps.sqlite);
      if (original) {
        return deps.printing.reprint(original.id, 'Asked for again at the packing bench', actor)
          .printerName;
      }
      const document = await bytes(kind, slip);
      await idleConnection(deps.sqlite);
      return deps.printing.printTo(kind, {
        kind: SLIP,
        reference: slip.fulfilmentNumber,
        bytes: document,
      }).printerName;
    },
  };
}
export type SlipPrinter = ReturnType<typeof createSlipPrinter>;
