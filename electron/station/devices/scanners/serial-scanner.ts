import { SerialPortStream } from '@serialport/stream';
import type { ScannerState, ScannerTerminator } from '../../../../shared/contract';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import type { Logger } from '../../logger';
import { backoffDelayMs } from '../../outbox/backoff';
import type { BackoffPolicy } from '../../outbox/backoff';
import { createScanFramer } from './scan-framer';
import { scanFromFrame } from './scan-from-frame';
import type { SerialBindingSource } from './serial-binding';
import { describeOpenError } from './serial-open-error';

export interface SerialScannerSettings {
  /** Recorded as the scan's device. */
  name: string;
  path: string;
  baudRate: number;
  terminator: ScannerTerminator;
}

export interface SerialScannerLive {
  state: ScannerState;
  message: string | null;
  lastScanAt: string | null;
  lastRejected: { at: string; reason: string } | null;
}

export interface SerialScanner {
  /** Opens the port, and keeps reopening it while it is missing, until stop(). */
  start(): void;
  /** Closes the port and stops retrying; resolves once the port is released. */
  stop(): Promise<void>;
  live(): SerialScannerLive;
}

/** Waits between attempts to reopen a missing scanner: quick after an unplug, then patient. */
export const DEFAULT_REOPEN: BackoffPolicy = { baseMs: 500, capMs: 10_000 };

/** Longer than any barcode (a scan is at most 512 characters); beyond it the input is noise. */
const MAX_FRAME_BYTES = 2048;

export function createSerialScanner(options: {
  settings: SerialScannerSettings;
  binding: SerialBindingSource;
  onScan: (scan: ScanEvent) => void;
  onChange?: (live: SerialScannerLive) => void;
  logger: Logger;
  now: () => string;
  reopen?: BackoffPolicy;
}): SerialScanner {
  const { settings, logger } = options;
  const reopen = options.reopen ?? DEFAULT_REOPEN;
  const log = { scanner: settings.name, path: settings.path };
  let live: SerialScannerLive = {
    state: 'closed',
    message: null,
    lastScanAt: null,
    lastRejected: null,
  };
  let port: SerialPortStream | null = null;
  let retry: NodeJS.Timeout | null = null;
  let failures = 0;
  // Bumped by start() and stop(): callbacks of an earlier attempt see it changed and stand down.
  let generation = 0;
  let running = false;
  let opening: Promise<void> = Promise.resolve();

  const change = (next: Partial<SerialScannerLive>): void => {
    live = { ...live, ...next };
    options.onChange?.(live);
  };

  const reject = (reason: string): void => {
    logger.warn({ ...log, reason }, 'serial scan dropped');
    change({ lastRejected: { at: options.now(), reason } });
  };

  const framer = createScanFramer({
    terminator: settings.terminator,
    maxFrameBytes: MAX_FRAME_BYTES,
    onFrame: (frame) => {
      const reading = scanFromFrame(frame, settings.name, options.now());
      if (reading.kind === 'blank') return;
      if (reading.kind === 'rejected') {
        reject(reading.reason);
        return;
      }
      change({ lastScanAt: reading.scan.at });
      try {
        options.onScan(reading.scan);
      } catch (err) {
        logger.error({ ...log, err }, 'serial scan listener failed');
      }
    },
    onOverflow: (bytes) =>
      reject(
        `${bytes} bytes arrived without the end-of-scan character (${settings.terminator}); ` +
          "set the scanner's terminator here to match the scanner",
      ),
  });

  const scheduleReopen = (why: string): void => {
    failures += 1;
    // Deterministic (no jitter): one scanner, one port, nobody else to collide with.
    const delay = backoffDelayMs(failures, reopen, () => 1);
    const seconds = Math.max(1, Math.round(delay / 1000));
    change({ state: 'error', message: `${why}. Trying again in ${seconds} s.` });
    retry = setTimeout(() => {
      retry = null;
      opening = open(generation);
    }, delay);
  };

  const lost = (gen: number, stream: SerialPortStream, err: unknown): void => {
    if (gen !== generation || port !== stream) return;
    port = null;
    const detail = err instanceof Error ? err.message : String(err);
    logger.warn({ ...log, err: detail }, 'serial scanner lost');
    scheduleReopen(`Lost the scanner on ${settings.path} (unplugged?)`);
  };

  async function open(gen: number): Promise<void> {
    let binding;
    try {
      binding = await options.binding();
    } catch (err) {
      if (gen !== generation) return;
      logger.error({ ...log, err }, 'serial ports unavailable');
      // Retrying cannot help: the computer has no working serial support in this build.
      change({
        state: 'error',
        message: `This computer's serial ports cannot be used by Wharf: ${String(err)}`,
      });
      return;
    }
    if (gen !== generation) return;
    let stream: SerialPortStream;
    try {
      stream = new SerialPortStream({
        binding,
        path: settings.path,
        baudRate: settings.baudRate,
        autoOpen: false,
      });
    } catch (err) {
      // Settings the library refuses outright; retrying the same settings cannot help.
      change({ state: 'error', message: describeOpenError(settings.path, err) });
      return;
    }
    stream.on('data', (chunk: Buffer) => {
      if (gen === generation) framer.push(chunk);
    });
    // A disconnect closes the stream with a DisconnectedError; a plain close() passes none.
    stream.on('close', (err: Error | null) => {
      if (err) lost(gen, stream, err);
    });
    stream.on('error', (err: Error) => {
      // Also the case when a vanished device cannot even be closed cleanly.
      if (!stream.isOpen) lost(gen, stream, err);
      else logger.warn({ ...log, err: err.message }, 'serial port error');
    });
    await new Promise<void>((resolve) => {
      stream.open((err) => {
        if (gen !== generation) {
          // Stopped while opening: release the port before stop() reports it closed.
          if (err) resolve();
          else stream.close(() => resolve());
          return;
        }
        if (err) {
          logger.warn({ ...log, err: err.message }, 'serial scanner would not open');
          scheduleReopen(describeOpenError(settings.path, err));
        } else {
          port = stream;
          failures = 0;
          framer.reset();
          logger.info(log, 'serial scanner open');
          change({ state: 'open', message: null });
        }
        resolve();
      });
    });
  }

  return {
    start() {
      if (running) return;
      running = true;
      generation += 1;
      opening = open(generation);
    },
    async stop() {
      if (!running) return;
      running = false;
      generation += 1;
      if (retry) clearTimeout(retry);
      retry = null;
      failures = 0;
      await opening;
      const current = port;
      port = null;
      if (current?.isOpen) {
        await new Promise<void>((resolve) => {
          current.close(() => resolve());
        });
      }
      change({ state: 'closed', message: null });
    },
    live: () => live,
  };
}
