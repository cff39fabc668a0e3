import { z } from 'zod';
import { LocalTimeSchema } from './rate-card';
import type { ServiceQuote } from './quote-rate-card';
import { ShippingError } from './shipping-error';

export const SERVICE_LEVELS = ['standard', 'express', 'next-day'] as const;
export const ServiceLevelSchema = z.enum(SERVICE_LEVELS);
export type ServiceLevel = z.infer<typeof ServiceLevelSchema>;

/** Longest transit a service may take and still count as the level the customer paid for. */
export const SERVICE_LEVEL_MAX_TRANSIT_DAYS: Readonly<Record<ServiceLevel, number | null>> = {
  'next-day': 1,
  express: 2,
  standard: null,
};

const LEVEL_NAMES: Record<ServiceLevel, string> = {
  'next-day': 'next-day',
  express: 'express',
  standard: 'standard',
};

export type ServiceChoice =
  | {
      kind: 'chosen';
      quote: ServiceQuote;
      /** False when every fitting service's cut-off has passed: it goes out next collection. */
      shipsToday: boolean;
      meetsServiceLevel: boolean;
      overridden: boolean;
      reason: string;
    }
  | { kind: 'none'; reason: string };

export interface ChooseServiceInput {
  quotes: readonly ServiceQuote[];
  serviceLevel: ServiceLevel;
  /** The station's local wall-clock time, HH:MM, the same clock the cut-offs are written in. */
  stationLocalTime: string;
}

function meetsLevel(quote: ServiceQuote, level: ServiceLevel): boolean {
  const max = SERVICE_LEVEL_MAX_TRANSIT_DAYS[level];
  return max === null || quote.transitDays <= max;
}

/** Strictly before: a parcel at 17:00 has missed a 17:00 cut-off. */
function beforeCutOff(quote: ServiceQuote, time: string): boolean {
  return time < quote.cutOffLocal;
}

/** Cheapest first; equal prices go to the faster service, then a stable code order. */
function byCost(a: ServiceQuote, b: ServiceQuote): number {
  return (
    a.price.amountMinor - b.price.amountMinor ||
    a.transitDays - b.transitDays ||
    `${a.carrierCode}/${a.serviceCode}`.localeCompare(`${b.carrierCode}/${b.serviceCode}`)
  );
}

function label(q: ServiceQuote): string {
  return `${q.carrierName} ${q.serviceName}`;
}

/**
 * The shipping rule: the cheapest quote that meets the order's service level and still makes
 * today's collection. Failing that, the cheapest that meets the level (it ships next
 * collection); failing that, the fastest that goes today, so the order is late by as little as
 * possible. Every choice says why, for the clerk to read and the audit log to keep.
 */
export function chooseService(input: ChooseServiceInput): ServiceChoice {
  const time = LocalTimeSchema.parse(input.stationLocalTime);
  const level = input.serviceLevel;
  const { quotes } = input;
  if (quotes.length === 0) return { kind: 'none', reason: 'No carrier quoted for this parcel' };
  const currencies = [...new Set(quotes.map((q) => q.price.currency))];
  if (currencies.length > 1) {
    // Comparing 900 EUR cents with 800 GBP pence would pick on a number, not a cost.
    return {
      kind: 'none',
      reason: `Quotes are in different currencies (${currencies.join(', ')}); choose a service by hand`,
    };
  }
  const fitting = quotes.filter((q) => meetsLevel(q, level)).sort(byCost);
  const today = fitting.filter((q) => beforeCutOff(q, time));
  const chosen = (quote: ServiceQuote, shipsToday: boolean, meets: boolean, reason: string) =>
    ({
      kind: 'chosen',
      quote,
      shipsToday,
      meetsServiceLevel: meets,
      overridden: false,
      reason,
    }) as const;

  const cheapestToday = today[0];
  if (cheapestToday !== undefined) {
    return chosen(
      cheapestToday,
      true,
      true,
      `Cheapest ${LEVEL_NAMES[level]} service that ships today: ${label(cheapestToday)} (cut-off ${cheapestToday.cutOffLocal})`,
    );
  }
  const cheapestFitting = fitting[0];
  if (cheapestFitting !== undefined) {
    return chosen(
      cheapestFitting,
      false,
      true,
      `Past the cut-off for every ${LEVEL_NAMES[level]} service (it is ${time}); ${label(cheapestFitting)} is the cheapest and goes with the next collection`,
    );
  }
  const fastestToday = quotes
    .filter((q) => beforeCutOff(q, time))
    .sort((a, b) => a.transitDays - b.transitDays || byCost(a, b))[0];
  if (fastestToday !== undefined) {
    return chosen(
      fastestToday,
      true,
      false,
      `No quoted service is ${LEVEL_NAMES[level]}; ${label(fastestToday)} (${fastestToday.transitDays} days) is the fastest that ships today`,
    );
  }
  const fastest = [...quotes].sort((a, b) => a.transitDays - b.transitDays || byCost(a, b))[0];
  if (fastest === undefined) return { kind: 'none', reason: 'No carrier quoted for this parcel' };
  return chosen(
    fastest,
    false,
    false,
    `No quoted service is ${LEVEL_NAMES[level]} and every cut-off has passed (it is ${time}); ${label(fastest)} is the fastest with the next collection`,
  );
}

export const ServiceOverrideSchema = z.object({
  carrierCode: z.string().min(1),
  serviceCode: z.string().min(1),
  reason: z.string(),
});
export type ServiceOverride = z.infer<typeof ServiceOverrideSchema>;

/** Shortest reason accepted: enough to stop "x" or "." being typed to get past the prompt. */
export const MIN_OVERRIDE_REASON_LENGTH = 5;

/** A clerk's own pick, which must be one of the quotes and must say why. */
export function overrideService(
  input: ChooseServiceInput,
  override: ServiceOverride,
): ServiceChoice {
  const time = LocalTimeSchema.parse(input.stationLocalTime);
  const { carrierCode, serviceCode } = ServiceOverrideSchema.parse(override);
  const reason = override.reason.trim();
  if (reason.length < MIN_OVERRIDE_REASON_LENGTH) {
    throw new ShippingError(
      'OVERRIDE_REASON_REQUIRED',
      'Choosing a different service needs a reason; say why, e.g. "customer asked for express"',
    );
  }
  const quote = input.quotes.find(
    (q) => q.carrierCode === carrierCode && q.serviceCode === serviceCode,
  );
  if (quote === undefined) {
    throw new ShippingError(
      'OVERRIDE_NOT_QUOTED',
      `${carrierCode} ${serviceCode} did not quote for this parcel; pick one of the services listed`,
    );
  }
  return {
    kind: 'chosen',
    quote,
    shipsToday: beforeCutOff(quote, time),
    // Reported, not refused: a clerk may knowingly downgrade (e.g. the customer agreed to wait).
    meetsServiceLevel: meetsLevel(quote, input.serviceLevel),
    overridden: true,
    reason: `Chosen by clerk: ${reason}`,
  };
}
