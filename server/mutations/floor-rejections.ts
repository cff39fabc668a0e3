import type { MutationRejectCode } from '../../shared/mutations';
import { units } from '../pipeline/floor-line-need';
import { MutationRejection } from './mutation-rejection';

/** The floor's refusals that stations tell apart from other conflicts. */
export const OVER_PICK: MutationRejectCode = 'OVER_PICK';
export const WRONG_ITEM: MutationRejectCode = 'WRONG_ITEM';

export function overPick(fact: {
  sku: string;
  orderNumber: string;
  need: number;
  picked: number;
  quantity: number;
  bin: string;
}): MutationRejection {
  const left = Math.max(0, fact.need - fact.picked);
  const room = left === 0 ? 'nothing more is needed' : `only ${units(left)} more can be picked`;
  return new MutationRejection(
    OVER_PICK,
    `Order ${fact.orderNumber} needs ${units(fact.need)} of ${fact.sku} and ${units(fact.picked)} ${fact.picked === 1 ? 'is' : 'are'} already picked, so ${room}; put the ${units(fact.quantity)} back in bin ${fact.bin}.`,
  );
}

export function wrongItem(fact: {
  scannedSku: string;
  lineSku: string;
  orderNumber: string;
}): MutationRejection {
  return new MutationRejection(
    WRONG_ITEM,
    `That is ${fact.scannedSku}, but this line of order ${fact.orderNumber} is ${fact.lineSku}; put it back and take ${fact.lineSku}.`,
  );
}

/**
 * Two stations may send the same human number at once (both looked, neither found it): the
 * unique index decides, and the loser is refused like the one that looked second.
 */
export async function refuseDuplicateNumber(
  insert: () => Promise<unknown>,
  constraint: string,
  refusal: () => MutationRejection,
): Promise<void> {
  try {
    await insert();
  } catch (error) {
    const pgError = error as { code?: unknown; constraint?: unknown };
    if (pgError.code === '23505' && pgError.constraint === constraint) throw refusal();
    throw error;
  }
}
