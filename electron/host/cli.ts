import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { StationDbError } from '../station/db/station-db-error';
import { createLogger } from '../station/logger';
import { SOURCE_MIGRATIONS_DIR } from '../station/paths';
import { DEFAULT_DEMO_PORT, startDemoMode } from '../station/demo/demo-mode';
import { openStation } from '../station/station';
import { startHost } from './http-host';
import { isLoopbackHost } from './origin-check';

const USAGE = `Usage: npm run serve -- [--port 5170] [--host 127.0.0.1] [--allow-remote] [--data-dir DIR]
                             [--no-demo]

Serves the Wharf station (backend + screens) to a browser. Listens on loopback only unless
--allow-remote is given together with a non-loopback --host. The data folder defaults to
$WHARF_DATA_DIR, else ./data/station.

A station not enrolled to a head office starts the demo head office (embedded PostgreSQL with
a demo business, on 127.0.0.1:5181 or $WHARF_DEMO_PORT) in the background and enrols itself to
its first warehouse; later runs start it again. --no-demo (or WHARF_DEMO=off) skips that.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5170' },
      host: { type: 'string', default: '127.0.0.1' },
      'allow-remote': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  if (!isLoopbackHost(values.host) && !values['allow-remote']) {
    throw new UsageError(
      `Refusing to listen on ${values.host}: the station would be reachable from the network. ` +
        'Add --allow-remote if that is what you want.',
    );
  }
  const dataDir = resolve(values['data-dir'] ?? process.env.WHARF_DATA_DIR ?? 'data/station');
  const logger = createLogger();
  const station = await openStation({
    dataDir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    appVersion: readAppVersion(),
    logger,
  });
  const host = await startHost({
    station,
    logger,
    host: values.host,
    port,
    staticDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
  });
  // One plain line on stdout so people and test harnesses can find the address.
  console.log(`Wharf station serving at ${host.url} (data folder ${dataDir})`);

  // In the background: the screens are usable (and say "connecting") while it starts.
  const demo =
    values['no-demo'] || process.env.WHARF_DEMO === 'off'
      ? Promise.resolve(null)
      : startDemoMode({
          station,
          projectRoot: fileURLToPath(new URL('../..', import.meta.url)),
          stationDataDir: dataDir,
          logger,
          port: demoPort(),
        }).catch((err: unknown) => {
          logger.error({ err }, 'the demo head office could not start');
          console.error(`wharf: the demo head office could not start: ${describe(err)}`);
          return null;
        });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void host
      .close()
      .then(() => station.close())
      .then(() => demo)
      .then((running) => running?.stop())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

class UsageError extends Error {}

function demoPort(): number {
  const port = Number(process.env.WHARF_DEMO_PORT ?? DEFAULT_DEMO_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new UsageError(
      `WHARF_DEMO_PORT must be a port number, not "${process.env.WHARF_DEMO_PORT}"`,
    );
  }
  return port;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readAppVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof StationDbError) {
    console.error(`wharf: ${error.message}`);
  } else {
    console.error('wharf: the station could not start:', error);
  }
  process.exit(1);
});
