import Fastify from 'fastify';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../http/app-context';
import { installErrorHandler } from '../http/error-handler';
import { createMetrics } from '../http/metrics';
import { addStation, addWarehouse } from '../testing/fixtures';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';
import { startFakeElectric } from './electric-proxy-fake-electric';
import type { ElectricResponder } from './electric-proxy-fake-electric';
import { electricProxyRoute } from './electric-proxy-route';
import type { ElectricProxyOptions } from './electric-proxy-route';
import { stationShapeScope } from './shape-scope';

/** For the proxy's tests: a head office whose /v1/shape is the Electric proxy alone. */
export interface ProxyOffice {
  url: string;
  close(): Promise<void>;
}

export async function startProxyOffice(
  db: TestDatabase,
  options: Omit<ElectricProxyOptions, 'scope'>,
): Promise<ProxyOffice> {
  const app = Fastify({ logger: false });
  const ctx: AppContext = { db: db.db, metrics: createMetrics(), secretKey: randomBytes(32) };
  installErrorHandler(app);
  electricProxyRoute(app, ctx, { ...options, scope: stationShapeScope(db.db) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  let closed: Promise<void> | undefined;
  return { url, close: () => (closed ??= app.close()) };
}

/** Two warehouses with an enrolled station each. */
export async function twoStations(db: TestDatabase) {
  const north = await addWarehouse(db.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
  const south = await addWarehouse(db.db, 'SOUTH', { country: 'GB', lat: 50, lon: -1 });
  return {
    north,
    south,
    northStation: await addStation(db.db, { warehouseId: north.id }),
    southStation: await addStation(db.db, { warehouseId: south.id }),
  };
}

export const TEST_ELECTRIC_SECRET = 'electric-secret-of-the-head-office';

/**
 * A database with two enrolled stations, a fake Electric answering with `respond`, and the proxy
 * in front of it; everything started is pushed onto `cleanups` to be closed in reverse.
 */
export async function startProxyWithElectric(
  respond: ElectricResponder,
  cleanups: (() => Promise<void>)[],
) {
  const db = await createTestDatabase(4);
  cleanups.push(() => db.drop());
  const electric = await startFakeElectric(respond);
  cleanups.push(() => electric.close());
  const office = await startProxyOffice(db, {
    electricUrl: electric.url,
    electricSecret: TEST_ELECTRIC_SECRET,
  });
  cleanups.push(() => office.close());
  const stations = await twoStations(db);
  const get = (path: string, token: string | undefined, init: RequestInit = {}) =>
    fetch(`${office.url}${path}`, {
      ...init,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  return { db, electric, office, get, ...stations };
}
