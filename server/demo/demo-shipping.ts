import type { Kysely, Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import {
  EXAMPLE_COMPANY_GS1,
  installShippingSetup,
  PARCELCO_CARRIER,
} from '../shipping/shipping-setup';
import type { WarehouseAddress } from '../shipping/shipping-setup';
import { DEMO_CARRIERS } from './demo-rate-cards';

/** Street addresses near each demo site's coordinates, for the label's "from" block. */
export const DEMO_WAREHOUSE_ADDRESSES: Readonly<Record<string, WarehouseAddress>> = {
  EWR1: { addressLine1: '1000 Port Newark Blvd', city: 'Newark' },
  RNO1: { addressLine1: '2500 E 2nd St', city: 'Reno' },
  RTM1: { addressLine1: 'Waalhaven Zuidzijde 19', city: 'Rotterdam' },
};

/**
 * What the ship screen needs to work on a demo station with no network and no carrier account:
 * rate-card carriers for every demo customer's country (consignment numbers from ranges), the company's GS1 prefix
 * for SSCCs, and the warehouses' street addresses.
 */
export async function seedDemoShipping(
  db: Kysely<CentralDatabase> | Transaction<CentralDatabase>,
): Promise<void> {
  await installShippingSetup(db, {
    carriers: [PARCELCO_CARRIER, ...DEMO_CARRIERS],
    companyGs1: EXAMPLE_COMPANY_GS1,
    addresses: { ...DEMO_WAREHOUSE_ADDRESSES },
  });
}
