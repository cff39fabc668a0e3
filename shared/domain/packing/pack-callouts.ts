import { roomOnLine, type PackVerifyLine } from './verify-pack';

/**
 * What the bench must point out before an order leaves. `missing` and `extra` stop the last
 * parcel; `short` is for the record (and the packing slip): units the customer will not get now.
 */
export type PackCalloutKind = 'missing' | 'extra' | 'short';
export interface PackCalloutText {
  kind: PackCalloutKind;
  fulfilmentLineId: string;
  text: string;
}

export interface PackCalloutOptions {
  /**
   * The packer says the order is done. Until then unverified units are simply still to scan,
   * not missing, and listing them would bury the callouts that matter.
   */
  done: boolean;
}

export function packCallouts(
  lines: readonly PackVerifyLine[],
  options: PackCalloutOptions = { done: true },
): PackCalloutText[] {
  const callouts: PackCalloutText[] = [];
  for (const line of lines) {
    const verified = line.packed + line.inParcel;
    const id = line.fulfilmentLineId;
    const label = `${line.sku} ${line.name}`;

    // Verified beyond picked happens when a pick was undone or refused after the scan.
    if (verified > line.picked) {
      const over = verified - line.picked;
      const them = over === 1 ? 'it' : 'them';
      const where = line.inParcel >= over ? 'the open parcel' : 'a closed parcel (reopen it)';
      callouts.push({
        kind: 'extra',
        fulfilmentLineId: id,
        text:
          `${label}: ${verified} verified but only ${line.picked} picked: ` +
          `take ${over} out of ${where} and return ${them} to stock.`,
      });
    } else if (options.done && roomOnLine(line) > 0) {
      const missing = roomOnLine(line);
      callouts.push({
        kind: 'missing',
        fulfilmentLineId: id,
        text:
          `${label}: ${line.picked} picked, ${verified} verified: find the other ${missing} ` +
          `in the tote and scan ${missing === 1 ? 'it' : 'them'}.`,
      });
    }

    const stillToPick = Math.max(0, line.ordered - line.short - line.picked);
    if (line.short > 0 || stillToPick > 0) {
      const parts = [`${line.picked} of ${line.ordered} picked`];
      if (line.short > 0) parts.push(`${line.short} backordered`);
      if (stillToPick > 0) parts.push(`${stillToPick} still to pick`);
      callouts.push({
        kind: 'short',
        fulfilmentLineId: id,
        text: `${line.sku}: ${parts.join(', ')}`,
      });
    }
  }
  return callouts;
}
