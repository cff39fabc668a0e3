import type { CarrierAddress } from '../../../shared/contract/schemas/carrier-api';
import type { ShipmentRequest } from '../carrier-adapter';

/**
 * EasyPost-style APIs measure parcels in ounces and inches (decimals allowed). We round up to
 * the tenth so a parcel is never declared lighter or smaller than it is.
 */
const GRAMS_PER_OUNCE = 28.349523125;
const MM_PER_INCH = 25.4;
const upToTenth = (value: number) => Math.ceil(value * 10 - 1e-9) / 10;

export interface MiddlewareAddress {
  name: string;
  company?: string;
  street1: string;
  street2?: string;
  city: string;
  state?: string;
  zip: string;
  country: string;
  phone?: string;
  email?: string;
}

export function toMiddlewareAddress(address: CarrierAddress): MiddlewareAddress {
  return {
    name: address.name,
    ...(address.company ? { company: address.company } : {}),
    street1: address.line1,
    ...(address.line2 ? { street2: address.line2 } : {}),
    city: address.city,
    ...(address.region ? { state: address.region } : {}),
    zip: address.postcode,
    country: address.country,
    ...(address.phone ? { phone: address.phone } : {}),
    ...(address.email ? { email: address.email } : {}),
  };
}

/** The body of POST /v2/shipments for one parcel, asking for a ZPL label. */
export function shipmentBody(shipment: ShipmentRequest): unknown {
  return {
    shipment: {
      from_address: toMiddlewareAddress(shipment.origin),
      to_address: toMiddlewareAddress(shipment.destination),
      parcel: {
        weight: upToTenth(shipment.weightGrams / GRAMS_PER_OUNCE),
        length: upToTenth(shipment.lengthMm / MM_PER_INCH),
        width: upToTenth(shipment.widthMm / MM_PER_INCH),
        height: upToTenth(shipment.heightMm / MM_PER_INCH),
      },
      ...(shipment.reference ? { reference: shipment.reference } : {}),
      options: { label_format: 'ZPL' },
    },
  };
}

/** Carrier names as the middleware writes them ("FedEx", "DHLExpress") against our codes. */
export function carrierCodeOf(middlewareCarrier: string): string {
  return middlewareCarrier.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
