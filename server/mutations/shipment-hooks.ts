import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { queueShipmentNotification } from '../notify/queue-notification';

/**
 * What else happens, in the same transaction, when a parcel is labelled: the customer's
 * "shipped" email is queued (notifications: exactly once per shipment and event), so it exists
 * exactly when the label is recorded and never for a label that was refused.
 */
export async function afterShipmentCreated(
  trx: Transaction<CentralDatabase>,
  shipment: { shipmentId: string },
): Promise<void> {
  await queueShipmentNotification(trx, { shipmentId: shipment.shipmentId, event: 'shipped' });
}
