import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import type { TrackingTables } from '../tracking/tracking-tables';
import type { EmailValues } from './email-template';

/** What the email about one notification says, read in the sender's transaction. */
export async function readNotificationContent(
  trx: Transaction<CentralDatabase>,
  notificationId: string,
): Promise<EmailValues | undefined> {
  const row = await trx
    .withTables<TrackingTables>()
    .selectFrom('notifications as n')
    .innerJoin('shipments as s', 's.id', 'n.shipment_id')
    .innerJoin('orders as o', 'o.id', 'n.order_id')
    .innerJoin('carriers as c', 'c.code', 's.carrier_code')
    .leftJoin('carrier_tracking_links as l', 'l.carrier_code', 's.carrier_code')
    .select([
      sql<string | null>`o.ship_to->>'name'`.as('ship_to_name'),
      'o.number',
      'c.name as carrier_name',
      's.service_name',
      's.tracking_number',
      's.parcel_index',
      's.parcel_count',
      'l.url_template',
    ])
    .where('n.id', '=', notificationId)
    .executeTakeFirst();
  if (!row) return undefined;
  const name = row.ship_to_name?.trim() ?? '';
  return {
    customerName: name === '' ? 'there' : name,
    orderNumber: row.number,
    carrierName: row.carrier_name,
    serviceName: row.service_name,
    trackingNumber: row.tracking_number,
    trackingUrl: row.url_template
      ? row.url_template.replaceAll('{tracking}', encodeURIComponent(row.tracking_number))
      : '',
    parcelIndex: String(row.parcel_index),
    parcelCount: String(row.parcel_count),
  };
}
