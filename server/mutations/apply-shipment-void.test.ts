import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationEnvelope } from '../../shared/mutations';
import { assertLedgerConsistent } from '../testing/ledger-check';
import {
  packedOrder,
  seedShippingSetup,
  shippingMutations,
  stockPosition,
} from '../testing/shipping-fixture';
import type { ShippingMutations } from '../testing/shipping-fixture';
import { addPerson, setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('shipment.void at the head office', () => {
  let t: TestApp;
  let floor: StationFloor;
  let s: ShippingMutations;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    await seedShippingSetup(t.db.db);
    s = shippingMutations(floor);
  });
  afterEach(() => t.close());

  const shipment = (id: string) =>
    t.db.db.selectFrom('shipments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const outcomes = async (mutations: MutationEnvelope[]) =>
    (await floor.send(mutations)).answer?.results.map((r) =>
      r.status === 'rejected' ? [r.code, r.message] : r.status,
    );

  it('voids a label with its reason; the parcel can be labelled again, stock leaves once', async () => {
    const { order, parcels } = await packedOrder(t, floor, 'void-1');
    const parcel = parcels[0] ?? { id: '' };
    const label = s.label(parcel, { trackingNumber: 'PC0000001' });
    const voiding = s.void(label, { reason: '  Printed on the wrong stock ' });
    expect(await outcomes([label, voiding])).toEqual(['accepted', 'accepted']);
    expect(await shipment(label.id)).toMatchObject({
      voided_at: new Date(voiding.createdAt),
      void_reason: 'Printed on the wrong stock',
      voided_by: floor.people.packer,
    });

    const again = s.void(label);
    expect(await outcomes([again])).toEqual([['CONFLICT', 'Label PC0000001 is already void.']]);
    // The voided number stays taken; a fresh number labels the parcel.
    const reused = s.label(parcel, { trackingNumber: 'PC0000001' });
    const relabel = s.label(parcel, { trackingNumber: 'PC0000002' });
    expect(await outcomes([reused, relabel])).toEqual([
      ['CONFLICT', expect.stringContaining('PC0000001 is already on another') as unknown],
      'accepted',
    ]);
    const live = await t.db.db
      .selectFrom('shipments')
      .select('tracking_number')
      .where('parcel_id', '=', parcel.id)
      .where('voided_at', 'is', null)
      .execute();
    expect(live).toEqual([{ tracking_number: 'PC0000002' }]);
    // The order shipped with the first label; the second does not take the units out again.
    const ships = await t.db.db
      .selectFrom('stock_movements')
      .select('quantity')
      .where('reason', '=', 'ship')
      .execute();
    expect(ships).toEqual([{ quantity: -1 }]);
    expect(
      await stockPosition(t.db.db, floor.shop.east.id, floor.shop.products['MUG-1'] ?? ''),
    ).toMatchObject({ onHand: 9, pickedNotShipped: 0 });
    const { status } = await t.db.db
      .selectFrom('orders')
      .select('status')
      .where('id', '=', order.orderId)
      .executeTakeFirstOrThrow();
    expect(status).toBe('shipped');
    await assertLedgerConsistent(t.db.db);

    // A retried void answers as it did the first time.
    expect(await outcomes([voiding])).toEqual(['accepted']);
  });

  it('refuses a label on a manifest, one the carrier has, and a stranger; nothing changes', async () => {
    const { parcels } = await packedOrder(t, floor, 'void-2', 3);
    const [onManifest, moving, plain] = parcels.map((p, i) =>
      s.label(p, { parcelIndex: i + 1, parcelCount: 3 }),
    ) as [MutationEnvelope, MutationEnvelope, MutationEnvelope];
    const shipper = await addPerson(t.db.db, 'Sky Shipper', 'shipping');
    const manifest = shippingMutations(floor, shipper).manifest([onManifest]);
    expect(await outcomes([onManifest, moving, plain, manifest])).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
    ]);
    // What the tracking webhook records once the carrier scans the parcel.
    await t.db.db
      .updateTable('shipments')
      .set({ tracking_state: 'in_transit', tracking_updated_at: new Date() })
      .where('id', '=', moving.id)
      .execute();
    const before = await t.db.db.selectFrom('shipments').selectAll().orderBy('id').execute();

    const picker = shippingMutations(floor, floor.people.picker);
    expect(
      await outcomes([
        s.void(onManifest),
        s.void(moving),
        s.void({ id: parcels[0]?.id ?? '' }),
        s.void(plain, { warehouseId: floor.shop.west.id }),
        picker.void(plain),
        s.void(plain, { reason: 'no' }),
      ]),
    ).toEqual([
      ['CONFLICT', expect.stringContaining('is on a closed manifest') as unknown],
      ['CONFLICT', expect.stringContaining('(it is in transit); it cannot be voided') as unknown],
      ['NOT_FOUND', expect.stringContaining('no such label') as unknown],
      ['WRONG_WAREHOUSE', expect.stringContaining('can only change EAST') as unknown],
      ['PERMISSION_DENIED', expect.stringContaining('Pat Picker is a picker') as unknown],
      ['INVALID', expect.stringContaining('Say why the label is voided') as unknown],
    ]);
    expect(await t.db.db.selectFrom('shipments').selectAll().orderBy('id').execute()).toEqual(
      before,
    );
  });
});
