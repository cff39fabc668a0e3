import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import type { Printer } from '../../devices/printers/print-job-repository';
import type { PrinterProbe } from '../../devices/printers/status/printer-probe';

export interface ProbeRecord {
  probe: PrinterProbe;
  checkedAt: string;
}

export interface PrinterMonitorDeps {
  clock: Clock;
  logger: Logger;
  /** The printers to look at now (enabled, set up). */
  printers: () => Printer[];
  probe: (printer: Printer) => Promise<PrinterProbe>;
  /** True while the spool is sending to it: a second connection could disturb the job. */
  isSending: (printerId: string) => boolean;
  /** After a look that found something different from the last one. */
  onChange: (printerId: string) => void;
  intervalMs?: number;
}

/**
 * Looks at every printer every few seconds (and at one printer on request, e.g. right after a
 * job failed) and remembers what it found. Looks run beside the spool, never in its way: a
 * printer being sent to is skipped, and one look per printer runs at a time.
 */
export function createPrinterMonitor(deps: PrinterMonitorDeps) {
  const intervalMs = deps.intervalMs ?? 10_000;
  const records = new Map<string, ProbeRecord>();
  const inFlight = new Map<string, { done: Promise<void>; generation: number }>();
  // Bumped by forget(): a look that started before a printer's address changed is not kept.
  const generations = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  function look(printer: Printer): Promise<void> {
    const generation = generations.get(printer.id) ?? 0;
    const busy = inFlight.get(printer.id);
    if (busy) {
      // A look at the old set-up is under way: look again once it ends.
      return busy.generation === generation ? busy.done : busy.done.then(() => look(printer));
    }
    if (deps.isSending(printer.id)) return Promise.resolve();
    const work = deps
      .probe(printer)
      .then((probe) => {
        if (!running || generation !== (generations.get(printer.id) ?? 0)) return;
        const before = records.get(printer.id)?.probe;
        records.set(printer.id, { probe, checkedAt: deps.clock.now() });
        if (JSON.stringify(before) !== JSON.stringify(probe)) deps.onChange(printer.id);
      })
      .catch((err: unknown) => deps.logger.error({ err, printerId: printer.id }, 'probe failed'))
      .finally(() => inFlight.delete(printer.id));
    inFlight.set(printer.id, { done: work, generation });
    return work;
  }

  async function round(): Promise<void> {
    await Promise.all(deps.printers().map(look));
    if (running) timer = setTimeout(() => void round(), intervalMs);
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      void round();
    },
    async stop(): Promise<void> {
      running = false;
      clearTimeout(timer);
      await Promise.all([...inFlight.values()].map((look) => look.done));
    },
    /** Looks at one printer now (unless a look is already under way) and waits for it. */
    async checkNow(printerId: string): Promise<void> {
      if (!running) return;
      const printer = deps.printers().find((candidate) => candidate.id === printerId);
      if (printer) await look(printer);
    },
    /** What the last look found, or null before the first. */
    record: (printerId: string): ProbeRecord | null => records.get(printerId) ?? null,
    /** Forgets a printer whose address or driver changed, so old news is not shown as new. */
    forget(printerId: string): void {
      records.delete(printerId);
      generations.set(printerId, (generations.get(printerId) ?? 0) + 1);
    },
  };
}

export type PrinterMonitor = ReturnType<typeof createPrinterMonitor>;
