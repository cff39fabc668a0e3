import type { CaptureLine } from '../../shared/api/order-capture';
import type { DemoCountry } from './demo-addresses';

/** Fixed demo exchange rates: list prices are set in dollars and rounded to a .99 price. */
const FX: Readonly<Record<string, number>> = { USD: 1, CAD: 1.37, GBP: 0.79, EUR: 0.92 };

/** VAT is in the shelf price in Europe; US sales tax and Canadian HST are added on top. */
const TAX: Readonly<Record<DemoCountry, { rate: number; included: boolean }>> = {
  US: { rate: 0.07, included: false },
  CA: { rate: 0.13, included: false },
  GB: { rate: 0.2, included: true },
  IE: { rate: 0.23, included: true },
  NL: { rate: 0.21, included: true },
  BE: { rate: 0.21, included: true },
  DE: { rate: 0.19, included: true },
  FR: { rate: 0.2, included: true },
};

export function localPrice(usdMinor: number, currency: string): number {
  const rate = FX[currency];
  if (rate === undefined) throw new RangeError(`No demo exchange rate for ${currency}`);
  if (currency === 'USD') return usdMinor;
  return Math.max(99, Math.round((usdMinor * rate) / 100) * 100 - 1);
}

export interface OrderMoney {
  shippingMinor: number;
  taxMinor: number;
  taxIncluded: boolean;
  discountMinor: number;
  totalMinor: number;
}

/**
 * The order's totals as a storefront would send them. Integer arithmetic only: tax and discount
 * are rounded once, on the order, as most platforms do.
 */
export function orderMoney(
  lines: readonly CaptureLine[],
  country: DemoCountry,
  options: { shippingMinor: number; discountPercent: number; taxExempt: boolean },
): OrderMoney {
  const goods = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0);
  const discountMinor = Math.round((goods * options.discountPercent) / 100);
  const { rate, included } = TAX[country];
  const taxable = goods - discountMinor + options.shippingMinor;
  let taxMinor = 0;
  if (!options.taxExempt) {
    // Included VAT is the part of the price that is tax: price − price / (1 + rate).
    taxMinor = included ? taxable - Math.round(taxable / (1 + rate)) : Math.round(taxable * rate);
  }
  const totalMinor = goods + options.shippingMinor + (included ? 0 : taxMinor) - discountMinor;
  return {
    shippingMinor: options.shippingMinor,
    taxMinor,
    taxIncluded: included,
    discountMinor,
    totalMinor,
  };
}
