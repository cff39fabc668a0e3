import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationEnvelope } from '../../shared/mutations';
import { newId } from '../pipeline/ids';
import { PARCELCO_CARRIER } from '../shipping/shipping-setup';
import { packedOrder, seedShippingSetup, shippingMutations } from '../testing/shipping-fixture';
import type { ShippingMutations } from '../testing/shipping-fixture';
import { addPerson, setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('manifest.close at the head office', () => {
  let t: TestApp;
  let floor: StationFloor;
  let s: ShippingMutations;
  let labels: [MutationEnvelope, MutationEnvelope, MutationEnvelope, MutationEnvelope];

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    await seedShippingSetup(t.db.db, {
      carriers: [PARCELCO_CARRIER, { kind: 'middleware', code: 'EZP', name: 'EasyParcel' }],
    });
    s = shippingMutations(floor, await addPerson(t.db.db, 'Sky Shipper', 'shipping'));
    const { parcels } = await packedOrder(t, floor, 'manifest-1', 4);
    const carriers = ['PARCELCO', 'PARCELCO', 'PARCELCO', 'EZP'];
    labels = parcels.map((p, i) =>
      s.label(p, { parcelIndex: i + 1, parcelCount: 4, carrierCode: carriers[i] }),
    ) as typeof labels;
    const { answer } = await floor.send(labels);
    expect(answer?.results.map((r) => r.status)).toEqual(Array(4).fill('accepted'));
  });
  afterEach(() => t.close());

  const outcomes = async (mutations: MutationEnvelope[]) =>
    (await floor.send(mutations)).answer?.results.map((r) =>
      r.status === 'rejected' ? [r.code, r.message] : r.status,
    );
  const manifested = async () =>
    Object.fromEntries(
      (await t.db.db.selectFrom('shipments').select(['id', 'manifest_id']).execute()).map((r) => [
        r.id,
        r.manifest_id,
      ]),
    );

  it("puts the carrier's live labels on the manifest; a retry answers the same", async () => {
    const [a, b] = labels;
    const close = s.manifest([a, b], { number: 'M-EP1-20261126-1' });
    const { answer } = await floor.send([close]);
    expect(answer?.results).toMatchObject([{ id: close.id, status: 'accepted' }]);
    const row = await t.db.db
      .selectFrom('manifests')
      .selectAll()
      .where('id', '=', close.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      number: 'M-EP1-20261126-1',
      warehouse_id: floor.shop.east.id,
      carrier_code: 'PARCELCO',
      parcel_count: 2,
      station_id: floor.station.stationId,
      closed_at: new Date(close.createdAt),
      submitted_at: null,
    });
    expect(await manifested()).toEqual({
      [labels[0].id]: close.id,
      [labels[1].id]: close.id,
      [labels[2].id]: null,
      [labels[3].id]: null,
    });
    const { answer: retried } = await floor.send([close]);
    expect(retried).toEqual(answer);
    expect(await t.db.db.selectFrom('manifests').select('id').execute()).toHaveLength(1);
  });

  it('refuses parcels it cannot take, a used number and a packer; nothing changes', async () => {
    const [a, b, c, other] = labels;
    expect(
      await outcomes([
        s.manifest([a], { number: 'M-EP1-20261126-1' }),
        s.void(c, { reason: 'Box crushed' }),
      ]),
    ).toEqual(['accepted', 'accepted']);
    const before = {
      manifests: await t.db.db.selectFrom('manifests').selectAll().execute(),
      shipments: await manifested(),
    };
    const packer = shippingMutations(floor, floor.people.packer);
    expect(
      await outcomes([
        s.manifest([b, other]),
        s.manifest([b, c]),
        s.manifest([b, a]),
        s.manifest([b], { number: 'M-EP1-20261126-1' }),
        s.manifest([b, { id: newId() }]),
        s.manifest([b], { warehouseId: floor.shop.west.id }),
        packer.manifest([b]),
        s.manifest([b, b]),
      ]),
    ).toEqual([
      ['CONFLICT', expect.stringContaining('goes with EZP, not PARCELCO') as unknown],
      ['CONFLICT', expect.stringContaining('was voided; take that parcel off') as unknown],
      ['CONFLICT', expect.stringContaining('is already on another manifest') as unknown],
      [
        'CONFLICT',
        'Manifest number M-EP1-20261126-1 is already used; close the manifest again for a new number.',
      ],
      ['NOT_FOUND', expect.stringContaining('unknown to the head office') as unknown],
      ['WRONG_WAREHOUSE', expect.stringContaining('can only change EAST') as unknown],
      ['PERMISSION_DENIED', expect.stringContaining('Sam Packer is a packer') as unknown],
      ['INVALID', expect.stringContaining('A parcel appears twice') as unknown],
    ]);
    expect({
      manifests: await t.db.db.selectFrom('manifests').selectAll().execute(),
      shipments: await manifested(),
    }).toEqual(before);

    // The middleware carrier's parcel goes on its own manifest.
    expect(await outcomes([s.manifest([other], { carrierCode: 'EZP' })])).toEqual(['accepted']);
  });
});
