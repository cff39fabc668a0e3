import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatConsignmentNumber } from '../../shared/domain/shipping/consignment-range';
import { makeSscc } from '../../shared/labels/sscc';
import type { MutationEnvelope } from '../../shared/mutations';
import { allocateConsignmentRange } from '../carriers/consignment-ranges';
import { newId } from '../pipeline/ids';
import { allocateSsccRange } from '../shipping/sscc-ranges';
import { PARCELCO_CARRIER } from '../shipping/shipping-setup';
import { addStation } from '../testing/fixtures';
import { assertLedgerConsistent } from '../testing/ledger-check';
import {
  packedOrder,
  seedShippingSetup,
  shippingMutations,
  shippingStatuses,
  stockPosition,
} from '../testing/shipping-fixture';
import type { ShippingMutations } from '../testing/shipping-fixture';
import { setUpStationFloor } from '../testing/station-floor';
import type { StationFloor } from '../testing/station-floor';
import { startTestApp } from '../testing/test-app';
import type { TestApp } from '../testing/test-app';

describe('shipment.create at the head office', () => {
  let t: TestApp;
  let floor: StationFloor;
  let s: ShippingMutations;

  beforeEach(async () => {
    t = await startTestApp();
    floor = await setUpStationFloor(t, 10);
    await seedShippingSetup(t.db.db, {
      carriers: [{ ...PARCELCO_CARRIER, rangeSize: 10 }],
      companyGs1: { companyPrefix: '5012345', rangeSize: 10 },
    });
    s = shippingMutations(floor);
  });
  afterEach(() => t.close());

  const mug = () => floor.shop.products['MUG-1'] ?? '';
  const statuses = (order: { orderId: string; fulfilmentId: string }) =>
    shippingStatuses(t.db.db, order);
  const shipments = () =>
    t.db.db.selectFrom('shipments').selectAll().orderBy('created_at').orderBy('id').execute();
  /** Everything a refused label must leave alone. */
  const snapshot = async () => ({
    shipments: await shipments(),
    movements: (await t.db.db.selectFrom('stock_movements').select('id').execute()).length,
    events: (await t.db.db.selectFrom('events').select('id').execute()).length,
    stock: await stockPosition(t.db.db, floor.shop.east.id, mug()),
  });

  it('labels a packed single-parcel order: it ships, and its stock leaves the ledger', async () => {
    const { order, parcels } = await packedOrder(t, floor, 'ship-1');
    expect(await stockPosition(t.db.db, floor.shop.east.id, mug())).toEqual({
      onHand: 10,
      reserved: 1,
      pickedNotShipped: 1,
    });
    const label = s.label(parcels[0] ?? { id: '' }, { trackingNumber: 'PC0012345' });
    const { answer } = await floor.send([label]);
    expect(answer?.results).toMatchObject([{ id: label.id, status: 'accepted' }]);

    expect(await shipments()).toMatchObject([
      {
        id: label.id,
        warehouse_id: floor.shop.east.id,
        fulfilment_id: order.fulfilmentId,
        parcel_id: parcels[0]?.id,
        carrier_code: 'PARCELCO',
        service_code: 'STANDARD',
        tracking_number: 'PC0012345',
        sscc: null,
        price_minor: 495,
        currency: 'GBP',
        station_id: floor.station.stationId,
        person_id: floor.people.packer,
        tracking_state: 'label_created',
        voided_at: null,
      },
    ]);
    expect(await statuses(order)).toEqual({
      order: 'shipped',
      fulfilment: 'shipped',
      reservations: ['consumed'],
    });
    expect(await stockPosition(t.db.db, floor.shop.east.id, mug())).toEqual({
      onHand: 9,
      reserved: 0,
      pickedNotShipped: 0,
    });
    const ship = await t.db.db
      .selectFrom('stock_movements')
      .select(['quantity', 'bin_id', 'reference', 'mutation_id'])
      .where('reason', '=', 'ship')
      .execute();
    expect(ship).toEqual([
      { quantity: -1, bin_id: null, reference: order.fulfilmentNumber, mutation_id: label.id },
    ]);
    const events = await t.db.db
      .selectFrom('events')
      .select(['kind', 'from_status', 'data'])
      .where('entity_id', '=', order.orderId)
      .where('to_status', '=', 'shipped')
      .orderBy('at')
      .orderBy('id')
      .execute();
    const said = { tracking: 'PC0012345', mutationId: label.id, station: 'East packing 1' };
    expect(events).toMatchObject([
      { kind: 'fulfilment.status_changed', from_status: 'packed', data: said },
      { kind: 'order.status_changed', from_status: 'packed', data: said },
    ]);
    await assertLedgerConsistent(t.db.db);

    // The station sends it again (no answer reached it): the first outcome, nothing doubled.
    const before = await snapshot();
    const { answer: retried } = await floor.send([label]);
    expect(retried).toEqual(answer);
    expect(await snapshot()).toEqual(before);
  });

  it('ships a two-parcel order with its second label, not its first', async () => {
    const { order, parcels } = await packedOrder(t, floor, 'ship-2', 2);
    const [one, two] = parcels.map((p, i) =>
      s.label(p, { parcelIndex: i + 1, parcelCount: 2 }),
    ) as [MutationEnvelope, MutationEnvelope];
    expect((await floor.send([one])).answer?.results[0]?.status).toBe('accepted');
    expect(await statuses(order)).toEqual({
      order: 'packed',
      fulfilment: 'packed',
      reservations: ['active'],
    });
    expect((await stockPosition(t.db.db, floor.shop.east.id, mug())).pickedNotShipped).toBe(2);

    expect((await floor.send([two])).answer?.results[0]?.status).toBe('accepted');
    expect(await statuses(order)).toEqual({
      order: 'shipped',
      fulfilment: 'shipped',
      reservations: ['consumed'],
    });
    expect(await stockPosition(t.db.db, floor.shop.east.id, mug())).toEqual({
      onHand: 8,
      reserved: 0,
      pickedNotShipped: 0,
    });
    await assertLedgerConsistent(t.db.db);
  });

  it('refuses what cannot be true, and each refusal changes nothing', async () => {
    const { order, parcels } = await packedOrder(t, floor, 'ship-3', 3);
    const [p1, p2, p3] = parcels as [MutationEnvelope, MutationEnvelope, MutationEnvelope];
    const other = await addStation(t.db.db, { warehouseId: floor.shop.east.id });
    const east = { stationId: floor.station.stationId, warehouseId: floor.shop.east.id };
    const blocks = await t.db.db.transaction().execute(async (trx) => ({
      mine: await allocateConsignmentRange(trx, { ...east, carrierCode: 'PARCELCO' }),
      theirs: await allocateConsignmentRange(trx, {
        stationId: other.stationId,
        warehouseId: floor.shop.east.id,
        carrierCode: 'PARCELCO',
      }),
      mySscc: await allocateSsccRange(trx, east),
      theirSscc: await allocateSsccRange(trx, { ...east, stationId: other.stationId }),
    }));
    const consignment = (block: typeof blocks.mine, serial: number) => ({
      trackingNumber: formatConsignmentNumber(block, serial),
      consignment: { rangeId: block.id, serial },
    });
    const sscc = (block: typeof blocks.mySscc, serial: number) => ({
      sscc: makeSscc({ ...block, serialReference: serial }),
      ssccSource: { rangeId: block.id, serial },
    });
    const first = s.label(p1, { ...consignment(blocks.mine, 1), ...sscc(blocks.mySscc, 1) });
    expect((await floor.send([first])).answer?.results[0]?.status).toBe('accepted');
    const before = await snapshot();

    const picker = shippingMutations(floor, floor.people.picker);
    const refused: [MutationEnvelope, string, string][] = [
      [s.label({ id: newId() }), 'NOT_FOUND', 'no record of that parcel'],
      [s.label(p1), 'CONFLICT', `already has label ${formatConsignmentNumber(blocks.mine, 1)}`],
      [
        s.label(p2, { trackingNumber: formatConsignmentNumber(blocks.mine, 1) }),
        'CONFLICT',
        'is already on another PARCELCO parcel',
      ],
      [
        s.label(p2, consignment(blocks.mine, 1)),
        'CONFLICT',
        'is already on another PARCELCO parcel',
      ],
      [s.label(p2, consignment(blocks.mine, 11)), 'CONFLICT', 'not from a range'],
      [s.label(p2, consignment(blocks.theirs, 12)), 'CONFLICT', 'not from a range'],
      [
        s.label(p2, { ...consignment(blocks.mine, 2), trackingNumber: 'PC0999' }),
        'CONFLICT',
        'Consignment number PC0999 is not from a range',
      ],
      [
        s.label(p2, {
          ...consignment(blocks.mine, 2),
          consignment: { rangeId: newId(), serial: 2 },
        }),
        'CONFLICT',
        'not from a range',
      ],
      [s.label(p2, sscc(blocks.theirSscc, 12)), 'CONFLICT', 'not from a block'],
      [s.label(p2, sscc(blocks.mySscc, 11)), 'CONFLICT', 'not from a block'],
      [
        s.label(p2, {
          ...sscc(blocks.mySscc, 2),
          sscc: makeSscc({ ...blocks.mySscc, serialReference: 3 }),
        }),
        'CONFLICT',
        'not from a block',
      ],
      [s.label(p2, sscc(blocks.mySscc, 1)), 'CONFLICT', 'is already on another parcel'],
      [s.label(p2, { carrierCode: 'NOPE' }), 'NOT_FOUND', 'does not ship with carrier NOPE'],
      [s.label(p2, { warehouseId: floor.shop.west.id }), 'WRONG_WAREHOUSE', 'can only change EAST'],
      [picker.label(p2), 'PERMISSION_DENIED', 'Pat Picker is a picker'],
      [s.label(p2, { parcelIndex: 3, parcelCount: 2 }), 'INVALID', 'parcelIndex'],
      [s.label(p2, { sscc: sscc(blocks.mySscc, 2).sscc }), 'INVALID', 'ssccSource'],
    ];
    const { answer } = await floor.send(refused.map(([m]) => m));
    expect(
      answer?.results.map((r) => (r.status === 'rejected' ? [r.code, r.message] : r.status)),
    ).toEqual(
      refused.map(([, code, message]) => [code, expect.stringContaining(message) as unknown]),
    );
    expect(await snapshot()).toEqual(before);

    // The right numbers from this station's own blocks are accepted.
    const good = [
      s.label(p2, { ...consignment(blocks.mine, 2), ...sscc(blocks.mySscc, 2) }),
      s.label(p3, { ...consignment(blocks.mine, 10), ...sscc(blocks.mySscc, 10) }),
    ];
    expect((await floor.send(good)).answer?.results.map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
    ]);
    expect((await statuses(order)).order).toBe('shipped');
    await assertLedgerConsistent(t.db.db);
  });
});
