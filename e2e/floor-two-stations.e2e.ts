import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolmentCodeAnswerSchema } from '../shared/api/station-enrolment';
import { InventoryListSchema, PickStateSchema, SyncOverviewSchema } from '../shared/contract';
import { makeTempDir } from '../electron/station/testing/temp-station';
import type { CentralDb } from '../server/db/connect';
import { freePort } from '../server/db/embedded-database';
import type { EmbeddedDatabase } from '../server/db/embedded-database';
import { assertLedgerConsistent } from '../server/db/ledger-check';
import { PickPage } from './pages/pick-page';
import { startMigratedCentral } from './support/central-database';
import { launchChromium } from './support/chromium';
import type { Browser } from './support/chromium';
import { buildFloorCatalogue, postJson, releasedOrder } from './support/floor-site';
import type { FloorCatalogue } from './support/floor-site';
import { startHeadOfficeProcess } from './support/head-office-process';
import type { HeadOfficeProcess } from './support/head-office-process';
import { startStationProcess } from './support/station-process';
import type { StationProcess } from './support/station-process';
import { connectStation } from './support/station-ws-client';
import { until } from './support/until';
import type { StationWsClient } from './support/station-ws-client';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

interface FloorStation {
  process: StationProcess;
  client: StationWsClient;
  waveId: string;
}

/**
 * Two stations pick the same order while the head office is down, each sure it is theirs. When
 * they meet, the head office takes the first picks that meet the need and refuses the rest;
 * the station that lost sees why, and both replicas end with the head office's count.
 */
describe('two stations picking the same order offline', () => {
  const pgTemp = makeTempDir('wharf-e2e-two-pg-');
  const hoTemp = makeTempDir('wharf-e2e-two-ho-');
  const temps = [makeTempDir('wharf-e2e-two-a-'), makeTempDir('wharf-e2e-two-b-')];
  let embedded: EmbeddedDatabase;
  let central: CentralDb;
  let headOffice: HeadOfficeProcess | undefined;
  let port: number;
  let catalogue: FloorCatalogue;
  let order: { orderNumber: string; fulfilmentId: string; fulfilmentNumber: string };
  const stations: FloorStation[] = [];
  let browser: Browser | undefined;

  const startHeadOffice = async () => {
    headOffice = await startHeadOfficeProcess({
      databaseUrl: embedded.url,
      port,
      dataDir: hoTemp.dir,
    });
    return headOffice.url;
  };
  const scan = (content: string) => ({
    content,
    aim: null,
    source: 'wedge',
    device: '',
    at: new Date().toISOString(),
  });
  const mugOnHandAt = async (client: StationWsClient) => {
    const list = InventoryListSchema.parse(
      await client.call('inventory.list', { search: 'MUG-1' }),
    );
    return list.rows.find((r) => r.binCode === 'A-01-02')?.onHand;
  };

  beforeAll(async () => {
    ({ embedded, central } = await startMigratedCentral(pgTemp.dir, 4));
    catalogue = await buildFloorCatalogue(central.db);
    port = await freePort();
    const url = await startHeadOffice();
    for (const [name, badge] of [
      ['Ada Lovelace', 'BADGE-A'],
      ['Grace Hopper', 'BADGE-B'],
    ] as const) {
      await postJson(`${url}/v1/people`, catalogue.manager, { name, role: 'picker', badge });
    }
    order = await releasedOrder(central.db, url, catalogue, 'race-1', [
      { sku: 'MUG-1', quantity: 2 },
    ]);
    for (const [i, temp] of temps.entries()) {
      const process = await startStationProcess(temp.dir);
      const client = await connectStation(process.url);
      // Kept at once, so afterAll stops it even if enrolment below fails.
      const station: FloorStation = { process, client, waveId: '' };
      stations.push(station);
      const answer = EnrolmentCodeAnswerSchema.parse(
        await postJson(`${url}/v1/stations/enrolment-codes`, catalogue.manager, {
          warehouse: 'EAST',
        }),
      );
      await client.call('enrolment.enrol', { headOfficeUrl: url, code: answer.code });
      await until(
        async () => SyncOverviewSchema.parse(await client.call('sync.overview', {})).shapes,
        (shapes) => shapes.length > 0 && shapes.every((s) => s.state === 'live'),
        'every shape live',
      );
      await client.call('session.signIn', {
        method: 'badge',
        badge: i === 0 ? 'BADGE-A' : 'BADGE-B',
      });
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of stations) {
      s.client.close();
      await s.process.stop();
    }
    await headOffice?.stop();
    await central?.close();
    await embedded?.stop();
    for (const temp of [...temps, pgTemp, hoTemp]) temp.remove();
  });

  it('lets both pick the whole order while the head office is down', async () => {
    await headOffice?.stop();
    for (const [i, station] of stations.entries()) {
      const { waveId } = (await station.client.call('pick.start', {
        kind: 'single',
        fulfilmentIds: [order.fulfilmentId],
        totes: [`TOTE-${i + 1}`],
      })) as { waveId: string };
      station.waveId = waveId;
      for (const code of [
        'A-01-02',
        catalogue.barcodes['MUG-1'] ?? '',
        catalogue.barcodes['MUG-1'] ?? '',
      ]) {
        await station.client.call('pick.scan', { waveId, scan: scan(code) });
      }
      const state = PickStateSchema.parse(await station.client.call('pick.state', { waveId }));
      expect(state.done).toBe(true);
      expect(state.progress.unitsPicked).toBe(2);
      // Each station believes it took two mugs out of A-01-02.
      expect(await mugOnHandAt(station.client)).toBe(38);
    }
  }, 60_000);

  it('keeps the first two picks, refuses the others with the reason, and both stations agree', async () => {
    await startHeadOffice();
    for (const station of stations) await station.client.call('outbox.retryNow', {});
    await expect
      .poll(
        async () => {
          const rows = await central.db
            .selectFrom('station_mutations')
            .select('status')
            .where('kind', '=', 'pick.record')
            .execute();
          return rows.length;
        },
        { timeout: 60_000 },
      )
      .toBe(4);
    const outcomes = await central.db
      .selectFrom('station_mutations')
      .select(['station_id', 'status', 'reject_code', 'reject_message'])
      .where('kind', '=', 'pick.record')
      .execute();
    expect(outcomes.filter((o) => o.status === 'accepted')).toHaveLength(2);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused.map((o) => o.reject_code)).toEqual(['OVER_PICK', 'OVER_PICK']);
    expect(refused[0]?.reject_message).toContain('already picked');
    const picked = await central.db
      .selectFrom('picks')
      .select(({ fn }) => fn.sum<string>('quantity').as('units'))
      .where('reversed_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(picked.units)).toBe(2);
    await assertLedgerConsistent(central.db);

    // Both replicas now hold the head office's count: two mugs gone, not four.
    for (const station of stations) {
      await expect.poll(() => mugOnHandAt(station.client), { timeout: 60_000 }).toBe(38);
    }
    const states = await Promise.all(
      stations.map(async (s) =>
        PickStateSchema.parse(await s.client.call('pick.state', { waveId: s.waveId })),
      ),
    );
    const loser = states.findIndex((s) => s.refused.length > 0);
    expect(loser).toBeGreaterThanOrEqual(0);
    expect(states[loser]?.refused[0]?.message).toContain('already picked');
    // The need is met by the other station's picks: nothing is left to pick here either.
    expect(states[loser]?.done).toBe(true);

    const station = stations[loser];
    if (!station) throw new Error('no losing station');
    browser = await launchChromium();
    const pick = new PickPage(browser.page);
    await pick.openWave(station.process.url, station.waveId);
    await expect.poll(() => pick.refused.count()).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await browser.page.screenshot({
      path: join(SCREENSHOTS, 'pick-refused-other-station.png'),
      fullPage: true,
    });
  }, 180_000);
});
