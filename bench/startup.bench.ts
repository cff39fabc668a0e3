import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startHost } from '../electron/host/http-host';
import { silentLogger } from '../electron/station/logger';
import { makeTempDir, openTempStation } from '../electron/station/testing/temp-station';
import type { Bench, Metric } from './harness/bench-types';
import { msSince, percentile, round } from './harness/percentiles';

const STARTS = 20;
const ROUND_TRIPS = 5_000;

/** Fresh data folder each time: migrations, identity, then the first answer to a call. */
async function measureStartup(): Promise<{ station: number[]; bareSqlite: number[] }> {
  const station: number[] = [];
  const bareSqlite: number[] = [];
  for (let i = 0; i < STARTS; i += 1) {
    const temp = makeTempDir('wharf-bench-');
    try {
      let start = process.hrtime.bigint();
      const opened = await openTempStation(join(temp.dir, 'station'));
      const info = await opened.invoke('station.info', {});
      station.push(msSince(start));
      if (!info.ok) throw new Error(info.error.message);
      await opened.close();

      // The floor under any station start: open a SQLite file in WAL mode and answer a query.
      start = process.hrtime.bigint();
      const db = new Database(join(temp.dir, 'bare.sqlite'));
      db.pragma('journal_mode = WAL');
      db.prepare('SELECT 1').get();
      bareSqlite.push(msSince(start));
      db.close();
    } finally {
      temp.remove();
    }
  }
  return { station, bareSqlite };
}

async function measureRoundTrips(): Promise<{ ws: number[]; inProcess: number[] }> {
  const temp = makeTempDir('wharf-bench-');
  const staticDir = join(temp.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  const station = await openTempStation(join(temp.dir, 'station'));
  const host = await startHost({
    station,
    host: '127.0.0.1',
    port: 0,
    staticDir,
    logger: silentLogger,
  });
  try {
    const inProcess: number[] = [];
    for (let i = 0; i < ROUND_TRIPS; i += 1) {
      const start = process.hrtime.bigint();
      await station.invoke('settings.get', {});
      inProcess.push(msSince(start));
    }

    const socket = new WebSocket(host.url.replace('http', 'ws') + '/ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const ws: number[] = [];
    for (let i = 0; i < ROUND_TRIPS; i += 1) {
      const start = process.hrtime.bigint();
      await new Promise<void>((resolve) => {
        socket.once('message', () => resolve());
        socket.send(
          JSON.stringify({ kind: 'invoke', id: String(i), method: 'settings.get', input: {} }),
        );
      });
      ws.push(msSince(start));
    }
    socket.close();
    return { ws, inProcess };
  } finally {
    await host.close();
    await station.close();
    temp.remove();
  }
}

const startup: Bench = {
  name: 'startup',
  description: `station start-up to first answer (${STARTS} fresh starts); contract round trips (${ROUND_TRIPS}) over WebSocket vs in-process`,
  async run(): Promise<Metric[]> {
    const starts = await measureStartup();
    const trips = await measureRoundTrips();
    const p50 = (s: number[]) => round(percentile(s, 50));
    const p99 = (s: number[]) => round(percentile(s, 99));
    return [
      {
        name: 'startup_ms',
        unit: 'ms',
        value: p50(starts.station),
        p50: p50(starts.station),
        p99: p99(starts.station),
        baseline: { name: 'bare_sqlite_open_ms', value: p50(starts.bareSqlite) },
      },
      {
        name: 'roundtrip_ws_ms',
        unit: 'ms',
        value: p50(trips.ws),
        p50: p50(trips.ws),
        p99: p99(trips.ws),
        baseline: { name: 'roundtrip_in_process_ms', value: p50(trips.inProcess) },
      },
    ];
  },
};

export default startup;
