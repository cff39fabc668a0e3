import { CarrierError } from '../carrier-error';
import type { ShipmentRequest } from '../carrier-adapter';
import { shipmentBody } from './easypost-units';
import {
  ScanFormSchema,
  ShipmentSchema,
  TrackerSchema,
  type MiddlewareScanForm,
  type MiddlewareShipment,
  type MiddlewareTracker,
} from './easypost-schemas';
import type { MiddlewareConfig } from './middleware-config';
import { callMiddleware } from './middleware-http';

/** The few EasyPost-style endpoints the head office uses, each one checked call. */
export interface MiddlewareClient {
  /** POST /v2/shipments: a shipment with every carrier's rates for it. */
  createShipment(shipment: ShipmentRequest): Promise<MiddlewareShipment>;
  /** GET /v2/shipments/:id */
  getShipment(shipmentId: string, carrierCode: string): Promise<MiddlewareShipment>;
  /** POST /v2/shipments/:id/buy */
  buy(shipmentId: string, rateId: string, carrierCode: string): Promise<MiddlewareShipment>;
  /** POST /v2/shipments/:id/refund */
  refund(shipmentId: string, carrierCode: string): Promise<MiddlewareShipment>;
  /** POST /v2/scan_forms: the end-of-day manifest of bought shipments. */
  createScanForm(shipmentIds: string[], carrierCode: string): Promise<MiddlewareScanForm>;
  /** POST /v2/trackers */
  createTracker(trackingCode: string, carrier: string): Promise<MiddlewareTracker>;
  /** The label's ZPL: inline in the answer, or downloaded from its link. */
  labelZpl(shipment: MiddlewareShipment, carrierCode: string): Promise<string>;
}

const ZPL_START = /^\s*\^XA/;

export function createMiddlewareClient(config: MiddlewareConfig): MiddlewareClient {
  const id = (value: string) => encodeURIComponent(value);
  return {
    createShipment: (shipment) =>
      callMiddleware(
        config,
        { method: 'POST', path: '/v2/shipments', body: shipmentBody(shipment) },
        ShipmentSchema,
      ),
    getShipment: (shipmentId, carrierCode) =>
      callMiddleware(
        config,
        { method: 'GET', path: `/v2/shipments/${id(shipmentId)}`, carrierCode },
        ShipmentSchema,
      ),
    buy: (shipmentId, rateId, carrierCode) =>
      callMiddleware(
        config,
        {
          method: 'POST',
          path: `/v2/shipments/${id(shipmentId)}/buy`,
          body: { rate: { id: rateId } },
          carrierCode,
        },
        ShipmentSchema,
      ),
    refund: (shipmentId, carrierCode) =>
      callMiddleware(
        config,
        { method: 'POST', path: `/v2/shipments/${id(shipmentId)}/refund`, carrierCode },
        ShipmentSchema,
      ),
    createScanForm: (shipmentIds, carrierCode) =>
      callMiddleware(
        config,
        {
          method: 'POST',
          path: '/v2/scan_forms',
          body: { shipments: shipmentIds.map((s) => ({ id: s })) },
          carrierCode,
        },
        ScanFormSchema,
      ),
    createTracker: (trackingCode, carrier) =>
      callMiddleware(
        config,
        {
          method: 'POST',
          path: '/v2/trackers',
          body: { tracker: { tracking_code: trackingCode, carrier } },
          carrierCode: carrier,
        },
        TrackerSchema,
      ),
    labelZpl: (shipment, carrierCode) => labelZpl(config, shipment, carrierCode),
  };
}

async function labelZpl(
  config: MiddlewareConfig,
  shipment: MiddlewareShipment,
  carrierCode: string,
): Promise<string> {
  const label = shipment.postage_label;
  const bad = (detail: string) =>
    new CarrierError(
      'BAD_RESPONSE',
      'The label was bought but the middleware gave no printable ZPL for it; void it or try again later',
      { carrierCode, detail },
    );
  if (label?.label_zpl) {
    if (!ZPL_START.test(label.label_zpl)) throw bad('inline label is not ZPL');
    return label.label_zpl;
  }
  if (!label?.label_zpl_url) throw bad('no postage_label.label_zpl_url');
  let text: string;
  try {
    // Label links are pre-signed downloads: no API key goes with them.
    const response = await fetch(label.label_zpl_url, {
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    if (!response.ok) throw bad(`label download answered HTTP ${response.status}`);
    text = await response.text();
  } catch (cause) {
    if (cause instanceof CarrierError) throw cause;
    throw new CarrierError(
      'UNAVAILABLE',
      'The label was bought but could not be downloaded; try again later to fetch it',
      { carrierCode, detail: cause instanceof Error ? cause.message : String(cause), cause },
    );
  }
  if (!ZPL_START.test(text)) throw bad('downloaded label is not ZPL');
  return text;
}
