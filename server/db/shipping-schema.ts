import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTime = ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;

/** The tracking_state enum (0008); shared/domain/shipping/tracking-state.ts names its values. */
export type TrackingStateColumn =
  | 'label_created'
  | 'in_transit'
  | 'out_for_delivery'
  | 'delivered'
  | 'exception'
  | 'returned_to_sender';

/** Shipping (0008): carriers, number blocks, labels, manifests, tracking and notifications. */
export interface ShippingTables {
  carriers: {
    code: string;
    name: string;
    kind: 'rate_card' | 'middleware';
    rate_card: ColumnType<unknown, string | null, string | null>;
    label_symbology: Generated<string>;
    consignment_prefix: string | null;
    range_size: Generated<number>;
    next_serial: Generated<number>;
    active: Generated<boolean>;
    updated_at: Generated<Date>;
  };
  consignment_ranges: {
    id: string;
    station_id: string;
    warehouse_id: string;
    carrier_code: string;
    prefix: string;
    first_serial: number;
    last_serial: number;
    allocated_at: Generated<Date>;
  };
  company_gs1: {
    only_row: Generated<boolean>;
    company_prefix: string;
    extension_digit: Generated<number>;
    range_size: Generated<number>;
    next_serial: Generated<number>;
  };
  sscc_ranges: {
    id: string;
    station_id: string;
    warehouse_id: string;
    company_prefix: string;
    extension_digit: number;
    first_serial: number;
    last_serial: number;
    allocated_at: Generated<Date>;
  };
  manifests: {
    id: string;
    number: string;
    warehouse_id: string;
    carrier_code: string;
    parcel_count: number;
    station_id: string;
    person_id: string;
    closed_at: Timestamp;
    submitted_at: NullableTime;
    submission_ref: string | null;
    submit_error: string | null;
  };
  shipments: {
    id: string;
    warehouse_id: string;
    fulfilment_id: string;
    parcel_id: string;
    carrier_code: string;
    service_code: string;
    service_name: string;
    tracking_number: string;
    sscc: string | null;
    consignment_range_id: string | null;
    consignment_serial: number | null;
    price_minor: number;
    currency: string;
    choice_reason: string;
    override_reason: string | null;
    parcel_index: number;
    parcel_count: number;
    station_id: string;
    person_id: string;
    created_at: Timestamp;
    manifest_id: string | null;
    tracking_state: Generated<TrackingStateColumn>;
    tracking_updated_at: ColumnType<
      Date | null,
      string | Date | null | undefined,
      string | Date | null
    >;
    voided_at: NullableTime;
    void_reason: string | null;
    voided_by: string | null;
  };
  carrier_labels: {
    id: string;
    parcel_id: string;
    carrier_code: string;
    service_code: string;
    provider_shipment_id: string;
    tracking_number: string;
    label_zpl: string;
    price_minor: number;
    currency: string;
    station_id: string;
    bought_at: Generated<Date>;
    voided_at: NullableTime;
  };
  tracking_events: {
    id: string;
    shipment_id: string;
    carrier_code: string;
    source_event_id: string;
    carrier_status: string;
    state: TrackingStateColumn;
    description: Generated<string>;
    location: string | null;
    occurred_at: Timestamp;
    received_at: Generated<Date>;
  };
  tracking_alerts: {
    id: string;
    shipment_id: string;
    kind: 'stale' | 'exception';
    message: string;
    raised_at: Generated<Date>;
    resolved_at: NullableTime;
  };
  notifications: {
    id: string;
    shipment_id: string;
    order_id: string;
    event: 'shipped' | 'out_for_delivery' | 'delivered' | 'exception';
    recipient: string;
    status: Generated<'pending' | 'sent' | 'failed'>;
    attempts: Generated<number>;
    next_attempt_at: ColumnType<Date, string | Date | undefined, string | Date>;
    last_error: string | null;
    message_id: string | null;
    created_at: Generated<Date>;
    sent_at: NullableTime;
  };
}
