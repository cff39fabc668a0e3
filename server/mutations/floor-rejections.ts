import type { MutationRejectCode } from '../../shared/mutations';
import { units } from '../pipeline/floor-line-need';
import { MutationRejection } from './mutation-rejection';

/*
 * The floor's refusals that stations tell apart. The shared list of reject codes
 * (shared/mutations/envelope.ts) has no OVER_PICK or WRONG_ITEM yet; until it does they travel
 * as CONFLICT and INVALID, decided here and nowhere else.
 */
export const OVER_PICK: MutationRejectCode = 'CONFLICT';
export const WRONG_ITEM: MutationRejectCode = 'INVALID';

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
