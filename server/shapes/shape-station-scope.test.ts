import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStation, addToken, addWarehouse } from '../testing/fixtures';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

interface ShapeRow {
  key?: string;
  value?: Record<string, unknown>;
  headers: Record<string, unknown>;
}

describe('station-scoped shapes', () => {
  let t: TestApp;
  let stations: Record<'one' | 'two' | 'south', { stationId: string; token: string }>;

  beforeEach(async () => {
    t = await startTestApp();
    const north = await addWarehouse(t.db.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
    const south = await addWarehouse(t.db.db, 'SOUTH', { country: 'GB', lat: 50, lon: -1 });
    stations = {
      // Two stations of the same warehouse: the warehouse alone must not decide these rows.
      one: await addStation(t.db.db, { warehouseId: north.id, name: 'North 1' }),
      two: await addStation(t.db.db, { warehouseId: north.id, name: 'North 2' }),
      south: await addStation(t.db.db, { warehouseId: south.id, name: 'South 1' }),
    };
  });
  afterEach(() => t.close());

  /** One recorded (rejected) mutation of the station, through the real upload path. */
  const upload = async (token: string): Promise<string> => {
    const id = randomUUID();
    const res = await t.request('POST', '/v1/mutations', {
      token,
      body: {
        mutations: [
          {
            id,
            kind: 'no.such.kind',
            payload: {},
            personId: randomUUID(),
            createdAt: new Date().toISOString(),
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    return id;
  };
  const shape = async (token: string, query: string) => {
    const res = await t.request('GET', `/v1/shape?${query}`, { token });
    expect(res.status).toBe(200);
    return {
      rows: (res.body as ShapeRow[]).filter((m) => m.value !== undefined),
      handle: res.headers.get('electric-handle') ?? '',
      offset: res.headers.get('electric-offset') ?? '',
    };
  };

  it('sends station_mutations of the calling station only, in the snapshot and live', async () => {
    const before = {
      one: await upload(stations.one.token),
      two: await upload(stations.two.token),
      south: await upload(stations.south.token),
    };
    const snapshot = await shape(stations.one.token, 'table=station_mutations&offset=-1');
    expect(snapshot.rows.map((r) => r.value?.id)).toEqual([before.one]);

    const later = {
      two: await upload(stations.two.token),
      south: await upload(stations.south.token),
      one: await upload(stations.one.token),
    };
    const seen: ShapeRow[] = [];
    let offset = snapshot.offset;
    // The horizon may trail a moment behind other tests' open transactions: poll until it passes.
    for (let i = 0; !seen.some((r) => r.value?.id === later.one); i++) {
      if (i > 100) throw new Error('station 1 never received its own later mutation');
      const page = await shape(
        stations.one.token,
        `table=station_mutations&offset=${offset}&handle=${snapshot.handle}`,
      );
      seen.push(...page.rows);
      offset = page.offset;
      if (page.rows.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen.map((r) => r.value?.id)).toEqual([later.one]);
    expect(seen[0]?.value).toMatchObject({
      station_id: stations.one.stationId,
      status: 'rejected',
      reject_code: 'UNKNOWN_KIND',
    });
    const others = [before.two, before.south, later.two, later.south];
    expect(JSON.stringify([snapshot.rows, seen])).not.toMatch(new RegExp(others.join('|')));

    const two = await shape(stations.two.token, 'table=station_mutations&offset=-1');
    expect(two.rows.map((r) => r.value?.id).sort()).toEqual([before.two, later.two].sort());
  });

  it('sends people, with their credential hashes, to every station', async () => {
    const manager = await addToken(t.db.db, 'manager');
    const created = await t.request('POST', '/v1/people', {
      token: manager,
      body: { name: 'Sam Picker', role: 'picker', badge: 'B-1001', pin: '2468' },
    });
    expect(created.status).toBe(201);
    for (const station of Object.values(stations)) {
      const people = await shape(station.token, 'table=people&offset=-1');
      expect(people.rows).toHaveLength(1);
      expect(people.rows[0]?.value).toMatchObject({
        name: 'Sam Picker',
        role: 'picker',
        badge_hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        pin_hash: expect.stringMatching(/^scrypt\$/) as unknown,
      });
    }
  });
});
