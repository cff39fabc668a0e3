import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { captureOutput } from './child-output';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface StationProcess {
  url: string;
  output: () => string;
  /** Stops it the way Ctrl+C would, and waits for it to exit. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process dies where it stands, as in a power cut. */
  kill(): Promise<void>;
}

/**
 * Starts the same browser host `npm run serve` runs (without rebuilding the renderer, which the
 * e2e script builds once), on a free port, with its own data folder.
 */
export async function startStationProcess(
  dataDir: string,
  options: { demo?: { port: number } } = {},
): Promise<StationProcess> {
  const args = ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data-dir', dataDir];
  if (!options.demo) args.push('--no-demo');
  const env: NodeJS.ProcessEnv = { ...process.env, WHARF_LOG_LEVEL: 'warn' };
  if (options.demo) env.WHARF_DEMO_PORT = String(options.demo.port);
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: 'pipe' });
  const captured = captureOutput(child);
  const [, url = ''] = await captured.waitFor(/serving at (http:\/\/\S+)/, 'the station', 30_000);
  return {
    url,
    output: () => captured.output(),
    stop: () => stopChild(child),
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}
