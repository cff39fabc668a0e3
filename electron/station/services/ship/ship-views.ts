import type { ParcelToShip, ShipmentView } from '../../../../shared/contract/schemas/ship';
import { TrackingStateSchema } from '../../../../shared/domain/shipping/tracking-state';
import type { ShipPrinting } from './ship-labeller';
import { parcelIndex } from './ship-labeller';
import { readShipTo } from './ship-label';
import type { ParcelRow, ShipmentRow } from './ship-repository';

export function parcelView(row: ParcelRow): ParcelToShip {
  const to = readShipTo(row.ship_to);
  return {
    parcelId: row.id,
    number: row.number,
    fulfilmentId: row.fulfilment_id,
    orderNumber: row.order_number,
    index: parcelIndex(row.number),
    count: row.parcel_count,
    weightGrams: row.weight_grams,
    sizeMm: { length: row.length_mm, width: row.width_mm, height: row.height_mm },
    destination: [to.name, to.city, to.postcode, to.country].filter(Boolean).join(', '),
    serviceLevel: row.service_level,
    closedAt: row.closed_at,
    awaiting:
      row.awaiting_carrier && row.awaiting_since
        ? {
            carrierCode: row.awaiting_carrier,
            serviceName: row.awaiting_service ?? '',
            since: row.awaiting_since,
            attempts: row.awaiting_attempts ?? 0,
            lastError: row.awaiting_error,
          }
        : null,
  };
}

export function shipmentView(row: ShipmentRow, printing: ShipPrinting): ShipmentView {
  const jobs = printing
    .jobsFor(row.tracking_number)
    .filter((j) => j.documentKind === 'parcel-label');
  const last = jobs.at(-1);
  const state = TrackingStateSchema.safeParse(row.tracking_state);
  return {
    shipmentId: row.id,
    parcelId: row.parcel_id,
    parcelNumber: row.parcel_number,
    orderNumber: row.order_number,
    carrierCode: row.carrier_code,
    carrierName: row.carrier_name ?? row.carrier_code,
    serviceName: row.service_name,
    trackingNumber: row.tracking_number,
    index: row.parcel_index,
    count: row.parcel_count,
    price: { amountMinor: row.price_minor, currency: row.currency },
    overrideReason: row.override_reason,
    trackingState: state.success ? state.data : 'label_created',
    createdAt: row.created_at,
    manifestNumber: row.manifest_number,
    voided: row.voided_at !== null,
    pending: row.pending === 1,
    print: last ? last.state : 'not-printed',
    printError: last?.lastError ?? null,
  };
}
