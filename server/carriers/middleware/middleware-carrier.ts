import { decimalToMinor } from '../../channels/decimal-to-minor';
import type {
  BoughtLabel,
  BuyLabelRequest,
  CarrierAdapter,
  CarrierRate,
  LabelReference,
  ShipmentRequest,
} from '../carrier-adapter';
import { CarrierError } from '../carrier-error';
import type { MiddlewareClient } from './easypost-client';
import type { MiddlewareRate } from './easypost-schemas';
import { carrierCodeOf } from './easypost-units';
import { trackingStateOf } from './tracking-status';

export interface MiddlewareCarrierRow {
  code: string;
  name: string;
}

/** A rate id we hand out carries its shipment, because buying needs both. */
const RATE_ID = /^([^/\s]+)\/([^/\s]+)$/;
export const composeRateId = (shipmentId: string, rateId: string) => `${shipmentId}/${rateId}`;

export function isRateFor(rate: MiddlewareRate, carrierCode: string): boolean {
  return carrierCodeOf(rate.carrier) === carrierCodeOf(carrierCode);
}

/** One middleware rate in our terms; a price we cannot read exactly is a bad response. */
export function toCarrierRate(
  shipmentId: string,
  rate: MiddlewareRate,
  carrierCode: string,
): CarrierRate {
  let amountMinor: number;
  try {
    amountMinor = decimalToMinor(rate.rate, rate.currency);
  } catch (cause) {
    throw new CarrierError(
      'BAD_RESPONSE',
      `The middleware priced ${rate.service} in a way the head office cannot read`,
      { carrierCode, detail: cause instanceof Error ? cause.message : String(cause), cause },
    );
  }
  return {
    carrierCode,
    serviceCode: rate.service,
    serviceName: rate.service.replace(/([a-z])([A-Z])/g, '$1 $2'),
    price: { amountMinor, currency: rate.currency },
    transitDays: rate.delivery_days ?? null,
    rateId: composeRateId(shipmentId, rate.id),
  };
}

/** A carrier reached through the shipping middleware: labels are bought online only. */
export function middlewareCarrier(
  client: MiddlewareClient,
  carrier: MiddlewareCarrierRow,
): CarrierAdapter {
  const code = carrier.code;
  const attributed = <T>(work: Promise<T>): Promise<T> =>
    work.catch((error: unknown) => {
      throw error instanceof CarrierError && error.carrierCode === null
        ? error.forCarrier(code)
        : error;
    });

  async function rates(shipment: ShipmentRequest): Promise<CarrierRate[]> {
    const created = await attributed(client.createShipment(shipment));
    return created.rates
      .filter((r) => isRateFor(r, code))
      .map((r) => toCarrierRate(created.id, r, code));
  }

  async function chosenRate(
    request: BuyLabelRequest,
  ): Promise<{ shipmentId: string; rateId: string }> {
    if (request.rateId !== undefined) {
      const match = RATE_ID.exec(request.rateId);
      if (!match?.[1] || !match[2]) {
        throw new CarrierError(
          'REFUSED',
          'That rate id was not given by the head office; ask for rates again',
          {
            carrierCode: code,
          },
        );
      }
      return { shipmentId: match[1], rateId: match[2] };
    }
    const created = await attributed(client.createShipment(request.shipment));
    const rate = created.rates.find((r) => isRateFor(r, code) && r.service === request.serviceCode);
    if (!rate) {
      throw new CarrierError(
        'REFUSED',
        `${carrier.name} does not offer ${request.serviceCode} for this parcel now; choose another service`,
        { carrierCode: code },
      );
    }
    return { shipmentId: created.id, rateId: rate.id };
  }

  /**
   * A shipment is bought at most once at the middleware. When our purchase is refused, it may be
   * because an earlier try went through and its answer was lost (a 5xx after the sale, a head
   * office that stopped): then the shipment already carries our label, and we take that one.
   */
  async function buyOrRecover(shipmentId: string, rateId: string) {
    try {
      return await attributed(client.buy(shipmentId, rateId, code));
    } catch (error) {
      if (!(error instanceof CarrierError) || error.code !== 'REFUSED') throw error;
      const existing = await attributed(client.getShipment(shipmentId, code)).catch(() => {
        throw error;
      });
      if (existing.tracking_code && existing.selected_rate?.id === rateId) return existing;
      throw error;
    }
  }

  async function buyLabel(request: BuyLabelRequest): Promise<BoughtLabel> {
    const { shipmentId, rateId } = await chosenRate(request);
    const bought = await buyOrRecover(shipmentId, rateId);
    const selected = bought.selected_rate;
    if (!bought.tracking_code || !selected) {
      throw new CarrierError(
        'BAD_RESPONSE',
        'The middleware bought no label (no tracking number); try again later',
        {
          carrierCode: code,
        },
      );
    }
    if (!isRateFor(selected, code) || selected.service !== request.serviceCode) {
      throw new CarrierError(
        'BAD_RESPONSE',
        `The middleware bought ${selected.carrier} ${selected.service}, not ${carrier.name} ${request.serviceCode}; void it and try again`,
        { carrierCode: code },
      );
    }
    const rate = toCarrierRate(bought.id, selected, code);
    return {
      carrierCode: code,
      serviceCode: selected.service,
      trackingNumber: bought.tracking_code,
      zpl: await attributed(client.labelZpl(bought, code)),
      price: rate.price,
      providerShipmentId: bought.id,
    };
  }

  return {
    carrierCode: code,
    rates,
    buyLabel,
    async void(label: LabelReference) {
      const refunded = await attributed(client.refund(label.providerShipmentId, code));
      const status = refunded.refund_status ?? 'submitted';
      if (status === 'rejected') {
        throw new CarrierError(
          'REFUSED',
          `${carrier.name} will not cancel label ${label.trackingNumber} (already scanned or too old)`,
          { carrierCode: code },
        );
      }
      return { refundStatus: status };
    },
    async track(trackingNumber: string) {
      const tracker = await attributed(client.createTracker(trackingNumber, code));
      return {
        trackingNumber: tracker.tracking_code,
        state: trackingStateOf(tracker.status),
        carrierStatus: tracker.status,
        events: tracker.tracking_details.map((d) => ({
          carrierStatus: d.status,
          state: trackingStateOf(d.status),
          description: d.message ?? '',
          location: placeOf(d.tracking_location),
          occurredAt: d.datetime,
        })),
      };
    },
    async submitManifest(labels: LabelReference[]) {
      const form = await attributed(
        client.createScanForm(
          labels.map((l) => l.providerShipmentId),
          code,
        ),
      );
      return { submissionRef: form.id };
    },
  };
}

function placeOf(
  location:
    { city?: string | null; state?: string | null; country?: string | null } | null | undefined,
): string | null {
  const parts = [location?.city, location?.state, location?.country].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  return parts.length > 0 ? parts.join(', ') : null;
}
