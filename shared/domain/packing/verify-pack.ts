/** One fulfilment line at the bench, in the numbers packing needs. */
export interface PackVerifyLine {
  fulfilmentLineId: string;
  productId: string;
  sku: string;
  name: string;
  ordered: number;
  picked: number;
  /** Backordered after a short pick: no longer part of this fulfilment's need. */
  short: number;
  /** In parcels already closed. */
  packed: number;
  /** Verified by scan into the parcel open on the bench. */
  inParcel: number;
}

export type PackScanVerdict =
  | {
      outcome: 'accepted';
      /** The first line the units went to; `allocations` has them all when they spread. */
      fulfilmentLineId: string;
      allocations: { fulfilmentLineId: string; units: number }[];
      title: string;
      detail: string;
    }
  | { outcome: 'refused'; reason: 'wrong' | 'extra'; title: string; detail: string };

/** Picked units not yet verified into a parcel, open or closed. */
export const roomOnLine = (line: PackVerifyLine): number =>
  Math.max(0, line.picked - line.packed - line.inParcel);

const unitsWord = (n: number): string => (n === 1 ? '1 unit' : `${n} units`);

/**
 * Checks a scan at the bench against the order: `units` is what the barcode stands for (1 for
 * a unit, 12 for a case of 12). Units go to the order's lines for that product in line order;
 * a scan that does not fit whole is refused rather than half-counted, so the count on screen
 * always matches what went into the box.
 */
export function verifyPackScan(
  lines: readonly PackVerifyLine[],
  scannedProductId: string,
  units: number,
): PackScanVerdict {
  if (!Number.isInteger(units) || units < 1) {
    throw new RangeError(`A scan counts at least one whole unit, not ${units}`);
  }
  const forProduct = lines.filter((line) => line.productId === scannedProductId);
  const first = forProduct[0];
  if (first === undefined) {
    return {
      outcome: 'refused',
      reason: 'wrong',
      title: 'Wrong item',
      detail: 'This product is not in this order: keep it out of the parcel and set it aside.',
    };
  }

  const room = forProduct.reduce((sum, line) => sum + roomOnLine(line), 0);
  const picked = forProduct.reduce((sum, line) => sum + line.picked, 0);
  const verified = forProduct.reduce((sum, line) => sum + line.packed + line.inParcel, 0);
  if (units > room) {
    return { outcome: 'refused', reason: 'extra', title: 'Too many', detail: extraDetail() };
  }

  const allocations: { fulfilmentLineId: string; units: number }[] = [];
  let left = units;
  for (const line of forProduct) {
    const take = Math.min(left, roomOnLine(line));
    if (take > 0) allocations.push({ fulfilmentLineId: line.fulfilmentLineId, units: take });
    left -= take;
  }
  const firstAllocation = allocations[0];
  if (firstAllocation === undefined) throw new Error('An accepted scan allocates units');
  const need = forProduct.reduce((sum, line) => sum + line.ordered - line.short, 0);
  const nowVerified = verified + units;
  return {
    outcome: 'accepted',
    fulfilmentLineId: firstAllocation.fulfilmentLineId,
    allocations,
    title: `${first.sku} ${nowVerified} of ${need}`,
    detail:
      nowVerified >= picked
        ? `All picked ${first.sku} verified.`
        : `${unitsWord(units)} of ${first.sku} verified; ${picked - nowVerified} more picked to scan.`,
  };

  function extraDetail(): string {
    if (picked === 0) {
      return `No ${first?.sku} has been picked for this order: keep it out of the parcel and return it to stock.`;
    }
    if (room > 0) {
      return (
        `This barcode counts ${units} units but only ${room} more ${first?.sku} ` +
        `${room === 1 ? 'is' : 'are'} picked for this order: open the case and scan single units.`
      );
    }
    return (
      `All ${picked} picked ${first?.sku} are already verified: keep this one out of the parcel ` +
      `and return it to stock.`
    );
  }
}
