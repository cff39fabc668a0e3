import { colours, SIZE_DEMAND, SIZES } from './product-draft';
import type { ProductDraft } from './product-draft';

/** Mugs, apparel, cables and chargers: the US-sourced hard goods and soft goods. */
function grid<S, T>(
  styles: readonly S[],
  options: readonly T[],
  make: (s: S, o: T) => ProductDraft,
) {
  return styles.flatMap((style) => options.map((option) => make(style, option)));
}

function apparel(
  category: string,
  prefix: string,
  styles: readonly (readonly [string, string, number])[],
  colourCodes: string[],
  base: { grams: number; dims: readonly [number, number, number] },
): ProductDraft[] {
  const variants = colours(...colourCodes).flatMap((c) => SIZES.map((s) => [c, s] as const));
  return grid(styles, variants, ([code, name, price], [[cc, cn], [sc]]) => {
    const sizeIndex = SIZES.findIndex(([s]) => s === sc);
    return {
      sku: `${prefix}-${code}-${cc}-${sc}`,
      name: `${name}, ${cn}, ${sc}`,
      category,
      weightGrams: base.grams + sizeIndex * Math.round(base.grams / 12),
      dims: base.dims,
      priceMinor: price + (sc === '2XL' ? 200 : 0),
      requiresLot: false,
      requiresSerial: false,
      gtinLength: 12,
      popularity: SIZE_DEMAND[sc] ?? 1,
    };
  });
}

const MUGS: readonly (readonly [
  string,
  string,
  number,
  number,
  readonly [number, number, number],
])[] = [
  ['CLS', 'Classic Diner Mug 12 oz', 1600, 380, [125, 95, 100]],
  ['ENM', 'Enamel Camp Mug 10 oz', 1800, 220, [120, 90, 85]],
  ['STN', 'Stoneware Mug 14 oz', 2200, 450, [130, 100, 105]],
  ['TRV', 'Insulated Travel Tumbler 16 oz', 2800, 340, [95, 95, 190]],
  ['ESP', 'Espresso Cup 3 oz', 1200, 120, [80, 65, 60]],
];

const CABLES: readonly (readonly [string, string, number])[] = [
  ['CC', 'USB-C to USB-C 100 W Cable', 1400],
  ['CL', 'USB-C to Lightning Cable', 1600],
  ['AC', 'USB-A to USB-C Cable', 1000],
  ['HD', 'HDMI 2.1 Cable', 1800],
  ['DP', 'DisplayPort 1.4 Cable', 1900],
  ['E6', 'Cat6 Ethernet Cable', 900],
];
const LENGTHS: readonly (readonly [string, string, number])[] = [
  ['05M', '0.5 m', 0.5],
  ['1M', '1 m', 1],
  ['2M', '2 m', 2],
  ['3M', '3 m', 3],
];

const POWER: readonly (readonly [string, string, number, number, boolean])[] = [
  ['C30', '30 W GaN Charger', 2900, 70, false],
  ['C65', '65 W GaN Charger', 4500, 120, false],
  ['C100', '100 W GaN Charger', 5900, 190, false],
  ['WPD', '15 W Wireless Charging Pad', 3200, 110, false],
  ['P10', 'Power Bank 10,000 mAh', 3900, 210, true],
  ['P20', 'Power Bank 20,000 mAh', 5900, 380, true],
];

export function goodsLines(): ProductDraft[] {
  const drafts: ProductDraft[] = [];
  for (const [code, name, price, grams, dims] of MUGS) {
    for (const [cc, cn] of colours('WHT', 'BLK', 'NVY', 'GRN', 'TRC', 'SKY')) {
      drafts.push({
        sku: `MUG-${code}-${cc}`,
        name: `${name}, ${cn}`,
        category: 'Mugs',
        weightGrams: grams,
        dims,
        priceMinor: price,
        requiresLot: false,
        requiresSerial: false,
        gtinLength: 12,
        casePack: 6,
        popularity: cc === 'WHT' || cc === 'BLK' ? 3 : 1.5,
      });
    }
  }
  const tees: [string, string, number][] = [
    ['ANC', 'Anchor Logo Tee', 2800],
    ['WAV', 'Wave Crest Tee', 2800],
    ['LTH', 'Lighthouse Tee', 2800],
    ['CMP', 'Compass Rose Tee', 2800],
    ['MAP', 'Harbor Map Tee', 3000],
    ['KNT', 'Sailor Knots Tee', 3000],
    ['TID', 'Tide Tables Tee', 3000],
    ['PLN', 'Plain Crew Tee', 2200],
  ];
  drafts.push(
    ...apparel('T-shirts', 'TEE', tees, ['WHT', 'BLK', 'HGR', 'NVY', 'SND'], {
      grams: 150,
      dims: [300, 250, 15],
    }),
  );
  const hoodies: [string, string, number][] = [
    ['ANC', 'Anchor Logo Hoodie', 6400],
    ['PLN', 'Plain Pullover Hoodie', 5800],
    ['ZIP', 'Harbor Zip Hoodie', 7200],
  ];
  drafts.push(
    ...apparel('Hoodies', 'HOD', hoodies, ['BLK', 'NVY', 'HGR'], {
      grams: 560,
      dims: [350, 300, 60],
    }),
  );
  for (const [code, name, price] of CABLES) {
    for (const [lc, ln, metres] of LENGTHS) {
      for (const [cc, cn] of colours('BLK', 'WHT')) {
        drafts.push({
          sku: `CBL-${code}-${lc}-${cc}`,
          name: `${name} ${ln}, ${cn}`,
          category: 'Cables',
          weightGrams: Math.round(25 + 30 * metres),
          dims: [160, 90, 20],
          priceMinor: price + Math.round(metres * 2) * 100,
          requiresLot: false,
          requiresSerial: false,
          gtinLength: 13,
          casePack: 24,
          popularity: lc === '1M' || lc === '2M' ? 2 : 1,
        });
      }
    }
  }
  for (const [code, name, price, grams, battery] of POWER) {
    for (const [cc, cn] of colours('BLK', 'WHT')) {
      drafts.push({
        sku: `PWR-${code}-${cc}`,
        name: `${name}, ${cn}`,
        category: 'Chargers',
        weightGrams: grams,
        dims: [110, 80, battery ? 40 : 45],
        priceMinor: price,
        // Chargers carry serial numbers for warranty claims; battery packs are also traced by lot.
        requiresLot: battery,
        requiresSerial: true,
        gtinLength: 13,
        popularity: 1.5,
      });
    }
  }
  return drafts;
}
