import { stockAdjust } from './stock-adjust';

/** Every mutation a station can make, by kind. Adding one here makes both sides require it. */
export const MUTATIONS = {
  [stockAdjust.kind]: stockAdjust,
} as const;

export type MutationKind = keyof typeof MUTATIONS;

export function isMutationKind(kind: string): kind is MutationKind {
  return Object.hasOwn(MUTATIONS, kind);
}

export * from './define-mutation';
export * from './envelope';
export * from './stock-adjust';
