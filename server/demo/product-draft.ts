/**
 * A product as a merchandiser sets it up, before it has an id or a GTIN. Prices are US list
 * prices in cents (other currencies are derived at order time); dimensions are the packed item
 * in millimetres.
 */
export interface ProductDraft {
  sku: string;
  name: string;
  category: string;
  weightGrams: number;
  dims: readonly [number, number, number];
  priceMinor: number;
  requiresLot: boolean;
  requiresSerial: boolean;
  /** GTIN-12 (UPC-A) for US-sourced lines, GTIN-13 (EAN-13) for European ones. */
  gtinLength: 12 | 13;
  /** Units in a shipping case that carries its own GTIN-14, when the line is sold by the case. */
  casePack?: 6 | 12 | 24;
  /** Relative demand, so best sellers sell more. */
  popularity: number;
}

export type Option = readonly [code: string, name: string];

const COLOURS: Readonly<Record<string, string>> = {
  WHT: 'White',
  BLK: 'Black',
  NVY: 'Navy',
  GRN: 'Forest Green',
  TRC: 'Terracotta',
  SKY: 'Sky Blue',
  HGR: 'Heather Grey',
  SND: 'Sand',
  SGE: 'Sage',
  RST: 'Rust',
  CRL: 'Coral',
  LIL: 'Lilac',
  NAT: 'Natural',
  OLV: 'Olive',
};
export const colours = (...codes: string[]): Option[] => codes.map((c) => [c, COLOURS[c] ?? c]);
export const SIZES: readonly Option[] = [
  ['S', 'S'],
  ['M', 'M'],
  ['L', 'L'],
  ['XL', 'XL'],
  ['2XL', '2XL'],
];
export const SIZE_DEMAND: Readonly<Record<string, number>> = {
  S: 0.7,
  M: 1.2,
  L: 1.2,
  XL: 0.8,
  '2XL': 0.4,
};
