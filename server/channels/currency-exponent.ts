/**
 * ISO 4217 minor-unit exponents: how many decimal places an amount in the currency has. The
 * table is explicit rather than taken from `Intl`, whose CLDR data rounds some currencies for
 * display (ICU says IQD has 0 digits; ISO 4217 and payment platforms use 3), and an order total
 * must be read exactly as the platform meant it. Codes without minor units (XAU, XDR, ...) and
 * codes platforms invent (BTC, IRT, PRB) are not here, so they are refused, not guessed.
 */
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMALS = 'CLF UYW';
const TWO_DECIMALS = [
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP',
  'BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR',
  'FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW',
  'KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN',
  'NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD',
  'SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU',
  'UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL',
].join(' ');

const exponents = new Map<string, number>();
for (const [codes, exponent] of [
  [TWO_DECIMALS, 2],
  [ZERO_DECIMALS, 0],
  [THREE_DECIMALS, 3],
  [FOUR_DECIMALS, 4],
] as const) {
  for (const code of codes.split(' ')) exponents.set(code, exponent);
}

/** Decimal places of the currency's minor unit, or undefined for a code we do not know. */
export function currencyExponent(currency: string): number | undefined {
  return exponents.get(currency);
}
