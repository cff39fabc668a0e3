import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { EXAMPLE_RATE_CARD } from '../../shared/domain/shipping/example-rate-card';
import { addWarehouse } from '../testing/fixtures';
import { seedShippingSetup } from '../testing/shipping-fixture';
import { createTestDatabase } from '../testing/test-database';
import type { TestDatabase } from '../testing/test-database';
import { installShippingSetup, PARCELCO_CARRIER } from './shipping-setup';
import type { ShippingSetupInput } from './shipping-setup';

describe('installShippingSetup', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(4);
    await addWarehouse(t.db, 'EAST', { country: 'US', lat: 40.7, lon: -74 });
    await addWarehouse(t.db, 'WEST', { country: 'US', lat: 37.8, lon: -122.4 });
  });
  afterEach(() => t.drop());

  const warehouses = () =>
    t.db
      .selectFrom('warehouses')
      .select(['code', 'address_line1', 'city'])
      .orderBy('code')
      .execute();

  it('puts in the carrier, the GS1 prefix and the addresses tests and e2e share', async () => {
    await seedShippingSetup(t.db);
    expect(await t.db.selectFrom('carriers').selectAll().execute()).toMatchObject([
      {
        code: 'PARCELCO',
        name: 'ParcelCo',
        kind: 'rate_card',
        rate_card: EXAMPLE_RATE_CARD,
        label_symbology: 'code128',
        consignment_prefix: 'PC',
        range_size: 1000,
        next_serial: 1,
        active: true,
      },
    ]);
    expect(await t.db.selectFrom('company_gs1').selectAll().execute()).toEqual([
      {
        only_row: true,
        company_prefix: '5012345',
        extension_digit: 0,
        range_size: 1000,
        next_serial: 1,
      },
    ]);
    expect(await warehouses()).toEqual([
      { code: 'EAST', address_line1: '10 Dock Rd', city: 'Newark' },
      { code: 'WEST', address_line1: '200 Embarcadero', city: 'Oakland' },
    ]);
  });

  it('runs again without resetting serial counters or addresses someone typed in', async () => {
    await seedShippingSetup(t.db);
    await t.db.updateTable('carriers').set({ next_serial: 2001 }).execute();
    await t.db.updateTable('company_gs1').set({ next_serial: 3001 }).execute();
    await t.db
      .updateTable('warehouses')
      .set({ address_line1: 'Unit 4, Dock Rd', city: 'Newark' })
      .where('code', '=', 'EAST')
      .execute();
    await seedShippingSetup(t.db, {
      carriers: [{ ...PARCELCO_CARRIER, rangeSize: 10 }],
      companyGs1: { companyPrefix: '5099999' },
    });
    expect(
      await t.db.selectFrom('carriers').select(['next_serial', 'range_size']).execute(),
    ).toEqual([{ next_serial: 2001, range_size: 1000 }]);
    expect(
      await t.db.selectFrom('company_gs1').select(['company_prefix', 'next_serial']).execute(),
    ).toEqual([{ company_prefix: '5012345', next_serial: 3001 }]);
    expect((await warehouses())[0]).toEqual({
      code: 'EAST',
      address_line1: 'Unit 4, Dock Rd',
      city: 'Newark',
    });
  });

  it('refuses a bad set-up before writing any of it', async () => {
    const bad = [
      { carriers: [{ ...PARCELCO_CARRIER, code: 'parcel co' }], companyGs1: null, addresses: {} },
      { carriers: [], companyGs1: { companyPrefix: '50123' }, addresses: {} },
      {
        carriers: [{ ...PARCELCO_CARRIER, rateCard: { ...EXAMPLE_RATE_CARD, bands: 'cheap' } }],
        companyGs1: null,
        addresses: {},
      },
      { carriers: [], companyGs1: null, addresses: { EAST: { addressLine1: ' ', city: 'X' } } },
    ];
    for (const input of bad) {
      // Deliberately ill-typed: what a hand-edited config could hold; zod must catch it.
      const unchecked = input as unknown as ShippingSetupInput;
      await expect(installShippingSetup(t.db, unchecked)).rejects.toBeInstanceOf(ZodError);
    }
    expect(await t.db.selectFrom('carriers').selectAll().execute()).toEqual([]);
    expect(await t.db.selectFrom('company_gs1').selectAll().execute()).toEqual([]);
    expect((await warehouses()).map((w) => w.address_line1)).toEqual(['', '']);
  });
});
