import { chmodSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { EnrolmentStateSchema, InventoryListSchema, SyncOverviewSchema } from '../shared/contract';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { freePort } from '../server/db/embedded-database';
import { until } from './support/until';
import { InventoryPage } from './pages/inventory-page';
import { launchChromium, saveScreenshot } from './support/chromium';
import { startStationProcess } from './support/station-process';
import type { StationProcess } from './support/station-process';
import { connectStation } from './support/station-ws-client';
import type { StationWsClient } from './support/station-ws-client';

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/**
 * A newcomer's first `npm run serve`: no head office configured, so the station starts the demo
 * head office (embedded PostgreSQL, demo business) and enrols itself; the warehouse is live.
 */
describe('demo mode', () => {
  const temp = makeTempDir('wharf-demo-station-');
  const dataDir = temp.dir;
  // The demo's PostgreSQL runs as its own user when the tests run as root: it must reach the
  // folder, as it can under a normal ./data/station.
  chmodSync(dataDir, 0o755);
  let station: StationProcess | undefined;
  let client: StationWsClient | undefined;

  afterAll(async () => {
    client?.close();
    await station?.stop();
    temp.remove();
  });

  const liveWarehouse = async (c: StationWsClient) => {
    const enrolment = await until(
      async () => EnrolmentStateSchema.parse(await c.call('enrolment.get')),
      (e) => e.enrolled,
      'the station to enrol itself to the demo',
      240_000,
    );
    await until(
      async () => SyncOverviewSchema.parse(await c.call('sync.overview')),
      (o) => o.shapes.length > 0 && o.shapes.every((s) => s.state === 'live'),
      'every shape to be live',
      120_000,
    );
    const stock = InventoryListSchema.parse(await c.call('inventory.list', { search: '' }));
    return { enrolment, stock };
  };

  it('starts the demo head office, enrols, syncs, and comes back the same way after a restart', async () => {
    const port = await freePort();
    station = await startStationProcess(dataDir, { demo: { port } });
    client = await connectStation(station.url);
    const first = await liveWarehouse(client);
    if (!first.enrolment.enrolled) throw new Error('not enrolled');
    expect(first.enrolment.headOfficeUrl).toBe(`http://127.0.0.1:${port}`);
    expect(first.stock.warehouseCode).toBe(first.enrolment.warehouseCode);
    expect(first.stock.rows.length).toBeGreaterThan(50);
    expect(station.output()).toMatch(/WH-1001\s+PIN \d{4}/);

    // What the newcomer sees: the demo warehouse's stock on the Inventory screen.
    const browser = await launchChromium();
    try {
      const inventory = new InventoryPage(browser.page);
      await inventory.open(station.url);
      await inventory.rows.first().waitFor();
      expect(await inventory.rows.count()).toBeGreaterThan(50);
      expect(await inventory.notEnrolled.count()).toBe(0);
      await saveScreenshot(browser.page, 'demo-inventory');
    } finally {
      await browser.close();
    }

    // Stopping the station stops the head office it started.
    client.close();
    await station.stop();
    expect(await answers(`http://127.0.0.1:${port}`)).toBe(false);

    // The next run starts it again and keeps the same enrolment (no second enrolment).
    station = await startStationProcess(dataDir, { demo: { port } });
    client = await connectStation(station.url);
    const second = await liveWarehouse(client);
    expect(second.enrolment).toEqual(first.enrolment);
    expect(second.stock.rows.length).toBe(first.stock.rows.length);
  }, 480_000);
});
