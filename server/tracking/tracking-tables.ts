import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of migration 0009, for `db.withTables<TrackingTables>()`. They live here rather
 * than in server/db/schema.ts because only tracking and the customer emails use them.
 */
// A type alias, not an interface: withTables needs an implicit index signature.
export type TrackingTables = {
  carrier_tracking_links: {
    carrier_code: string;
    url_template: string;
    updated_at: Generated<Date>;
  };
  parked_tracker_updates: {
    id: string;
    carrier_code: string;
    tracking_number: string;
    source_event_id: string;
    body: ColumnType<unknown, string, string>;
    received_at: Generated<Date>;
    matched_shipment_id: string | null;
    matched_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
  };
};
