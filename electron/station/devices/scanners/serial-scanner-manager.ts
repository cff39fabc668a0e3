import type { Kysely } from 'kysely';
import { WharfError } from '../../../../shared/contract';
import type {
  SerialPortInfo,
  SerialScannerConfig,
  SerialScannerSave,
  SerialScannerStatus,
} from '../../../../shared/contract';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import type { Clock, IdSource } from '../../clock';
import type { StationDatabase } from '../../db/schema';
import type { LocalWrite } from '../../local-writes/local-write';
import type { Logger } from '../../logger';
import type { BackoffPolicy } from '../../outbox/backoff';
import {
  insertScanner,
  markScannerRemoved,
  readScanners,
  updateScanner,
} from './scanner-repository';
import { systemSerialBinding } from './serial-binding';
import type { SerialBindingSource } from './serial-binding';
import { createSerialScanner } from './serial-scanner';
import type { SerialScanner } from './serial-scanner';

export type ScanListener = (scan: ScanEvent) => void;

export interface SerialScannerManager {
  /** Reads the saved scanners and opens the enabled ones. */
  start(): Promise<void>;
  /** Closes every port; call before the database closes. */
  stop(): Promise<void>;
  list(): SerialScannerStatus[];
  save(input: SerialScannerSave, actor: string): Promise<SerialScannerStatus>;
  remove(id: string, actor: string): Promise<void>;
  ports(): Promise<SerialPortInfo[]>;
  /** Every scan from every scanner; returns the unsubscribe. */
  onScan(listener: ScanListener): () => void;
}

interface Entry {
  config: SerialScannerConfig;
  reader: SerialScanner | null;
}

/**
 * The station's serial scanners: the saved list (station SQLite, through the local-write path so
 * every change is in the activity log) and one reader per enabled scanner. Changes run one at a
 * time, so a port is always released before it is opened again.
 */
export function createSerialScannerManager(deps: {
  db: Kysely<StationDatabase>;
  localWrite: LocalWrite;
  clock: Clock;
  newId: IdSource;
  logger: Logger;
  binding?: SerialBindingSource;
  reopen?: BackoffPolicy;
}): SerialScannerManager {
  const binding = deps.binding ?? systemSerialBinding;
  const entries = new Map<string, Entry>();
  const listeners = new Set<ScanListener>();
  let running = false;
  let queue: Promise<unknown> = Promise.resolve();

  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  }

  function publish(scan: ScanEvent): void {
    for (const listener of listeners) {
      try {
        listener(scan);
      } catch (err) {
        deps.logger.error({ err }, 'scan listener failed');
      }
    }
  }

  function reader(config: SerialScannerConfig): SerialScanner | null {
    if (!running || !config.enabled) return null;
    const created = createSerialScanner({
      settings: config,
      binding,
      onScan: publish,
      logger: deps.logger,
      now: () => deps.clock.now(),
      ...(deps.reopen ? { reopen: deps.reopen } : {}),
    });
    created.start();
    return created;
  }

  function status(entry: Entry): SerialScannerStatus {
    const live = entry.reader?.live();
    return {
      ...entry.config,
      state: live?.state ?? 'closed',
      message: live?.message ?? (entry.config.enabled ? null : 'Switched off'),
      lastScanAt: live?.lastScanAt ?? null,
      lastRejected: live?.lastRejected ?? null,
    };
  }

  function refuseClash(candidate: SerialScannerConfig): void {
    for (const { config } of entries.values()) {
      if (config.id === candidate.id) continue;
      if (config.path === candidate.path) {
        throw new WharfError(
          'CONFLICT',
          `"${config.name}" already reads ${config.path}; choose another port or remove it first`,
        );
      }
      if (config.name.toLowerCase() === candidate.name.toLowerCase()) {
        throw new WharfError(
          'CONFLICT',
          `There is already a scanner called "${config.name}"; give this one another name`,
        );
      }
    }
  }

  function describe(config: SerialScannerConfig): string {
    return `${config.path}, ${config.baudRate} baud, ends ${config.terminator}${config.enabled ? '' : ', off'}`;
  }

  return {
    start: () =>
      serially(async () => {
        if (running) return;
        running = true;
        for (const config of await readScanners(deps.db)) {
          entries.set(config.id, { config, reader: reader(config) });
        }
      }),

    stop: () =>
      serially(async () => {
        running = false;
        await Promise.all(
          [...entries.values()].map((entry) => entry.reader?.stop() ?? Promise.resolve()),
        );
        entries.clear();
      }),

    list: () => [...entries.values()].map(status),

    save: (input, actor) =>
      serially(async () => {
        const before = input.id === undefined ? undefined : entries.get(input.id);
        if (input.id !== undefined && !before) {
          throw new WharfError(
            'NOT_FOUND',
            'That scanner is no longer set up here; open the scanner list again',
          );
        }
        const config: SerialScannerConfig = { ...input, id: input.id ?? deps.newId() };
        if (before && sameConfig(before.config, config)) return status(before);
        refuseClash(config);
        await deps.localWrite(
          before
            ? {
                kind: 'scanner.changed',
                actor,
                summary: `Changed scanner "${config.name}": ${describe(before.config)} → ${describe(config)}`,
                detail: { before: before.config, after: config },
              }
            : {
                kind: 'scanner.added',
                actor,
                summary: `Added scanner "${config.name}" on ${describe(config)}`,
                detail: { scanner: config },
              },
          async (trx) => {
            const at = deps.clock.now();
            if (before) await updateScanner(trx, config, at);
            else await insertScanner(trx, config, at);
          },
        );
        // Reopened even when only the name changed: the name is stamped on every scan.
        await before?.reader?.stop();
        const entry: Entry = { config, reader: reader(config) };
        entries.set(config.id, entry);
        return status(entry);
      }),

    remove: (id, actor) =>
      serially(async () => {
        const entry = entries.get(id);
        if (!entry) {
          throw new WharfError(
            'NOT_FOUND',
            'That scanner is no longer set up here; open the scanner list again',
          );
        }
        await deps.localWrite(
          {
            kind: 'scanner.removed',
            actor,
            summary: `Removed scanner "${entry.config.name}" (${entry.config.path})`,
            detail: { scanner: entry.config },
          },
          (trx) => markScannerRemoved(trx, id, deps.clock.now()),
        );
        await entry.reader?.stop();
        entries.delete(id);
      }),

    async ports() {
      let found;
      try {
        found = await (await binding()).list();
      } catch (err) {
        deps.logger.error({ err }, 'listing serial ports failed');
        throw new WharfError(
          'UNAVAILABLE',
          "This computer's serial ports could not be listed; type the port's name instead",
        );
      }
      const users = new Map([...entries.values()].map(({ config }) => [config.path, config.name]));
      return found.map((port) => ({
        path: port.path,
        manufacturer: port.manufacturer ?? null,
        serialNumber: port.serialNumber ?? null,
        vendorId: port.vendorId ?? null,
        productId: port.productId ?? null,
        usedBy: users.get(port.path) ?? null,
      }));
    },

    onScan(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

function sameConfig(a: SerialScannerConfig, b: SerialScannerConfig): boolean {
  return (
    a.name === b.name &&
    a.path === b.path &&
    a.baudRate === b.baudRate &&
    a.terminator === b.terminator &&
    a.enabled === b.enabled
  );
}
