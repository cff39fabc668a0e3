import type { Money } from '../../shared/domain/money';
import type { TrackingState } from '../../shared/domain/shipping';
import type { CarrierAddress } from '../../shared/contract/schemas/carrier-api';

export { CarrierError } from './carrier-error';

/** What a carrier needs to price and label one parcel. */
export interface ShipmentRequest {
  weightGrams: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  origin: CarrierAddress;
  destination: CarrierAddress;
  /** Shown on the carrier's paperwork; we pass the parcel number. */
  reference?: string;
}

export interface CarrierRate {
  carrierCode: string;
  serviceCode: string;
  serviceName: string;
  price: Money;
  transitDays: number | null;
  /** What buyLabel needs to buy exactly this rate; opaque outside the adapter. */
  rateId: string;
}

export interface BuyLabelRequest {
  serviceCode: string;
  /** A rateId from rates(); without it the adapter prices the shipment again and picks the service. */
  rateId?: string | undefined;
  shipment: ShipmentRequest;
}

export interface BoughtLabel {
  carrierCode: string;
  serviceCode: string;
  trackingNumber: string;
  /** ZPL II, ready for the label printer. */
  zpl: string;
  price: Money;
  providerShipmentId: string;
}

export interface LabelReference {
  trackingNumber: string;
  providerShipmentId: string;
}

export interface VoidResult {
  /** submitted, refunded, not_applicable (bill-on-scan carriers charge only scanned labels). */
  refundStatus: string;
}

export interface TrackingReport {
  trackingNumber: string;
  state: TrackingState;
  /** The carrier's own word for it, kept for the timeline. */
  carrierStatus: string;
  events: {
    carrierStatus: string;
    state: TrackingState;
    description: string;
    location: string | null;
    occurredAt: string;
  }[];
}

export interface ManifestSubmission {
  /** The carrier's (or middleware's) reference for the manifest. */
  submissionRef: string;
}

/**
 * One carrier, however it is reached. Every method fails with CarrierError only, so callers can
 * tell "try later" from "a person must fix this" without knowing the carrier.
 */
export interface CarrierAdapter {
  readonly carrierCode: string;
  rates(shipment: ShipmentRequest): Promise<CarrierRate[]>;
  buyLabel(request: BuyLabelRequest): Promise<BoughtLabel>;
  void(label: LabelReference): Promise<VoidResult>;
  track(trackingNumber: string): Promise<TrackingReport>;
  /** Hands the day's labels to the carrier; returns its reference. */
  submitManifest(labels: LabelReference[]): Promise<ManifestSubmission>;
}
