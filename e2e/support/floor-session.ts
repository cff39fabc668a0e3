import { EnrolmentCodeAnswerSchema } from '../../shared/api/station-enrolment';
import { PickStateSchema } from '../../shared/contract';
import type { PickState } from '../../shared/contract';
import { makeTempDir } from '../../electron/station/testing/temp-station';
import type { CentralDb } from '../../server/db/connect';
import { freePort } from '../../server/db/embedded-database';
import type { EmbeddedDatabase } from '../../server/db/embedded-database';
import { startMigratedCentral } from './central-database';
import { launchChromium } from './chromium';
import type { Browser } from './chromium';
import { buildFloorCatalogue, postJson, releasedOrder } from './floor-site';
import type { FloorCatalogue } from './floor-site';
import { startHeadOfficeProcess } from './head-office-process';
import type { HeadOfficeProcess } from './head-office-process';
import { startStationProcess } from './station-process';
import type { StationProcess } from './station-process';
import { connectStation } from './station-ws-client';
import type { StationWsClient } from './station-ws-client';

export const PICKER_BADGE = 'BADGE-PICK-1';
export const MANAGER_BADGE = 'BADGE-MGR-1';

export interface FloorOrder {
  orderNumber: string;
  fulfilmentId: string;
  fulfilmentNumber: string;
}

/**
 * A warehouse floor for Chromium tests: PostgreSQL, the real head office as a child process, a
 * picker and a manager with badges, released orders, one station process and a browser.
 */
export interface FloorSession {
  readonly central: CentralDb;
  readonly catalogue: FloorCatalogue;
  readonly orders: Readonly<Record<string, FloorOrder>>;
  readonly browser: Browser;
  readonly pageErrors: readonly string[];
  station: StationProcess;
  client: StationWsClient;
  headOfficeUrl(): string;
  startHeadOffice(): Promise<string>;
  stopHeadOffice(): Promise<void>;
  /** Enrols the station through the contract, waits for its shapes, signs the picker in. */
  enrolAndSignIn(): Promise<void>;
  /** SIGKILL the station where it stands and start it again on its folder. */
  killAndRestartStation(): Promise<void>;
  enrolmentCode(): Promise<string>;
  waveState(waveId: string): Promise<PickState>;
  barcodeOf(sku: string): string;
  order(key: string): FloorOrder;
  close(): Promise<void>;
}

export async function startFloorSession(
  orders: Record<string, { sku: string; quantity: number }[]>,
): Promise<FloorSession> {
  const temps = ['pg', 'ho', 'station'].map((what) => makeTempDir(`wharf-e2e-floor-${what}-`));
  const [pgTemp, hoTemp, stationTemp] = temps as [
    ReturnType<typeof makeTempDir>,
    ReturnType<typeof makeTempDir>,
    ReturnType<typeof makeTempDir>,
  ];
  const { embedded, central }: { embedded: EmbeddedDatabase; central: CentralDb } =
    await startMigratedCentral(pgTemp.dir, 4);
  const catalogue = await buildFloorCatalogue(central.db);
  const port = await freePort();
  let headOffice: HeadOfficeProcess | undefined;
  const startHeadOffice = async () => {
    headOffice = await startHeadOfficeProcess({
      databaseUrl: embedded.url,
      port,
      dataDir: hoTemp.dir,
    });
    return headOffice.url;
  };
  const url = await startHeadOffice();
  for (const [name, role, badge] of [
    ['Ada Lovelace', 'picker', PICKER_BADGE],
    ['Mo Manager', 'manager', MANAGER_BADGE],
  ] as const) {
    await postJson(`${url}/v1/people`, catalogue.manager, { name, role, badge });
  }
  const released: Record<string, FloorOrder> = {};
  for (const [key, lines] of Object.entries(orders)) {
    released[key] = await releasedOrder(central.db, url, catalogue, `floor-${key}`, lines);
  }
  const pageErrors: string[] = [];
  const browser = await launchChromium();
  browser.page.on('pageerror', (error) => pageErrors.push(error.message));
  const station = await startStationProcess(stationTemp.dir);

  const session: FloorSession = {
    central,
    catalogue,
    orders: released,
    browser,
    pageErrors,
    station,
    client: await connectStation(station.url),
    headOfficeUrl: () => url,
    startHeadOffice,
    async stopHeadOffice() {
      await headOffice?.stop();
      headOffice = undefined;
    },
    async enrolmentCode() {
      const answer = EnrolmentCodeAnswerSchema.parse(
        await postJson(`${url}/v1/stations/enrolment-codes`, catalogue.manager, {
          warehouse: 'EAST',
        }),
      );
      return answer.code;
    },
    async enrolAndSignIn() {
      const code = await session.enrolmentCode();
      await session.client.call('enrolment.enrol', { headOfficeUrl: url, code });
      const deadline = Date.now() + 60_000;
      for (;;) {
        const overview = (await session.client.call('sync.overview', {})) as {
          shapes: { state: string }[];
        };
        if (overview.shapes.length > 0 && overview.shapes.every((s) => s.state === 'live')) break;
        if (Date.now() > deadline) throw new Error('the station never synced every shape');
        await new Promise((r) => setTimeout(r, 100));
      }
      await session.client.call('session.signIn', { method: 'badge', badge: PICKER_BADGE });
    },
    async killAndRestartStation() {
      session.client.close();
      await session.station.kill();
      session.station = await startStationProcess(stationTemp.dir);
      session.client = await connectStation(session.station.url);
    },
    async waveState(waveId) {
      return PickStateSchema.parse(await session.client.call('pick.state', { waveId }));
    },
    barcodeOf(sku) {
      const code = catalogue.barcodes[sku];
      if (!code) throw new Error(`no barcode for ${sku}`);
      return code;
    },
    order(key) {
      const found = released[key];
      if (!found) throw new Error(`no order ${key}`);
      return found;
    },
    async close() {
      session.client.close();
      await browser.close();
      await session.station.stop();
      await headOffice?.stop();
      await central.close();
      await embedded.stop();
      for (const temp of temps) temp.remove();
    },
  };
  return session;
}
