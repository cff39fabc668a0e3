import { app } from 'electron';
import type { Logger } from '../station/logger';
import { createShutdownSequence } from './shutdown-sequence';

/** Long enough for a checkpoint of a busy WAL, short enough that a person is not left waiting. */
const CLOSE_TIMEOUT_MS = 10_000;

/** Starts the shutdown directly, for start-up failures that should exit with a non-zero code. */
export type Shutdown = (reason: string, exitCode?: number) => Promise<void>;

/**
 * Every way out — closing the last window, Cmd+Q, the OS logging off, Ctrl+C or SIGTERM in a
 * terminal — closes the station first, so SQLite folds its WAL back and releases its lock, and
 * only then exits.
 */
export function installGracefulShutdown(close: () => Promise<void>, logger: Logger): Shutdown {
  const shutdown = createShutdownSequence({
    close,
    exit: (code) => app.exit(code),
    log: (level, obj, msg) => logger[level](obj, msg),
    timeoutMs: CLOSE_TIMEOUT_MS,
  });
  app.on('before-quit', (event) => {
    // app.exit() skips before-quit, so every quit request ends up here until the station is
    // closed; the sequence itself runs once.
    event.preventDefault();
    void shutdown.run('quit');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `once`: a second Ctrl+C gets Node's default and ends the process at once.
    process.once(signal, () => void shutdown.run(signal));
  }
  return (reason, exitCode) => shutdown.run(reason, exitCode);
}
