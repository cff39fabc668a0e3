import type { ServiceQuoteView, ShipQuote } from '../../../../shared/contract/schemas/ship';
import { chooseService } from '../../../../shared/domain/shipping/choose-service';
import type { ServiceLevel } from '../../../../shared/domain/shipping/choose-service';
import { ServiceLevelSchema } from '../../../../shared/domain/shipping/choose-service';
import type { ServiceQuote } from '../../../../shared/domain/shipping/quote-rate-card';
import { quoteRateCard } from '../../../../shared/domain/shipping/quote-rate-card';
import { RateCardSchema } from '../../../../shared/domain/shipping/rate-card';
import type { CarrierAddress } from '../../../../shared/contract/schemas/carrier-api';
import { CarrierOffline } from './head-office-carriers';
import type { HeadOfficeCarriers } from './head-office-carriers';
import type { CarrierRow, ParcelRow } from './ship-repository';
import type { StoredAddress } from './ship-label';

/** A middleware carrier that promises no transit time is treated as standard, never express. */
const UNKNOWN_TRANSIT_DAYS = 30;
/** Middleware carriers publish no cut-off to the station; the collection decides. */
const NO_CUT_OFF = '23:59';

export interface QuoteInput {
  parcel: ParcelRow;
  shipTo: StoredAddress;
  origin: CarrierAddress;
  carriers: readonly CarrierRow[];
  numbersLeft: (carrierCode: string) => number;
  stationLocalTime: string;
  headOffice: HeadOfficeCarriers;
}

type Quotes = Omit<ShipQuote, 'parcel'>;
type OnlineOrNot = ServiceQuote & { online: boolean; rateId: string | null };

/**
 * Every carrier's answer for a parcel: rate cards priced here (works offline), online carriers
 * through the head office (skipped, with the reason shown, when it cannot be reached), then the
 * shipping rule's choice among them.
 */
export async function quoteParcel(input: QuoteInput): Promise<Quotes> {
  const { parcel, shipTo } = input;
  const quotes: OnlineOrNot[] = [];
  const refusals: Quotes['refusals'] = [];
  const unavailable: Quotes['unavailable'] = [];
  const destination = {
    country: (shipTo.country ?? '').toUpperCase(),
    postcode: shipTo.postcode ?? '',
  };
  const active = input.carriers.filter((c) => c.active === 1);
  for (const carrier of active.filter((c) => c.kind === 'rate_card')) {
    const card = RateCardSchema.safeParse(carrier.rate_card ? JSON.parse(carrier.rate_card) : null);
    if (!card.success) {
      unavailable.push({ carrierName: carrier.name, reason: 'Its rate card is not readable.' });
      continue;
    }
    if (input.numbersLeft(carrier.code) === 0) {
      unavailable.push({
        carrierName: carrier.name,
        reason: 'No consignment numbers left at this station; connect to the head office for more.',
      });
      continue;
    }
    for (const result of quoteRateCard(card.data, {
      weightGrams: parcel.weight_grams,
      lengthMm: parcel.length_mm,
      widthMm: parcel.width_mm,
      heightMm: parcel.height_mm,
      destination,
    })) {
      if (result.kind === 'quote')
        quotes.push({ ...result, carrierName: carrier.name, online: false, rateId: null });
      else {
        refusals.push({
          carrierName: carrier.name,
          serviceName: result.serviceName,
          reason: result.reason,
        });
      }
    }
  }
  const online = active.filter((c) => c.kind === 'middleware');
  if (online.length > 0) await addOnlineQuotes(input, online, quotes, unavailable);

  const level = ServiceLevelSchema.safeParse(parcel.service_level);
  const serviceLevel: ServiceLevel = level.success ? level.data : 'standard';
  const choice = chooseService({ quotes, serviceLevel, stationLocalTime: input.stationLocalTime });
  const view = (q: (typeof quotes)[number]): ServiceQuoteView => ({
    carrierCode: q.carrierCode,
    carrierName: q.carrierName,
    serviceCode: q.serviceCode,
    serviceName: q.serviceName,
    price: q.price,
    transitDays: q.transitDays,
    cutOffLocal: q.cutOffLocal,
    meetsServiceLevel: meets(q.transitDays, serviceLevel),
    online: q.online,
    rateId: q.rateId,
  });
  return {
    quotes: [...quotes]
      .sort((a, b) => a.price.amountMinor - b.price.amountMinor || a.transitDays - b.transitDays)
      .map(view),
    refusals,
    unavailable,
    choice:
      choice.kind === 'chosen'
        ? {
            carrierCode: choice.quote.carrierCode,
            serviceCode: choice.quote.serviceCode,
            reason: choice.reason,
            shipsToday: choice.shipsToday,
          }
        : null,
    noChoiceReason: choice.kind === 'none' ? choice.reason : null,
  };
}

function meets(transitDays: number, level: ServiceLevel): boolean {
  if (level === 'next-day') return transitDays <= 1;
  if (level === 'express') return transitDays <= 2;
  return true;
}

async function addOnlineQuotes(
  input: QuoteInput,
  online: readonly CarrierRow[],
  quotes: OnlineOrNot[],
  unavailable: Quotes['unavailable'],
): Promise<void> {
  const { parcel, shipTo } = input;
  try {
    const answer = await input.headOffice.rates({
      parcelId: parcel.id,
      weightGrams: parcel.weight_grams,
      dims: { lengthMm: parcel.length_mm, widthMm: parcel.width_mm, heightMm: parcel.height_mm },
      origin: input.origin,
      destination: {
        name: shipTo.name?.trim() || 'Customer',
        line1: shipTo.line1?.trim() || '-',
        city: shipTo.city?.trim() || '-',
        postcode: shipTo.postcode ?? '',
        country: (shipTo.country ?? 'GB').toUpperCase(),
        ...(shipTo.line2 ? { line2: shipTo.line2 } : {}),
        ...(shipTo.company ? { company: shipTo.company } : {}),
      },
    });
    for (const q of answer.quotes) {
      quotes.push({
        kind: 'quote',
        carrierCode: q.carrierCode,
        carrierName: q.carrierName,
        serviceCode: q.serviceCode,
        serviceName: q.serviceName,
        zoneCode: '-',
        price: { amountMinor: q.priceMinor, currency: q.currency },
        transitDays: q.transitDays ?? UNKNOWN_TRANSIT_DAYS,
        cutOffLocal: NO_CUT_OFF,
        online: true,
        rateId: q.rateId,
      });
    }
    for (const u of answer.unavailable) {
      unavailable.push({ carrierName: u.carrierName, reason: u.message });
    }
  } catch (error) {
    const reason =
      error instanceof CarrierOffline
        ? `Needs the network for rates and labels: ${error.message}`
        : error instanceof Error
          ? error.message
          : 'Rates could not be read.';
    for (const carrier of online) unavailable.push({ carrierName: carrier.name, reason });
  }
}
