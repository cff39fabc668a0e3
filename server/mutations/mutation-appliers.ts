import type { MutationKind } from '../../shared/mutations';
import { applyStockAdjust } from './apply-stock-adjust';
import type { MutationApplier } from './mutation-applier';

/** One applier per kind in the shared registry: a kind added there fails to compile here. */
export const MUTATION_APPLIERS: { readonly [K in MutationKind]: MutationApplier<K> } = {
  'stock.adjust': applyStockAdjust,
};
