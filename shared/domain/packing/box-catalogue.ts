import type { PackBox } from '../../contract/schemas/pack';

/**
 * What a UK/EU packing bench stocks when nobody has set up its own list: two poly mailer bags
 * for soft goods and small flat items, and five single/double-wall cartons. Sizes are inside
 * dimensions in millimetres; `maxWeightGrams` is the most the parcel may weigh packed (box
 * included) — the carton's rating, capped at 20 kg where one person lifts it, and a mailer at
 * what its seams and the small-parcel services take.
 */
export const DEFAULT_BOXES: readonly PackBox[] = [
  {
    code: 'MB-S',
    name: 'Mailer bag, small',
    lengthMm: 320,
    widthMm: 240,
    heightMm: 40,
    emptyWeightGrams: 10,
    maxWeightGrams: 1_000,
  },
  {
    code: 'MB-L',
    name: 'Mailer bag, large',
    lengthMm: 450,
    widthMm: 350,
    heightMm: 60,
    emptyWeightGrams: 20,
    maxWeightGrams: 2_000,
  },
  {
    code: 'C1',
    name: 'Carton 1, small',
    lengthMm: 200,
    widthMm: 150,
    heightMm: 100,
    emptyWeightGrams: 90,
    maxWeightGrams: 5_000,
  },
  {
    code: 'C2',
    name: 'Carton 2',
    lengthMm: 300,
    widthMm: 200,
    heightMm: 150,
    emptyWeightGrams: 160,
    maxWeightGrams: 10_000,
  },
  {
    code: 'C3',
    name: 'Carton 3',
    lengthMm: 350,
    widthMm: 250,
    heightMm: 250,
    emptyWeightGrams: 250,
    maxWeightGrams: 15_000,
  },
  {
    code: 'C4',
    name: 'Carton 4, large',
    lengthMm: 450,
    widthMm: 350,
    heightMm: 300,
    emptyWeightGrams: 380,
    maxWeightGrams: 20_000,
  },
  {
    code: 'C5',
    name: 'Carton 5, double wall',
    lengthMm: 600,
    widthMm: 400,
    heightMm: 400,
    emptyWeightGrams: 700,
    maxWeightGrams: 20_000,
  },
];
