import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { captureOutput } from './child-output';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface HeadOfficeProcess {
  readonly url: string;
  readonly pid: number;
  output(): string;
  /** SIGKILL: no shutdown, no goodbye — what a power cut or OOM kill looks like. */
  kill(): Promise<void>;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<void>;
  exited(): boolean;
}

/**
 * The real head office (`npm run head-office`) as a child process on a fixed port, against a
 * PostgreSQL the test owns, so the process can be killed and started again while the data stays.
 */
export async function startHeadOfficeProcess(options: {
  databaseUrl: string;
  port: number;
  dataDir: string;
}): Promise<HeadOfficeProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli.ts',
      '--port',
      String(options.port),
      '--data-dir',
      options.dataDir,
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        WHARF_LOG_LEVEL: 'warn',
        // Manifests reach the carrier within a second, so tests need not wait half a minute.
        MANIFEST_SUBMIT_EVERY_MS: '1000',
      },
      stdio: 'pipe',
    },
  );
  const captured = captureOutput(child);
  const [, url = ''] = await captured.waitFor(
    /Wharf head office at (http:\/\/\S+)/,
    'the head office',
    60_000,
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('head office has no pid');
  return {
    url,
    pid,
    output: () => captured.output(),
    kill: () => signal(child, 'SIGKILL'),
    stop: () => signal(child, 'SIGTERM'),
    exited: () => child.exitCode !== null || child.signalCode !== null,
  };
}

function signal(child: ChildProcess, name: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(name);
  });
}
