import { randomBytes } from 'node:crypto';
import { EXAMPLE_RATE_CARD } from '../../../shared/domain/shipping/example-rate-card';
import { newId } from '../../pipeline/ids';
import { releasedOrder } from '../../testing/floor-work';
import type { ReleasedOrder } from '../../testing/floor-work';
import { setUpStationFloor } from '../../testing/station-floor';
import type { StationFloor } from '../../testing/station-floor';
import { startTestApp } from '../../testing/test-app';
import type { TestApp } from '../../testing/test-app';
import type { MiddlewareConfigInput } from '../middleware/middleware-config';
import { MiddlewareConfigSchema } from '../middleware/middleware-config';
import { startFakeMiddleware } from './fake-middleware';
import type { FakeMiddleware, FakeMiddlewareOptions } from './fake-middleware';

export const WAREHOUSE_ADDRESS = {
  name: 'Wharf East',
  line1: '10 Dock Rd',
  city: 'Newark',
  region: 'NJ',
  postcode: '07102',
  country: 'US',
} as const;

export interface CarrierTestApp {
  t: TestApp;
  fake: FakeMiddleware;
  floor: StationFloor;
  order: ReleasedOrder;
  /** A closed parcel of the order, as parcel.close leaves it at the head office. */
  addParcel(weightGrams?: number): Promise<{ id: string; number: string }>;
  close(): Promise<void>;
}

/**
 * The head office on a fresh database, wired to a fake middleware on loopback, with an EAST
 * station, a released order, carriers USPS and UPS (middleware) and PARCELCO (rate card).
 */
export async function startCarrierTestApp(
  options: {
    middleware?: Partial<MiddlewareConfigInput> | 'none';
    fake?: FakeMiddlewareOptions;
  } = {},
): Promise<CarrierTestApp> {
  const fake = await startFakeMiddleware(options.fake);
  const shippingMiddleware =
    options.middleware === 'none'
      ? undefined
      : MiddlewareConfigSchema.parse({
          url: fake.url,
          apiKey: fake.apiKey,
          backoffBaseMs: 20,
          timeoutMs: 2_000,
          ...options.middleware,
        });
  const t = await startTestApp(shippingMiddleware ? { shippingMiddleware } : {});
  const { db } = t;
  const floor = await setUpStationFloor(t);
  await db.db
    .insertInto('carriers')
    .values([
      { code: 'USPS', name: 'USPS', kind: 'middleware', rate_card: null },
      { code: 'UPS', name: 'UPS', kind: 'middleware', rate_card: null },
      {
        code: 'PARCELCO',
        name: 'ParcelCo',
        kind: 'rate_card',
        rate_card: JSON.stringify(EXAMPLE_RATE_CARD),
        consignment_prefix: 'PC',
        range_size: 10,
      },
    ])
    .execute();
  const order = await releasedOrder(t, floor, `carrier-${randomBytes(3).toString('hex')}`, [
    { sku: 'MUG-1', quantity: 1 },
  ]);
  let parcels = 0;
  return {
    t,
    fake,
    floor,
    order,
    async addParcel(weightGrams = 1200) {
      parcels += 1;
      const id = newId();
      const number = `P-EAST-${String(parcels).padStart(4, '0')}-${randomBytes(2).toString('hex')}`;
      await db.db
        .insertInto('parcels')
        .values({
          id,
          number,
          warehouse_id: floor.shop.east.id,
          fulfilment_id: order.fulfilmentId,
          box_code: 'BOX-M',
          weight_grams: weightGrams,
          length_mm: 300,
          width_mm: 200,
          height_mm: 100,
          items: JSON.stringify([]),
          last: true,
          station_id: floor.station.stationId,
          person_id: floor.people.packer,
        })
        .execute();
      return { id, number };
    },
    async close() {
      await t.close();
      await fake.close();
    },
  };
}
