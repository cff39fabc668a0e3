import { execFile } from 'node:child_process';
import type { PrinterProbe } from './printer-probe';

export interface SpoolerProbeOptions {
  /** The `lpstat` to run; tests pass a fake script. */
  executable?: string;
  timeoutMs?: number;
}

/** Asks CUPS about one queue with `lpstat -p <queue>`: idle, printing, disabled, or unknown. */
export function probeSpoolerQueue(
  queue: string,
  options: SpoolerProbeOptions = {},
): Promise<PrinterProbe> {
  const executable = options.executable ?? 'lpstat';
  return new Promise<PrinterProbe>((resolve) => {
    execFile(
      executable,
      ['-p', queue],
      { timeout: options.timeoutMs ?? 5000, env: { ...process.env, LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT') {
          resolve(offline(`${executable} is not installed on this station (install CUPS)`));
          return;
        }
        resolve(readLpstat(queue, stdout, error === null ? stderr : stderr || error.message));
      },
    );
  });
}

/** Reads lpstat's English answer (LC_ALL=C) about `queue`. */
export function readLpstat(queue: string, stdout: string, stderr: string): PrinterProbe {
  const line = stdout.split('\n').find((text) => text.startsWith(`printer ${queue} `)) ?? '';
  if (/ disabled /.test(line)) {
    const reason = stdout.split('\n')[1]?.trim();
    return {
      reachable: true,
      problems: ['queue-disabled'],
      detail: `The print queue ${queue} is stopped${reason ? ` (${reason})` : ''}; start it again with cupsenable`,
    };
  }
  if (/ now printing /.test(line)) return { reachable: true, problems: [], detail: 'Printing' };
  if (/ is idle/.test(line)) return { reachable: true, problems: [], detail: null };
  const why = stderr.trim();
  if (/invalid destination|unknown destination|not exist/i.test(why)) {
    return offline(`The print spooler has no queue called ${queue}; check its name`);
  }
  if (/unable to connect|scheduler is not running/i.test(why)) {
    return offline('The print spooler (CUPS) is not running on this station');
  }
  return offline(`The print spooler did not say how ${queue} is: ${why || 'no answer'}`);
}

function offline(detail: string): PrinterProbe {
  return { reachable: false, problems: [], detail };
}
