import { z } from 'zod';
import { gs1CheckDigit } from '../gs1-check-digit';
import { ShippingError } from './shipping-error';

/**
 * A block of consignment numbers the head office allocated to one station. `next` is the next
 * serial to hand out; `last + 1` means the block is used up. Serials only ever move forward, so a
 * number once issued is never issued again, even across a refill.
 */
export const ConsignmentRangeSchema = z
  .object({
    prefix: z.string().regex(/^[A-Z0-9]{0,10}$/, 'Use up to 10 capitals or digits as the prefix'),
    first: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    last: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    next: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  })
  .refine((r) => r.first <= r.last, { message: 'The range ends before it starts', path: ['last'] })
  .refine((r) => r.next >= r.first && r.next <= r.last + 1, {
    message: 'The next number is outside the range',
    path: ['next'],
  });
export type ConsignmentRange = z.infer<typeof ConsignmentRangeSchema>;

/**
 * Serial zero-padded to the width of the range's last number, then a GS1 mod-10 check digit
 * (weights 3,1 from the right) over the serial digits — the check carriers' scanners most often
 * expect on domestic consignment numbers; the prefix is not part of the check.
 */
export function formatConsignmentNumber(range: ConsignmentRange, serial: number): string {
  const digits = String(serial).padStart(String(range.last).length, '0');
  return `${range.prefix}${digits}${gs1CheckDigit(digits) ?? 0}`;
}

/** How many numbers are left to hand out. */
export function remaining(range: ConsignmentRange): number {
  return range.last - range.next + 1;
}

/** True when the station should ask the head office for a new block at its next chance online. */
export function needsRefill(range: ConsignmentRange, threshold: number): boolean {
  return remaining(range) <= threshold;
}

/** Hands out the next number; store the returned range before printing, never the old one. */
export function takeConsignmentNumber(range: ConsignmentRange): {
  consignmentNumber: string;
  range: ConsignmentRange;
} {
  if (remaining(range) <= 0) {
    throw new ShippingError(
      'RANGE_EXHAUSTED',
      `All consignment numbers ${formatConsignmentNumber(range, range.first)} to ${formatConsignmentNumber(range, range.last)} are used; connect to the head office to get a new range before printing more labels`,
    );
  }
  return {
    consignmentNumber: formatConsignmentNumber(range, range.next),
    range: { ...range, next: range.next + 1 },
  };
}

/**
 * Swap in a new block from the head office. Refused when it would hand out a number this
 * station already issued from the current block (same prefix, serials overlapping what is used).
 */
export function refillRange(
  current: ConsignmentRange,
  allocated: ConsignmentRange,
): ConsignmentRange {
  const usedUpTo = current.next - 1;
  const overlapsUsed =
    allocated.prefix === current.prefix &&
    allocated.next <= usedUpTo &&
    allocated.last >= current.first;
  if (overlapsUsed) {
    throw new ShippingError(
      'RANGE_OVERLAP',
      `The new range ${formatConsignmentNumber(allocated, allocated.next)}–${formatConsignmentNumber(allocated, allocated.last)} repeats numbers already printed here; ask the head office for a fresh range`,
    );
  }
  return allocated;
}
