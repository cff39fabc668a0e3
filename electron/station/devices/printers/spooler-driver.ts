import { spawn } from 'node:child_process';
import type { PrinterDriver } from './printer-driver';
import { PrinterError } from './printer-driver';

export interface SpoolerOptions {
  /** The `lp` to run; tests pass a fake script. */
  executable?: string;
  timeoutMs?: number;
}

/**
 * Hands raw bytes to the operating system's spooler (CUPS `lp -o raw`), which then owns delivery:
 * `lp` exiting 0 means CUPS has the job, which is as far as this station can see.
 */
export function createSpoolerDriver(queue: string, options: SpoolerOptions = {}): PrinterDriver {
  const executable = options.executable ?? 'lp';
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    send(bytes) {
      return new Promise<void>((resolve, reject) => {
        const child = spawn(executable, ['-d', queue, '-o', 'raw'], {
          stdio: ['pipe', 'ignore', 'pipe'],
        });
        let stderr = '';
        let failure: PrinterError | null = null;
        const timer = setTimeout(() => {
          failure = new PrinterError(`The print spooler did not take the job for ${queue} in time`);
          child.kill();
        }, timeoutMs);
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk: string) => {
          stderr += chunk;
        });
        child.on('error', (error: NodeJS.ErrnoException) => {
          failure ??= new PrinterError(
            error.code === 'ENOENT'
              ? `The print command ${executable} is not installed on this station (install CUPS)`
              : `Could not run ${executable}: ${error.message}`,
            { cause: error },
          );
        });
        // A spooler that exits before reading all of stdin reports why on stderr and its exit code.
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => {
          clearTimeout(timer);
          if (failure) reject(failure);
          else if (code !== 0) {
            const why = stderr.trim() || `it exited with code ${String(code)}`;
            reject(new PrinterError(`The print spooler refused the job for ${queue}: ${why}`));
          } else resolve();
        });
        child.stdin.end(bytes);
      });
    },
  };
}
