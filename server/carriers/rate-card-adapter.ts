import { quoteRateCard, RateCardSchema } from '../../shared/domain/shipping';
import type { RateCard } from '../../shared/domain/shipping';
import type { CarrierAdapter, CarrierRate, ShipmentRequest } from './carrier-adapter';
import { CarrierError } from './carrier-error';

export interface RateCardCarrierRow {
  code: string;
  name: string;
  rate_card: unknown;
}

/**
 * A carrier priced from its rate card. The station does the real work offline (it holds the card
 * and a consignment range and prints the label itself); the head office only quotes from the
 * same card and records a manifest, which such carriers take on paper with the collection.
 */
export function rateCardCarrier(row: RateCardCarrierRow): CarrierAdapter {
  const code = row.code;
  const atStation = (what: string) =>
    new CarrierError(
      'UNSUPPORTED',
      `${row.name} ${what} at the station from its rate card and consignment range, not through the head office`,
      { carrierCode: code },
    );
  const card = (): RateCard => {
    const parsed = RateCardSchema.safeParse(row.rate_card);
    if (parsed.success) return parsed.data;
    throw new CarrierError(
      'NOT_CONFIGURED',
      `The rate card of ${row.name} is not valid; an administrator must correct it`,
      { carrierCode: code, detail: parsed.error.issues.map((i) => i.message).join('; ') },
    );
  };
  return {
    carrierCode: code,
    // Deferred so a broken card rejects the promise instead of throwing at the call.
    rates: (shipment) => Promise.resolve().then(() => quoteFromCard(code, card(), shipment)),
    buyLabel: () => Promise.reject(atStation('labels are printed')),
    void: () => Promise.reject(atStation('labels are voided')),
    track: () => Promise.reject(atStation('parcels are not tracked online; they are tracked')),
    // The carrier takes the printed manifest with the collection: nothing to send.
    submitManifest: () => Promise.resolve({ submissionRef: 'rate-card' }),
  };
}

function quoteFromCard(code: string, card: RateCard, shipment: ShipmentRequest): CarrierRate[] {
  const quotes = quoteRateCard(card, {
    weightGrams: shipment.weightGrams,
    lengthMm: shipment.lengthMm,
    widthMm: shipment.widthMm,
    heightMm: shipment.heightMm,
    destination: { country: shipment.destination.country, postcode: shipment.destination.postcode },
  });
  return quotes.flatMap((q) =>
    q.kind === 'quote'
      ? [
          {
            carrierCode: code,
            serviceCode: q.serviceCode,
            serviceName: q.serviceName,
            price: q.price,
            transitDays: q.transitDays,
            rateId: `${code}/${q.serviceCode}`,
          },
        ]
      : [],
  );
}
