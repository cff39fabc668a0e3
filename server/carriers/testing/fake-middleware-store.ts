import { randomBytes } from 'node:crypto';
import { renderZpl } from '../../../shared/labels/zpl-label';
import type { LabelAddress } from '../../../shared/labels/shipping-label';
import {
  FakeRefusal,
  verifyAddress,
  type CreateShipment,
  type FakeAddress,
} from './fake-middleware-requests';

/** A carrier on the fake's account and the services it prices. */
export interface FakeCarrier {
  carrier: string;
  services: { service: string; baseCents: number; centsPerPound: number; days: number }[];
  /** Rates come back as a rate_error message instead, as when a carrier's API is down. */
  rateError?: string;
}

export const DEFAULT_FAKE_CARRIERS: FakeCarrier[] = [
  {
    carrier: 'USPS',
    services: [
      { service: 'GroundAdvantage', baseCents: 525, centsPerPound: 90, days: 4 },
      { service: 'Priority', baseCents: 750, centsPerPound: 150, days: 2 },
    ],
  },
  {
    carrier: 'UPS',
    services: [{ service: 'Ground', baseCents: 980, centsPerPound: 110, days: 3 }],
  },
];

interface FakeRate {
  id: string;
  carrier: string;
  service: string;
  rate: string;
  currency: string;
  delivery_days: number;
  shipment_id: string;
}

interface StoredShipment {
  id: string;
  request: CreateShipment;
  rates: FakeRate[];
  messages: { carrier: string; message: string; type: string }[];
  selectedRate: FakeRate | null;
  trackingCode: string | null;
  zpl: string | null;
  refundStatus: string | null;
  scanFormId: string | null;
}

const cents = (value: number) =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** The fake service's memory: shipments, labels, refunds and scan forms, as the real one keeps. */
export class FakeMiddlewareStore {
  readonly shipments = new Map<string, StoredShipment>();
  readonly trackingCodes: string[] = [];
  private serial = 0;

  constructor(
    readonly carriers: FakeCarrier[],
    private readonly labelUrl: (shipmentId: string) => string,
    private readonly inlineLabels: () => boolean,
  ) {}

  create(request: CreateShipment): unknown {
    verifyAddress(request.to_address, 'shipment.to_address');
    verifyAddress(request.from_address, 'shipment.from_address');
    const id = newId('shp');
    const pounds = Math.max(1, Math.ceil(request.parcel.weight / 16));
    const shipment: StoredShipment = {
      id,
      request,
      rates: [],
      messages: [],
      selectedRate: null,
      trackingCode: null,
      zpl: null,
      refundStatus: null,
      scanFormId: null,
    };
    for (const carrier of this.carriers) {
      if (carrier.rateError !== undefined) {
        shipment.messages.push({
          carrier: carrier.carrier,
          message: carrier.rateError,
          type: 'rate_error',
        });
        continue;
      }
      for (const s of carrier.services) {
        shipment.rates.push({
          id: newId('rate'),
          carrier: carrier.carrier,
          service: s.service,
          rate: cents(s.baseCents + s.centsPerPound * pounds),
          currency: 'USD',
          delivery_days: s.days,
          shipment_id: id,
        });
      }
    }
    this.shipments.set(id, shipment);
    return this.view(shipment);
  }

  buy(shipmentId: string, rateId: string): unknown {
    const shipment = this.find(shipmentId);
    if (shipment.selectedRate) {
      throw new FakeRefusal(422, 'SHIPMENT.POSTAGE.EXISTS', 'This shipment already has postage');
    }
    const rate = shipment.rates.find((r) => r.id === rateId);
    if (!rate) {
      throw new FakeRefusal(422, 'SHIPMENT.RATE.INVALID', 'That rate is not one of this shipment', [
        { field: 'rate.id', message: `${rateId} is not a rate of ${shipmentId}` },
      ]);
    }
    this.serial += 1;
    const trackingCode = `${rate.carrier.slice(0, 2).toUpperCase()}${Date.now().toString(36).toUpperCase()}${String(this.serial).padStart(6, '0')}`;
    shipment.selectedRate = rate;
    shipment.trackingCode = trackingCode;
    shipment.zpl = this.label(shipment, rate, trackingCode);
    this.trackingCodes.push(trackingCode);
    return this.view(shipment);
  }

  get(shipmentId: string): unknown {
    return this.view(this.find(shipmentId));
  }

  refund(shipmentId: string): unknown {
    const shipment = this.find(shipmentId);
    if (!shipment.selectedRate) {
      throw new FakeRefusal(
        422,
        'SHIPMENT.REFUND.UNAVAILABLE',
        'This shipment has no postage to refund',
      );
    }
    // A label already handed over on a scan form has been collected: too late to refund.
    shipment.refundStatus = shipment.scanFormId ? 'rejected' : 'submitted';
    return this.view(shipment);
  }

  scanForm(shipmentIds: string[]): unknown {
    const found = shipmentIds.map((id) => this.find(id));
    const problems = found.flatMap((s) => {
      if (!s.selectedRate) return [{ field: s.id, message: 'has no postage' }];
      if (s.refundStatus) return [{ field: s.id, message: 'was refunded' }];
      if (s.scanFormId) return [{ field: s.id, message: `is already on ${s.scanFormId}` }];
      return [];
    });
    if (problems.length > 0) {
      throw new FakeRefusal(
        422,
        'SCAN_FORM.INVALID',
        'Some shipments cannot go on a scan form',
        problems,
      );
    }
    const id = newId('sf');
    for (const s of found) s.scanFormId = id;
    return {
      id,
      object: 'ScanForm',
      status: 'created',
      tracking_codes: found.map((s) => s.trackingCode),
      form_url: `${this.labelUrl(id)}.pdf`,
    };
  }

  tracker(trackingCode: string, carrier: string | undefined): unknown {
    const known = [...this.shipments.values()].find((s) => s.trackingCode === trackingCode);
    return {
      id: newId('trk'),
      object: 'Tracker',
      tracking_code: trackingCode,
      carrier: carrier ?? known?.selectedRate?.carrier ?? null,
      status: known ? 'pre_transit' : 'unknown',
      tracking_details: known
        ? [
            {
              status: 'pre_transit',
              message: 'Shipping label created',
              datetime: new Date().toISOString(),
              tracking_location: { city: null, state: null, country: null, zip: null },
            },
          ]
        : [],
    };
  }

  /** The ZPL of a bought label, as its download link serves it. */
  labelZpl(shipmentId: string): string | undefined {
    return this.shipments.get(shipmentId)?.zpl ?? undefined;
  }

  private find(id: string): StoredShipment {
    const shipment = this.shipments.get(id);
    if (!shipment) throw new FakeRefusal(404, 'NOT_FOUND', `No shipment ${id}`);
    return shipment;
  }

  private view(s: StoredShipment): unknown {
    const label = s.zpl
      ? this.inlineLabels()
        ? { label_zpl: s.zpl, label_zpl_url: null }
        : { label_zpl_url: this.labelUrl(s.id) }
      : null;
    return {
      id: s.id,
      object: 'Shipment',
      reference: s.request.reference ?? null,
      rates: s.rates,
      messages: s.messages,
      selected_rate: s.selectedRate,
      tracking_code: s.trackingCode,
      postage_label: label,
      refund_status: s.refundStatus,
      scan_form: s.scanFormId ? { id: s.scanFormId } : null,
    };
  }

  private label(s: StoredShipment, rate: FakeRate, trackingCode: string): string {
    return renderZpl(
      {
        shipFrom: labelAddress(s.request.from_address),
        shipTo: labelAddress(s.request.to_address),
        carrier: { name: rate.carrier, service: rate.service },
        trackingNumber: trackingCode,
        trackingBarcode: { symbology: 'code128', data: trackingCode },
        parcel: { index: 1, count: 1 },
        weightGrams: Math.max(1, Math.round(s.request.parcel.weight * 28.349523125)),
        reference: (s.request.reference ?? s.id).slice(0, 40),
        date: new Date().toISOString().slice(0, 10),
      },
      { dpi: 203 },
    );
  }
}

function labelAddress(a: FakeAddress): LabelAddress {
  return {
    name: a.name,
    ...(a.company ? { company: a.company } : {}),
    lines: [a.street1, ...(a.street2 ? [a.street2] : [])],
    postcode: a.zip,
    city: a.city,
    country: a.country,
  };
}
