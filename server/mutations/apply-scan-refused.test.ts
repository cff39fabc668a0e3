import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../pipeline/ids';
import { addStation } from '../testing/fixtures';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('scan.refused', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  const refusal = (over: Record<string, unknown> = {}) => ({
    id: newId(),
    kind: 'scan.refused',
    personId: floor.people.packer,
    createdAt: '2026-11-26T09:15:00.000Z',
    payload: {
      warehouseId: floor.shop.east.id,
      screen: 'pack',
      waveId: null,
      fulfilmentId: null,
      reason: 'Wrong item',
      detail: 'This product is not in this order.',
      scanned: '5012345678900',
      ...over,
    },
  });

  it('keeps the refusal with the time it happened, and every station of the warehouse gets it', async () => {
    const mutation = refusal();
    const { answer } = await floor.send([mutation]);
    expect(answer?.results.map((r) => r.status)).toEqual(['accepted']);
    const row = await t.db.db
      .selectFrom('scan_refusals')
      .selectAll()
      .where('id', '=', mutation.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      screen: 'pack',
      reason: 'Wrong item',
      person_id: floor.people.packer,
    });
    expect(new Date(row.refused_at).toISOString()).toBe('2026-11-26T09:15:00.000Z');

    const sibling = await addStation(t.db.db, { warehouseId: floor.shop.east.id, name: 'East 2' });
    const west = await addStation(t.db.db, { warehouseId: floor.shop.west.id, name: 'West 1' });
    const feed = async (token: string) =>
      (
        (await t.request('GET', '/v1/shape?table=scan_refusals&offset=-1', { token })).body as {
          value?: { reason?: string };
        }[]
      ).filter((m) => m.value !== undefined);
    expect((await feed(sibling.token)).map((m) => m.value?.reason)).toEqual(['Wrong item']);
    expect(await feed(west.token)).toEqual([]);
  });

  it('refuses another warehouse and a payload that is not a refusal', async () => {
    const { answer } = await floor.send([
      refusal({ warehouseId: floor.shop.west.id }),
      refusal({ screen: 'ship' }),
    ]);
    expect(answer?.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'WRONG_WAREHOUSE',
      'INVALID',
    ]);
    await expect(t.db.db.selectFrom('scan_refusals').selectAll().execute()).resolves.toEqual([]);
  });
});
