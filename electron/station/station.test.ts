import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, openTempStation } from './testing/temp-station';
import type { Station } from './station';

describe('station backend through its contract', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let station: Station;

  beforeEach(async () => {
    temp = makeTempDir();
    station = await openTempStation(temp.dir);
  });
  afterEach(async () => {
    await station.close();
    temp.remove();
  });

  const ok = async (method: string, input: unknown = {}) => {
    const result = await station.invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value;
  };

  it('creates its identity once and keeps it across restarts', async () => {
    const info = (await ok('station.info')) as { stationId: string; stationName: string };
    expect(info.stationId).toMatch(/^[0-9a-f-]{8}-[0-9a-f]{4}-7/);
    expect(info.stationName).toMatch(/^Station /);
    await station.close();
    station = await openTempStation(temp.dir);
    expect(await ok('station.info')).toMatchObject({ stationId: info.stationId });
  });

  it('saves settings, logs the change, pushes it, and still has it after a restart', async () => {
    const pushed: unknown[] = [];
    station.subscribe('settings.changed', (payload) => pushed.push(payload));
    const statusPushes: unknown[] = [];
    station.subscribe('station.status', (payload) => statusPushes.push(payload));

    const saved = await ok('settings.update', { stationName: '  Pack 3 ', theme: 'dark' });
    expect(saved).toMatchObject({ stationName: 'Pack 3', theme: 'dark' });
    expect(pushed).toEqual([saved]);
    expect(statusPushes).toMatchObject([{ stationName: 'Pack 3' }]);

    const activity = (await ok('activity.recent', { limit: 5 })) as {
      kind: string;
      summary: string;
    }[];
    expect(activity[0]).toMatchObject({ kind: 'settings.changed', actor: 'station' });
    expect(activity[0]?.summary).toContain('"Pack 3"');

    await station.close();
    station = await openTempStation(temp.dir);
    expect(await ok('settings.get')).toMatchObject({ stationName: 'Pack 3', theme: 'dark' });
  });

  it('answers a malformed call with a structured error and changes nothing', async () => {
    const before = await ok('settings.get');
    const activityBefore = await ok('activity.recent', {});
    const bad = await station.invoke('settings.update', { stationName: '', theme: 'neon', x: 1 });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'The request to settings.update is not valid',
        details: {
          method: 'settings.update',
          issues: expect.arrayContaining([
            { path: 'stationName', message: 'Give the station a name' },
            expect.objectContaining({ path: 'theme' }),
          ]) as unknown,
        },
      },
    });
    expect(JSON.stringify(bad)).not.toMatch(/at .*\.ts:\d+/);
    expect(await ok('settings.get')).toEqual(before);
    expect(await ok('activity.recent', {})).toEqual(activityBefore);
  });

  it('refuses unknown methods, empty updates and unknown topics by code', async () => {
    expect(await station.invoke('station.selfDestruct', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await station.invoke('settings.update', {})).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        details: { issues: [{ message: expect.stringMatching(/Say what to change/) as unknown }] },
      },
    });
    expect(() => station.subscribe('nope', () => undefined)).toThrowError(/no push topic/);
  });

  it('treats an update that changes nothing as no change', async () => {
    const current = (await ok('settings.get')) as { stationName: string };
    const activityBefore = await ok('activity.recent', {});
    await ok('settings.update', { stationName: current.stationName });
    expect(await ok('activity.recent', {})).toEqual(activityBefore);
  });

  it('reports diagnostics from the real database', async () => {
    const diagnostics = (await ok('diagnostics.get')) as {
      database: {
        journalMode: string;
        foreignKeys: boolean;
        integrity: string;
        migrations: { name: string }[];
      };
      transport: { kind: string };
    };
    expect(diagnostics.database).toMatchObject({
      journalMode: 'wal',
      foreignKeys: true,
      integrity: 'ok',
    });
    expect(diagnostics.database.migrations.map((m) => m.name)).toContain('settings_and_activity');
    expect(diagnostics.transport.kind).toBe('in-process');
  });
});
