import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProduct, addStation } from '../testing/fixtures';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';
import { newId } from '../pipeline/ids';

describe('what the head office checks again before applying a station mutation', () => {
  let t: TestApp;
  let floor: StationFloor;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
  });
  afterEach(() => t.close());

  const ledgerRows = async () =>
    (
      await t.db.db
        .selectFrom('stock_movements')
        .select('id')
        .where('mutation_id', 'is not', null)
        .execute()
    ).length;
  const stored = (id: string) =>
    t.db.db
      .selectFrom('station_mutations')
      .select(['status', 'reject_code', 'reject_message', 'person_id'])
      .where('id', '=', id)
      .executeTakeFirst();

  it('accepts a picker, refuses a packer by role and a deactivated or unknown person', async () => {
    const picker = floor.adjust({}, { personId: floor.people.picker });
    const packer = floor.adjust({}, { personId: floor.people.packer });
    const stranger = floor.adjust({}, { personId: newId() });
    const { answer } = await floor.send([picker, packer, stranger]);
    expect(answer?.results).toMatchObject([
      { status: 'accepted' },
      {
        status: 'rejected',
        code: 'PERMISSION_DENIED',
        message: 'Sam Packer is a packer; stock counts need a picker, manager or admin.',
      },
      { status: 'rejected', code: 'PERMISSION_DENIED' },
    ]);
    expect(await stored(packer.id)).toMatchObject({
      status: 'rejected',
      reject_code: 'PERMISSION_DENIED',
      person_id: floor.people.packer,
    });

    // Deactivated while the station was offline: the station still had them signed in.
    await t.request('POST', `/v1/people/${floor.people.picker}/deactivate`, {
      token: floor.shop.manager,
    });
    const late = floor.adjust({}, { personId: floor.people.picker });
    const { answer: lateAnswer } = await floor.send([late]);
    expect(lateAnswer?.results[0]).toMatchObject({
      status: 'rejected',
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('Pat Picker was deactivated') as unknown,
    });
    expect(await ledgerRows()).toBe(1);
  });

  it('refuses another warehouse, its bins, and products the head office does not know', async () => {
    const west = floor.shop.west;
    const unknownProduct = newId();
    const { answer } = await floor.send([
      floor.adjust({ warehouseId: west.id, binId: west.binId }),
      floor.adjust({ binId: west.binId }),
      floor.adjust({ productId: unknownProduct, delta: 2, reason: 'found' }),
    ]);
    expect(answer?.results).toMatchObject([
      {
        status: 'rejected',
        code: 'WRONG_WAREHOUSE',
        message: expect.stringContaining('enrolled at EAST') as unknown,
      },
      {
        status: 'rejected',
        code: 'NOT_FOUND',
        message: expect.stringContaining('no such bin') as unknown,
      },
      {
        status: 'rejected',
        code: 'NOT_FOUND',
        message: expect.stringContaining('product') as unknown,
      },
    ]);
    // A product the head office knows but the bin has none of: nothing to take out.
    const newProduct = await addProduct(t.db.db, 'BOWL-1');
    const { answer: empty } = await floor.send([floor.adjust({ productId: newProduct })]);
    expect(empty?.results[0]).toMatchObject({
      status: 'rejected',
      code: 'INSUFFICIENT_STOCK',
      message: expect.stringContaining('holds 0 of BOWL-1') as unknown,
    });
    expect(await ledgerRows()).toBe(0);
  });

  it('rejects an invalid payload with the reason, and a kind it does not know', async () => {
    const zero = floor.adjust({ delta: 0 });
    const other = floor.adjust({ reason: 'other' });
    const extra = {
      ...floor.adjust(),
      payload: {
        warehouseId: floor.shop.east.id,
        binId: floor.shop.east.binId,
        productId: floor.shop.products['MUG-1'] ?? '',
        delta: -1,
        reason: 'damaged',
        shelf: 3,
      },
    };
    const unknown = { ...floor.adjust(), kind: 'stock.teleport' };
    const { answer } = await floor.send([zero, other, extra, unknown]);
    expect(answer?.results).toMatchObject([
      {
        status: 'rejected',
        code: 'INVALID',
        message: 'delta: A change of 0 units changes nothing',
      },
      {
        status: 'rejected',
        code: 'INVALID',
        message: expect.stringContaining('note: Say what') as unknown,
      },
      { status: 'rejected', code: 'INVALID', message: expect.stringContaining('shelf') as unknown },
      {
        status: 'rejected',
        code: 'UNKNOWN_KIND',
        message: expect.stringContaining('"stock.teleport"') as unknown,
      },
    ]);
    expect(await stored(unknown.id)).toMatchObject({ reject_code: 'UNKNOWN_KIND' });
    expect(await ledgerRows()).toBe(0);
  });

  it("answers CONFLICT when a mutation id is another station's, leaving that one as it was", async () => {
    const other = await addStation(t.db.db, { warehouseId: floor.shop.east.id, name: 'East 2' });
    const mutation = floor.adjust();
    const mine = await floor.send([mutation]);
    expect(mine.answer?.results[0]?.status).toBe('accepted');
    const theirs = await floor.send([mutation], other.token);
    expect(theirs.answer?.results[0]).toMatchObject({ status: 'rejected', code: 'CONFLICT' });
    expect((await floor.send([mutation])).answer).toEqual(mine.answer);
    expect(await ledgerRows()).toBe(1);
  });
});
