import { colours } from './product-draft';
import type { Option, ProductDraft } from './product-draft';

/** Notebooks, bottles, totes and caps. */
export function stationeryLines(): ProductDraft[] {
  const out: ProductDraft[] = [];
  const sizes: readonly (readonly [
    string,
    number,
    number,
    readonly [number, number, number],
    12 | 24,
  ])[] = [
    ['A5', 1400, 260, [215, 150, 15], 24],
    ['A4', 1900, 480, [300, 215, 15], 12],
  ];
  const rulings: readonly Option[] = [
    ['RUL', 'Ruled'],
    ['DOT', 'Dot Grid'],
    ['BLK', 'Blank'],
  ];
  for (const [size, price, grams, dims, pack] of sizes) {
    for (const [rc, rn] of rulings) {
      for (const [cc, cn] of colours('BLK', 'NVY', 'SGE', 'RST', 'SND', 'SKY')) {
        out.push({
          sku: `NTB-${size}-${rc}-${cc}`,
          name: `Linen Notebook ${size} ${rn}, ${cn}`,
          category: 'Notebooks',
          weightGrams: grams,
          dims,
          priceMinor: price,
          requiresLot: false,
          requiresSerial: false,
          gtinLength: 13,
          casePack: pack,
          popularity: rc === 'DOT' ? 1.5 : 1,
        });
      }
    }
  }
  const bottles: readonly (readonly [string, string, number, number])[] = [
    ['500', '500 ml', 2400, 300],
    ['750', '750 ml', 2900, 380],
    ['1L', '1 L', 3400, 460],
  ];
  for (const [code, size, price, grams] of bottles) {
    for (const [cc, cn] of colours('WHT', 'BLK', 'NVY', 'GRN', 'SKY', 'CRL', 'SND', 'LIL')) {
      out.push({
        sku: `BTL-${code}-${cc}`,
        name: `Insulated Water Bottle ${size}, ${cn}`,
        category: 'Bottles',
        weightGrams: grams,
        dims: [80, 80, code === '1L' ? 300 : 260],
        priceMinor: price,
        requiresLot: false,
        requiresSerial: false,
        gtinLength: 12,
        casePack: 12,
        popularity: 1.2,
      });
    }
  }
  for (const [design, dn] of [
    ['ANC', 'Anchor'],
    ['LTH', 'Lighthouse'],
    ['PLN', 'Plain'],
    ['STR', 'Market Stripe'],
  ] as const) {
    for (const [cc, cn] of colours('NAT', 'BLK', 'NVY')) {
      out.push({
        sku: `TOT-${design}-${cc}`,
        name: `${dn} Canvas Tote, ${cn}`,
        category: 'Bags',
        weightGrams: 240,
        dims: [380, 300, 10],
        priceMinor: 2200,
        requiresLot: false,
        requiresSerial: false,
        gtinLength: 12,
        popularity: 1,
      });
    }
  }
  for (const [design, dn] of [
    ['ANC', 'Anchor'],
    ['WAV', 'Wave'],
    ['PLN', 'Plain'],
    ['CMP', 'Compass'],
  ] as const) {
    for (const [cc, cn] of colours('BLK', 'NVY', 'SND', 'OLV')) {
      out.push({
        sku: `CAP-${design}-${cc}`,
        name: `${dn} Five-Panel Cap, ${cn}`,
        category: 'Caps',
        weightGrams: 90,
        dims: [270, 190, 120],
        priceMinor: 2600,
        requiresLot: false,
        requiresSerial: false,
        gtinLength: 12,
        popularity: 0.8,
      });
    }
  }
  return out;
}
