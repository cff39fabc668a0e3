import type { Option, ProductDraft } from './product-draft';

/** Candles, coffee and tea: made in batches in Europe, so every unit is traced by lot. */
const SCENTS = [
  'Sea Salt & Sage',
  'Cedar & Smoke',
  'Fig Leaf',
  'Lavender Fields',
  'Amber Dusk',
  'Neroli',
  'Black Tea',
  'Pine Harbor',
  'Driftwood',
  'Orange Grove',
];
const CANDLE_SIZES: readonly (readonly [string, string, number, number, 6 | 12])[] = [
  ['TRV', 'Travel Tin 80 g', 1400, 140, 12],
  ['CLS', 'Classic Jar 220 g', 3200, 520, 6],
  ['3WK', 'Three-Wick 500 g', 5400, 1100, 6],
];

const BLENDS: readonly (readonly [string, string])[] = [
  ['HSE', 'House Blend'],
  ['ESP', 'Harbor Espresso'],
  ['DRK', 'Dark Roast'],
  ['DCF', 'Decaf Swiss Water'],
  ['ETH', 'Ethiopia Yirgacheffe'],
  ['COL', 'Colombia Huila'],
  ['GUA', 'Guatemala Antigua'],
  ['SUM', 'Sumatra Mandheling'],
];
const BAGS: readonly (readonly [string, string, number, number])[] = [
  ['250', '250 g', 1400, 270],
  ['500', '500 g', 2500, 530],
  ['1K', '1 kg', 4400, 1040],
];
const GRINDS: readonly Option[] = [
  ['WB', 'Whole Bean'],
  ['GR', 'Ground'],
];

const TEAS = [
  'English Breakfast',
  'Earl Grey',
  'Sencha Green',
  'Chamomile',
  'Peppermint',
  'Rooibos',
  'Darjeeling',
  'Masala Chai',
  'Jasmine Pearl',
  'Lemon Ginger',
];

const code3 = (name: string): string =>
  name
    .replace(/[^A-Za-z ]/g, '')
    .split(' ')
    .map((w) => w.slice(0, 2))
    .join('')
    .slice(0, 4)
    .toUpperCase();

export function pantryLines(): ProductDraft[] {
  const out: ProductDraft[] = [];
  for (const scent of SCENTS) {
    for (const [size, sn, price, grams, pack] of CANDLE_SIZES) {
      out.push({
        sku: `CDL-${code3(scent)}-${size}`,
        name: `${scent} Candle, ${sn}`,
        category: 'Candles',
        weightGrams: grams,
        dims: size === '3WK' ? [130, 130, 110] : [85, 85, size === 'TRV' ? 45 : 100],
        priceMinor: price,
        // Poured in batches: a fragrance complaint is traced to its lot.
        requiresLot: true,
        requiresSerial: false,
        gtinLength: 13,
        casePack: pack,
        popularity: 1,
      });
    }
  }
  for (const [blend, bn] of BLENDS) {
    for (const [size, sn, price, grams] of BAGS) {
      for (const [gc, gn] of GRINDS) {
        out.push({
          sku: `COF-${blend}-${size}-${gc}`,
          name: `${bn} Coffee ${sn}, ${gn}`,
          category: 'Coffee',
          weightGrams: grams,
          dims: size === '1K' ? [260, 150, 90] : [200, 120, 70],
          priceMinor: price + (blend === 'ETH' || blend === 'GUA' ? 300 : 0),
          // Roast date and best-before travel with the lot.
          requiresLot: true,
          requiresSerial: false,
          gtinLength: 13,
          ...(size === '250' ? { casePack: 12 as const } : {}),
          popularity: blend === 'HSE' || blend === 'ESP' ? 2.5 : 1,
        });
      }
    }
  }
  for (const tea of TEAS) {
    for (const [form, fn, price, grams] of [
      ['TIN', 'Tin of 20 sachets', 1200, 120],
      ['LSE', 'Loose Leaf 100 g', 1500, 130],
    ] as const) {
      out.push({
        sku: `TEA-${code3(tea)}-${form}`,
        name: `${tea} Tea, ${fn}`,
        category: 'Tea',
        weightGrams: grams,
        dims: [90, 90, 120],
        priceMinor: price,
        requiresLot: true,
        requiresSerial: false,
        gtinLength: 13,
        casePack: 12,
        popularity: 1,
      });
    }
  }
  return out;
}
