import { goodsLines } from './product-lines-goods';
import { pantryLines } from './product-lines-pantry';
import { stationeryLines } from './product-lines-stationery';
import type { ProductDraft } from './product-draft';

export type { ProductDraft } from './product-draft';

/**
 * What the demo business sells: a few believable lines, each a style × option grid the way a
 * merchandiser sets up variants.
 */
export function demoProductLines(): ProductDraft[] {
  return [...goodsLines(), ...stationeryLines(), ...pantryLines()];
}

/** SKUs the business no longer sells but old storefront listings still send. */
export const DISCONTINUED_SKUS = [
  'MUG-CLS-YEL',
  'TEE-ANC-RED-M',
  'CBL-MU-1M-BLK',
  'NTB-A6-RUL-BLK',
];
