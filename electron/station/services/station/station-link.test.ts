import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StationStatus, SyncOverview } from '../../../../shared/contract';
import type { Station } from '../../station';
import { systemClock } from '../../clock';
import { addSyncedPerson } from '../../testing/synced-people';
import { openTempDatabase } from '../../testing/temp-database';
import { makeTempDir, openTempStation } from '../../testing/temp-station';
import { ALL_SHAPES } from '../../sync';

const WAREHOUSE = { id: '0193a5b0-0000-7000-8000-0000000000a1', code: 'NORTH', name: 'North DC' };

/**
 * A head office that enrols anyone and then refuses every shape request, as it does for a
 * station whose token was revoked.
 */
async function startRefusingHeadOffice(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/stations/enrol') {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            stationToken: 'wh_st_' + 'y'.repeat(40),
            stationId: '0193a5b0-0000-7000-8000-000000000001',
            warehouse: WAREHOUSE,
          }),
        );
        return;
      }
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { code: 'UNAUTHENTICATED', message: 'This station token was revoked.' },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('station identity and link through the contract', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let station: Station;

  beforeEach(async () => {
    temp = makeTempDir('wharf-station-link-');
    station = await openTempStation(temp.dir);
  });
  afterEach(async () => {
    await station.close();
    temp.remove();
  });

  const ok = async (method: string, input: unknown = {}): Promise<unknown> => {
    const result = await station.invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value;
  };

  it('is not configured until enrolled and says so everywhere', async () => {
    expect(await ok('enrolment.get')).toEqual({ enrolled: false });
    expect(await ok('station.status')).toMatchObject({
      connection: { state: 'not-configured' },
      signedInPerson: null,
      pendingUploads: 0,
    });
    expect(await ok('sync.overview')).toEqual({
      connection: { state: 'not-configured' },
      shapes: [],
      outbox: { waiting: 0, rejected: 0, unconfirmed: 0 },
      nextUploadAttemptAt: null,
      lastUploadAt: null,
      problems: [],
    });
  });

  it('enrols, starts syncing, and reports a refusing head office in plain words', async () => {
    const head = await startRefusingHeadOffice();
    try {
      const enrolments: unknown[] = [];
      const statuses: StationStatus[] = [];
      station.subscribe('enrolment.changed', (payload) => enrolments.push(payload));
      station.subscribe('station.status', (payload) => statuses.push(payload as StationStatus));

      const state = await ok('enrolment.enrol', {
        headOfficeUrl: `${head.url}/`,
        code: 'abcd-efgh-jklm',
      });
      expect(state).toMatchObject({
        enrolled: true,
        headOfficeUrl: head.url,
        warehouseCode: 'NORTH',
      });
      expect(enrolments).toEqual([state]);

      await until(async () => {
        const overview = (await ok('sync.overview')) as SyncOverview;
        return (
          overview.shapes.length === ALL_SHAPES.length &&
          overview.shapes.every((s) => s.state === 'error')
        );
      }, 'every shape refused');
      const overview = (await ok('sync.overview')) as SyncOverview;
      expect(overview.connection).toMatchObject({ state: 'offline' });
      const reason = overview.connection.state === 'offline' ? overview.connection.reason : '';
      expect(reason).toBe(
        `The head office at ${head.url} refused this station: This station token was revoked. Enrol the station again with a new code.`,
      );
      // Every shape is refused for the same reason: one problem for the clerk, not eight.
      expect(overview.problems).toEqual([
        { at: expect.any(String) as unknown, where: 'download', message: reason },
      ]);
      expect(statuses.at(-1)?.connection).toMatchObject({ state: 'offline', reason });

      await station.close();
      station = await openTempStation(temp.dir);
      expect(await ok('enrolment.get')).toEqual(state);
    } finally {
      await head.close();
    }
  });

  it('keeps a failed enrolment as a problem and stays not configured', async () => {
    const head = await startRefusingHeadOffice();
    await head.close();
    const result = await station.invoke('enrolment.enrol', {
      headOfficeUrl: head.url,
      code: 'ABCD-EFGH-JKLM',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const overview = (await ok('sync.overview')) as SyncOverview;
    expect(overview.connection).toEqual({ state: 'not-configured' });
    expect(overview.problems).toEqual([
      {
        at: expect.any(String) as unknown,
        where: 'enrolment',
        message: `Cannot reach the head office at ${head.url}: connection refused. Check the address and the network, then try again.`,
      },
    ]);
  });

  it('signs in by badge, pushes the session and the status, and keeps it after a restart', async () => {
    await station.close();
    const database = openTempDatabase(temp.dir, systemClock);
    const id = addSyncedPerson(database.sqlite, { name: 'Ada', badge: 'ADA-0001' });
    await database.close();
    station = await openTempStation(temp.dir);

    const sessions: unknown[] = [];
    const statuses: StationStatus[] = [];
    station.subscribe('session.changed', (payload) => sessions.push(payload));
    station.subscribe('station.status', (payload) => statuses.push(payload as StationStatus));
    const session = await ok('session.signIn', { method: 'badge', badge: 'ada-0001' });
    expect(session).toMatchObject({ personId: id, name: 'Ada', method: 'badge' });
    expect(sessions).toEqual([session]);
    await until(() => statuses.length > 0, 'a status push');
    expect(statuses.at(-1)?.signedInPerson).toEqual({ id, name: 'Ada' });

    const wrong = await station.invoke('session.signIn', { method: 'badge', badge: 'NOPE-0001' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });

    await station.close();
    station = await openTempStation(temp.dir);
    expect(await ok('session.get')).toEqual(session);
    expect(await ok('station.status')).toMatchObject({ signedInPerson: { id, name: 'Ada' } });
    await ok('session.signOut');
    expect(await ok('session.get')).toBeNull();
  });
});
