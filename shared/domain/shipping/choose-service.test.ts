import { describe, expect, it } from 'vitest';
import { chooseService, overrideService, type ChooseServiceInput } from './choose-service';
import type { ServiceQuote } from './quote-rate-card';
import { ShippingError } from './shipping-error';

const quote = (
  carrierCode: string,
  serviceCode: string,
  amountMinor: number,
  transitDays: number,
  cutOffLocal: string,
  currency = 'GBP',
): ServiceQuote => ({
  kind: 'quote',
  carrierCode,
  carrierName: carrierCode === 'PC' ? 'ParcelCo' : 'Swift',
  serviceCode,
  serviceName: serviceCode === 'STD' ? 'Standard' : serviceCode === 'EXP' ? 'Express' : 'Next Day',
  zoneCode: 'GB',
  price: { amountMinor, currency },
  transitDays,
  cutOffLocal,
});

const PC_STD = quote('PC', 'STD', 495, 3, '18:00');
const PC_EXP = quote('PC', 'EXP', 995, 2, '16:30');
const SW_STD = quote('SW', 'STD', 450, 4, '15:00');
const SW_ND = quote('SW', 'ND', 1295, 1, '14:00');
const QUOTES = [PC_EXP, SW_ND, PC_STD, SW_STD];

const input = (over: Partial<ChooseServiceInput> = {}): ChooseServiceInput => ({
  quotes: QUOTES,
  serviceLevel: 'standard',
  stationLocalTime: '10:00',
  ...over,
});

describe('chooseService', () => {
  it('picks the cheapest quote across carriers when all ship today', () => {
    const choice = chooseService(input());
    expect(choice).toEqual({
      kind: 'chosen',
      quote: SW_STD,
      shipsToday: true,
      meetsServiceLevel: true,
      overridden: false,
      reason: 'Cheapest standard service that ships today: Swift Standard (cut-off 15:00)',
    });
  });

  it('only considers services fast enough for the order', () => {
    expect(chooseService(input({ serviceLevel: 'express' }))).toMatchObject({ quote: PC_EXP });
    expect(chooseService(input({ serviceLevel: 'next-day' }))).toMatchObject({ quote: SW_ND });
  });

  it('skips a cheaper service whose cut-off has passed, cut-off itself counting as missed', () => {
    const choice = chooseService(input({ stationLocalTime: '15:00' }));
    expect(choice).toMatchObject({ quote: PC_STD, shipsToday: true });
  });

  it('after every cut-off, takes the cheapest that meets the level for the next collection', () => {
    const choice = chooseService(input({ serviceLevel: 'express', stationLocalTime: '17:00' }));
    expect(choice).toEqual({
      kind: 'chosen',
      quote: PC_EXP,
      shipsToday: false,
      meetsServiceLevel: true,
      overridden: false,
      reason:
        'Past the cut-off for every express service (it is 17:00); ParcelCo Express is the cheapest and goes with the next collection',
    });
  });

  it('when nothing meets the level, takes the fastest that still ships today and says so', () => {
    const choice = chooseService(
      input({
        quotes: [PC_STD, SW_STD, PC_EXP],
        serviceLevel: 'next-day',
        stationLocalTime: '16:45',
      }),
    );
    expect(choice).toEqual({
      kind: 'chosen',
      quote: PC_STD,
      shipsToday: true,
      meetsServiceLevel: false,
      overridden: false,
      reason:
        'No quoted service is next-day; ParcelCo Standard (3 days) is the fastest that ships today',
    });
  });

  it('when nothing meets the level and every cut-off has passed, takes the fastest for tomorrow', () => {
    const choice = chooseService(
      input({ quotes: [PC_STD, SW_STD], serviceLevel: 'express', stationLocalTime: '18:30' }),
    );
    expect(choice).toEqual({
      kind: 'chosen',
      quote: PC_STD,
      shipsToday: false,
      meetsServiceLevel: false,
      overridden: false,
      reason:
        'No quoted service is express and every cut-off has passed (it is 18:30); ParcelCo Standard is the fastest with the next collection',
    });
  });

  it('refuses to compare prices in different currencies', () => {
    const choice = chooseService(
      input({ quotes: [PC_STD, quote('SW', 'STD', 400, 3, '18:00', 'EUR')] }),
    );
    expect(choice).toEqual({
      kind: 'none',
      reason: 'Quotes are in different currencies (GBP, EUR); choose a service by hand',
    });
  });

  it('says so when there are no quotes', () => {
    expect(chooseService(input({ quotes: [] }))).toEqual({
      kind: 'none',
      reason: 'No carrier quoted for this parcel',
    });
  });

  it('refuses a station clock that is not HH:MM', () => {
    expect(() => chooseService(input({ stationLocalTime: '9:00' }))).toThrow();
  });
});

describe('overrideService', () => {
  it('takes the clerk’s pick with their reason and reports whether it meets the level', () => {
    const choice = overrideService(input({ serviceLevel: 'express', stationLocalTime: '14:30' }), {
      carrierCode: 'PC',
      serviceCode: 'STD',
      reason: '  customer agreed to wait  ',
    });
    expect(choice).toEqual({
      kind: 'chosen',
      quote: PC_STD,
      shipsToday: true,
      meetsServiceLevel: false,
      overridden: true,
      reason: 'Chosen by clerk: customer agreed to wait',
    });
  });

  it('refuses an override without a real reason', () => {
    for (const reason of ['', '   ', 'x']) {
      const attempt = () =>
        overrideService(input(), { carrierCode: 'SW', serviceCode: 'ND', reason });
      expect(attempt).toThrow(ShippingError);
      expect(attempt).toThrow(/needs a reason/);
    }
  });

  it('refuses a service that did not quote', () => {
    expect(() =>
      overrideService(input(), { carrierCode: 'PC', serviceCode: 'ND', reason: 'customer asked' }),
    ).toThrow('PC ND did not quote for this parcel; pick one of the services listed');
  });
});
