/**
 * ISO 4217 currencies whose minor unit is not the cent. Everything else has two decimals, which
 * is right for every currency a Wharf channel sells in today; add a currency here before selling
 * in it if it has no minor unit (JPY) or three (KWD).
 */
const MINOR_UNIT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

/** How many decimal places the currency's minor unit has (2 for USD: 1 dollar = 100 cents). */
export function currencyExponent(currency: string): number {
  return MINOR_UNIT_EXCEPTIONS[currency] ?? 2;
}

/**
 * "USD 1,234.56" from 123456 minor units, for messages people read. Works on the digits of the
 * integer, never by dividing into a float, so no amount is ever shown a cent off.
 */
export function formatMinor(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) return `${currency} ${String(amountMinor)} (minor units)`;
  const exponent = currencyExponent(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = Math.abs(amountMinor)
    .toString()
    .padStart(exponent + 1, '0');
  const major = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+$)/g, ',');
  const minor = digits.slice(digits.length - exponent);
  return `${currency} ${sign}${major}${exponent > 0 ? `.${minor}` : ''}`;
}
