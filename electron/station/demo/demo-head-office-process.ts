import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DemoLinkSchema } from '../../../shared/api/demo-link';
import type { DemoLink } from '../../../shared/api/demo-link';
import type { Logger } from '../logger';

export interface DemoHeadOfficeOptions {
  /** The project checkout: the demo runs the head office from its sources with tsx. */
  projectRoot: string;
  /** The head office's own data folder (embedded PostgreSQL and its key). */
  dataDir: string;
  port: number;
  logger: Logger;
  /** How long a first start (initdb, migrations, seeding) may take. */
  startTimeoutMs?: number;
}

export interface DemoHeadOffice {
  link: DemoLink;
  /** Stops the head office (and its PostgreSQL); a no-op for one this launcher did not start. */
  stop(): Promise<void>;
}

const LINK_FILE = 'demo-link.json';

/** True when this checkout has the head office sources the demo runs (a packaged app does not). */
export function canRunDemoHeadOffice(projectRoot: string): boolean {
  return existsSync(join(projectRoot, 'server', 'cli.ts'));
}

/**
 * Starts `server/cli.ts --demo` as a child process and waits for the link file it writes once
 * its API is listening. A separate process, not an import: the station and the head office
 * share nothing but HTTP, in the demo as in a real site.
 */
export async function startDemoHeadOffice(options: DemoHeadOfficeOptions): Promise<DemoHeadOffice> {
  const linkFile = join(options.dataDir, LINK_FILE);
  rmSync(linkFile, { force: true });
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(options.projectRoot, 'server', 'cli.ts'),
      '--demo',
      '--port',
      String(options.port),
      '--data-dir',
      options.dataDir,
      '--demo-link-file',
      linkFile,
    ],
    {
      cwd: options.projectRoot,
      env: { ...process.env, WHARF_LOG_LEVEL: process.env.WHARF_LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const remember = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);
  try {
    const link = await waitForLink(
      child,
      linkFile,
      options.startTimeoutMs ?? 180_000,
      () => output,
    );
    options.logger.info({ url: link.headOfficeUrl }, 'demo head office running');
    // Its own summary (tokens, demo people) is worth showing once, like `npm run head-office`.
    for (const line of output.split('\n').filter((l) => l.trim() !== '')) {
      console.log(`[demo head office] ${line}`);
    }
    child.stdout.off('data', remember);
    child.stdout.on('data', (chunk: Buffer) =>
      process.stdout.write(`[demo head office] ${chunk.toString()}`),
    );
    return { link, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** Reads the link a demo head office that is already running left behind, if it is current. */
export function readDemoLink(dataDir: string): DemoLink | null {
  try {
    return DemoLinkSchema.parse(JSON.parse(readFileSync(join(dataDir, LINK_FILE), 'utf8')));
  } catch {
    return null;
  }
}

function waitForLink(
  child: ChildProcess,
  linkFile: string,
  timeoutMs: number,
  output: () => string,
): Promise<DemoLink> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const onExit = (code: number | null) => {
      clearInterval(timer);
      reject(
        new Error(`the demo head office stopped (exit ${String(code)}):\n${output().slice(-2000)}`),
      );
    };
    const timer = setInterval(() => {
      if (existsSync(linkFile)) {
        clearInterval(timer);
        child.off('exit', onExit);
        try {
          resolve(DemoLinkSchema.parse(JSON.parse(readFileSync(linkFile, 'utf8'))));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        child.off('exit', onExit);
        reject(new Error(`the demo head office did not start within ${timeoutMs / 1000} s`));
      }
    }, 200);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
