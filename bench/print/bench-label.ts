import type { ShippingLabel } from '../../shared/labels/shipping-label';
import { renderZpl } from '../../shared/labels/zpl-label';

/** A parcel label as a clerk prints it: full addresses, code 128 tracking, SSCC, 2 parcels. */
export function benchLabel(n: number): ShippingLabel {
  const serial = String(n).padStart(9, '0');
  return {
    shipFrom: {
      name: 'Wharf Warehouse',
      company: 'Wharf Ltd',
      lines: ['Unit 4, Dock Road'],
      postcode: 'LS1 4AB',
      city: 'Leeds',
      country: 'GB',
    },
    shipTo: {
      name: 'Zoë Łukasiewicz',
      company: 'Brasserie du Quai',
      lines: ['12 Rue de la République', 'Bâtiment B, 3e étage'],
      postcode: '69002',
      city: 'Lyon',
      country: 'FR',
    },
    carrier: { name: 'RateCard', service: 'Standard 48h' },
    trackingNumber: `WH${serial}GB`,
    trackingBarcode: { symbology: 'code128', data: `WH${serial}GB` },
    // 18 digits with a valid GS1 check digit (computed below).
    sscc: withCheckDigit(`05060001${serial}`),
    parcel: { index: 1, count: 2 },
    weightGrams: 2350,
    reference: `ORD-${serial}`,
    date: '2026-11-26',
  };
}

/** The label's ZPL at 203 dpi, as the ship service builds it. */
export function benchLabelZpl(n: number): Buffer {
  return Buffer.from(renderZpl(benchLabel(n), { dpi: 203 }), 'utf8');
}

/** GS1 mod-10: weights 3 and 1 from the right of the 17 data digits. */
function withCheckDigit(digits17: string): string {
  let sum = 0;
  for (let i = 0; i < digits17.length; i += 1) {
    const digit = Number(digits17[digits17.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return `${digits17}${(10 - (sum % 10)) % 10}`;
}
