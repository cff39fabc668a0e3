import type {
  CarrierQuote,
  CarrierRatesAnswer,
  CarrierUnavailable,
} from '../../../shared/contract/schemas/carrier-api';
import type { ShipmentRequest } from '../carrier-adapter';
import { CarrierError } from '../carrier-error';
import type { MiddlewareClient } from './easypost-client';
import { carrierCodeOf } from './easypost-units';
import { isRateFor, toCarrierRate, type MiddlewareCarrierRow } from './middleware-carrier';

/**
 * Rates from every given middleware carrier with one middleware call (it prices all carriers on
 * the account at once). A carrier that gives nothing is listed as unavailable with the reason;
 * the others' quotes still come back, so one carrier's outage never stops the bench.
 */
export async function shopMiddlewareRates(
  client: MiddlewareClient | undefined,
  carriers: MiddlewareCarrierRow[],
  shipment: ShipmentRequest,
): Promise<CarrierRatesAnswer> {
  if (carriers.length === 0) return { quotes: [], unavailable: [] };
  const everyone = (error: CarrierError): CarrierRatesAnswer => ({
    quotes: [],
    unavailable: carriers.map((c) => unavailable(c, error)),
  });
  if (!client) {
    return everyone(
      new CarrierError(
        'NOT_CONFIGURED',
        'The head office has no shipping middleware set up (SHIPPING_MIDDLEWARE_URL); ship with a rate-card carrier or ask an administrator',
      ),
    );
  }
  let created;
  try {
    created = await client.createShipment(shipment);
  } catch (error) {
    if (error instanceof CarrierError) return everyone(error);
    throw error;
  }
  const answer: CarrierRatesAnswer = { quotes: [], unavailable: [] };
  for (const carrier of carriers) {
    try {
      const quotes = created.rates
        .filter((r) => isRateFor(r, carrier.code))
        .map((r) => quoteOf(carrier, toCarrierRate(created.id, r, carrier.code)));
      if (quotes.length > 0) {
        answer.quotes.push(...quotes);
        continue;
      }
      const said = created.messages.find(
        (m) => m.carrier && carrierCodeOf(m.carrier) === carrierCodeOf(carrier.code),
      );
      answer.unavailable.push(
        said
          ? unavailable(
              carrier,
              new CarrierError('UNAVAILABLE', `${carrier.name} gave no rates: ${said.message}`),
            )
          : unavailable(
              carrier,
              new CarrierError('REFUSED', `${carrier.name} offers no service for this parcel`),
            ),
      );
    } catch (error) {
      if (!(error instanceof CarrierError)) throw error;
      answer.unavailable.push(unavailable(carrier, error));
    }
  }
  answer.quotes.sort((a, b) => a.priceMinor - b.priceMinor);
  return answer;
}

function quoteOf(
  carrier: MiddlewareCarrierRow,
  rate: ReturnType<typeof toCarrierRate>,
): CarrierQuote {
  return {
    carrierCode: carrier.code,
    carrierName: carrier.name,
    serviceCode: rate.serviceCode,
    serviceName: rate.serviceName,
    priceMinor: rate.price.amountMinor,
    currency: rate.price.currency,
    transitDays: rate.transitDays,
    rateId: rate.rateId,
  };
}

function unavailable(carrier: MiddlewareCarrierRow, error: CarrierError): CarrierUnavailable {
  return {
    carrierCode: carrier.code,
    carrierName: carrier.name,
    code: error.code,
    message: error.message,
    retryable: error.retryable,
  };
}
