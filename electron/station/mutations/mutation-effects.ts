import type { MutationKind } from '../../../shared/mutations';
import type { MutationEffect } from './mutation-effect';
import { stockAdjustEffect } from './stock-adjust-effect';

/** Every kind's station-side effect: a kind added to `MUTATIONS` does not compile until here. */
export const MUTATION_EFFECTS: { readonly [K in MutationKind]: MutationEffect<K> } = {
  'stock.adjust': stockAdjustEffect,
};
