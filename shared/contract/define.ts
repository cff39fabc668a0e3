import type { z } from 'zod';

/** A station method: what it takes, what it answers, and a sentence on what it is for. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly summary: string;
}

export type MethodMap = Record<string, MethodSpec>;

export function defineMethods<const M extends MethodMap>(methods: M): M {
  return methods;
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;

/**
 * Joins per-domain method maps into the contract. A name declared twice is a programming error
 * that would silently shadow a method, so it fails as soon as the module loads.
 */
export function joinMethodMaps<const Maps extends readonly MethodMap[]>(
  ...maps: Maps
): UnionToIntersection<Maps[number]> {
  const joined: MethodMap = {};
  for (const map of maps) {
    for (const [name, spec] of Object.entries(map)) {
      if (name in joined) throw new Error(`Contract method "${name}" is declared twice`);
      joined[name] = spec;
    }
  }
  return joined as UnionToIntersection<Maps[number]>;
}
