import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHeadOffice } from './head-office';

const USAGE = `Usage: npm run head-office -- [--demo] [--port 5180] [--host 127.0.0.1] [--data-dir DIR]
                                   [--demo-link-file FILE]

Starts the Wharf head office. Uses DATABASE_URL when set; otherwise starts an embedded
PostgreSQL 17 in DIR (default ./data/head-office). With ELECTRIC_URL (and ELECTRIC_SECRET) set,
/v1/shape proxies to that Electric sync service instead of the built-in change log. --demo fills an empty database with a
believable business (warehouses, 500+ products, channels, stock, orders in every state).
--demo-link-file writes, once listening, what a station needs to enrol itself to the demo
(address, a fresh manager token, a warehouse): how \`npm run serve\` starts its demo.
Carrier tracking webhooks are verified with TRACKING_WEBHOOK_SECRET; parcels that have not moved
for TRACKING_STALE_AFTER_HOURS (72) raise an alert. Customer emails go out through SMTP_URL
(smtp://host:587, smtps://user:pass@host:465) from MAIL_FROM; without SMTP_URL they wait.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.HEAD_OFFICE_PORT ?? '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      'demo-link-file': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const dataDir = resolve(values['data-dir'] ?? 'data/head-office');
  const office = await startHeadOffice({
    dataDir,
    host: values.host,
    port,
    databaseUrl: process.env.DATABASE_URL,
    logLevel: process.env.WHARF_LOG_LEVEL ?? 'info',
    electric: process.env.ELECTRIC_URL
      ? { url: process.env.ELECTRIC_URL, secret: process.env.ELECTRIC_SECRET }
      : undefined,
  });
  console.log(
    `Wharf head office at ${office.url} (${office.embedded ? `embedded PostgreSQL in ${dataDir}` : 'DATABASE_URL'}; shapes ${process.env.ELECTRIC_URL ? `proxied to Electric at ${process.env.ELECTRIC_URL}` : 'served from the built-in change log'})`,
  );
  if (values.demo) {
    const { seedDemoIfEmpty } = await import('./demo/seed-demo-cli');
    await seedDemoIfEmpty(office.central.db, office.secretKey);
  }
  const linkFile = values['demo-link-file'];
  if (linkFile) {
    const { writeDemoLink } = await import('./demo/demo-link');
    const link = await writeDemoLink(office.central.db, office.url, resolve(linkFile));
    console.log(`Demo link for stations written to ${linkFile} (warehouse ${link.warehouseCode})`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the head office`);
    office
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error('wharf head office: stop failed', error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(
    `wharf head office could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
