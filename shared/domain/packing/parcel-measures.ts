/** "850 g", "1.2 kg", "23.4 kg" — how a packer reads a weight. */
export function formatWeight(grams: number): string {
  if (grams < 1_000) return `${Math.round(grams)} g`;
  const kg = Math.round(grams / 100) / 10;
  return `${Number.isInteger(kg) ? kg.toFixed(0) : kg.toFixed(1)} kg`;
}

/** "600 × 400 × 400 mm". */
export function formatSize(dims: readonly [number, number, number]): string {
  return `${dims[0]} × ${dims[1]} × ${dims[2]} mm`;
}

/** "12 litres" from cubic millimetres, rounded up so a hint never undersells the space needed. */
export function formatLitres(cubicMm: number): string {
  const litres = Math.max(1, Math.ceil(cubicMm / 1_000_000));
  return litres === 1 ? '1 litre' : `${litres} litres`;
}

/** Sides longest first, so "fits in some orientation" is a side-by-side comparison. */
export function sortedSides(
  lengthMm: number,
  widthMm: number,
  heightMm: number,
): [number, number, number] {
  const [a = 0, b = 0, c = 0] = [lengthMm, widthMm, heightMm].sort((x, y) => y - x);
  return [a, b, c];
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

/** "two parcels", "12 parcels". */
export function parcelsInWords(count: number): string {
  const n = NUMBER_WORDS[count] ?? String(count);
  return count === 1 ? `${n} parcel` : `${n} parcels`;
}
