import type BetterSqlite3 from 'better-sqlite3';
import { WharfError } from '../../../../shared/contract';
import type { ActivityEntry } from '../../../../shared/contract';
import type { PrinterSave } from '../../../../shared/contract/schemas/printers';
import type { Clock, IdSource } from '../../clock';
import type { Printer, PrintJobRepository } from '../../devices/printers/print-job-repository';
import type { PrintingActivity } from './printing-activity';

const NOT_HERE = 'That printer is no longer set up here; open the printer list again';

function describe(printer: Printer): string {
  const flags = [printer.isDefault ? 'default' : null, printer.enabled ? null : 'off'];
  const extra = flags.filter(Boolean).join(', ');
  return `${printer.kind} printer, ${printer.driver} ${printer.address}${extra ? `, ${extra}` : ''}`;
}

/**
 * Adding, changing and removing printers: each change and its activity entry in one
 * transaction. Names are unique on a station; a printer with jobs still to print stays.
 */
export function createPrinterSetup(deps: {
  sqlite: BetterSqlite3.Database;
  repo: PrintJobRepository;
  clock: Clock;
  newId: IdSource;
  record: (activity: PrintingActivity) => ActivityEntry;
}) {
  const { repo } = deps;

  function refuseNameClash(name: string, id: string): void {
    const clash = repo
      .printers()
      .find((other) => other.id !== id && other.name.toLowerCase() === name.toLowerCase());
    if (clash) {
      throw new WharfError(
        'CONFLICT',
        `There is already a printer called "${clash.name}"; give this one another name`,
        { issues: [{ path: 'name', message: 'Another printer has this name' }] },
      );
    }
  }

  return {
    /** Returns the saved printer and the log entry, after the commit. */
    save(input: PrinterSave, actor: string): { printer: Printer; entry: ActivityEntry | null } {
      return deps.sqlite.transaction(() => {
        const before = input.id === undefined ? null : repo.printer(input.id);
        if (input.id !== undefined && (!before || before.removedAt !== null)) {
          throw new WharfError('NOT_FOUND', NOT_HERE);
        }
        const id = before?.id ?? deps.newId();
        refuseNameClash(input.name, id);
        // The first printer of a kind is its default, so printing works without another step.
        const firstOfKind = !repo.printers().some((p) => p.kind === input.kind && p.id !== id);
        const printer: Printer = {
          id,
          name: input.name,
          kind: input.kind,
          driver: input.driver,
          address: input.address,
          enabled: input.enabled,
          isDefault: input.isDefault || firstOfKind,
          dpi: input.dpi,
          createdAt: before?.createdAt ?? deps.clock.now(),
          removedAt: null,
        };
        if (before && JSON.stringify(before) === JSON.stringify(printer)) {
          return { printer, entry: null };
        }
        if (printer.isDefault) repo.clearDefault(printer.kind);
        if (before) repo.updatePrinter(printer);
        else repo.insertPrinter(printer);
        const entry = deps.record(
          before
            ? {
                kind: 'printer.changed',
                actor,
                summary: `Changed printer "${printer.name}": ${describe(before)} → ${describe(printer)}`,
                detail: { before, after: printer },
              }
            : {
                kind: 'printer.added',
                actor,
                summary: `Added printer "${printer.name}": ${describe(printer)}`,
                detail: { printer },
              },
        );
        return { printer, entry };
      })();
    },

    /** Marks it removed (the row stays for its jobs); refused while it owes jobs. */
    remove(id: string, actor: string): ActivityEntry {
      return deps.sqlite.transaction(() => {
        const printer = repo.printer(id);
        if (!printer || printer.removedAt !== null) throw new WharfError('NOT_FOUND', NOT_HERE);
        const waiting = repo.waitingCount(id);
        if (waiting > 0) {
          const jobs = waiting === 1 ? '1 job' : `${waiting} jobs`;
          throw new WharfError(
            'CONFLICT',
            `"${printer.name}" still has ${jobs} to print; let them print or give them up first`,
          );
        }
        repo.markPrinterRemoved(id, deps.clock.now());
        return deps.record({
          kind: 'printer.removed',
          actor,
          summary: `Removed printer "${printer.name}" (${describe(printer)})`,
          detail: { printer },
        });
      })();
    },
  };
}
