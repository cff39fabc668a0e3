import type { ScanMeaning } from '../../contract/schemas/floor';

/** The stop the picker stands at, as the scan rules need it. */
export interface ScanStop {
  binId: string | null;
  binCode: string | null;
  productId: string;
  sku: string;
  name: string;
  requiresLot: boolean;
  requiresSerial: boolean;
  /** Units still to take at this stop. */
  quantity: number;
  tote: string | null;
}

/** What the picker has already scanned at this stop. */
export interface StopCursor {
  binId: string | null;
  lot: string | null;
  expiry: string | null;
  /** Units of a product scan waiting for their lot or serial. */
  waitingUnits: number | null;
}

export type PickScanDecision =
  | { kind: 'confirm-bin' }
  | {
      kind: 'record';
      units: number;
      lot: string | null;
      expiry: string | null;
      serial: string | null;
    }
  | {
      kind: 'wait';
      expecting: 'lot' | 'serial';
      units: number;
      lot: string | null;
      expiry: string | null;
    }
  | { kind: 'refuse'; title: string; detail: string }
  | { kind: 'info'; title: string; detail: string };

/** Lot and serial labels a scanner may send as plain text. */
const FREE_TEXT_CODE = /^[\x21-\x7e]{1,20}$/;

/** What the scan at the current stop means for the pick, before anything is recorded. */
export function decidePickScan(
  stop: ScanStop,
  cursor: StopCursor,
  meaning: ScanMeaning,
  raw: string,
  today: string,
): PickScanDecision {
  const waiting = cursor.waitingUnits !== null && cursor.binId === stop.binId;
  if (waiting && meaning.kind !== 'product' && meaning.kind !== 'bin') {
    return readWaitingCode(stop, cursor, raw);
  }
  switch (meaning.kind) {
    case 'bin':
      if (stop.binId === null) return noBin(stop);
      if (meaning.binId === stop.binId) return { kind: 'confirm-bin' };
      return {
        kind: 'refuse',
        title: 'Wrong bin',
        detail: `This is ${meaning.code}. Go to ${stop.binCode} for ${stop.sku}.`,
      };
    case 'product':
      return decideProduct(stop, cursor, meaning, today);
    case 'tote':
      if (stop.tote !== null && meaning.code !== stop.tote) {
        return {
          kind: 'refuse',
          title: 'Wrong tote',
          detail: `This stop goes into ${stop.tote}, not ${meaning.code}.`,
        };
      }
      return { kind: 'info', title: `Tote ${meaning.code}`, detail: nextScanHint(stop, cursor) };
    case 'fulfilment':
    case 'sscc':
      return {
        kind: 'info',
        title: 'Not a bin or item',
        detail: `That is an order or pallet label. ${nextScanHint(stop, cursor)}`,
      };
    case 'unknown':
      return { kind: 'refuse', title: 'Unknown barcode', detail: meaning.reason };
  }
}

function decideProduct(
  stop: ScanStop,
  cursor: StopCursor,
  meaning: Extract<ScanMeaning, { kind: 'product' }>,
  today: string,
): PickScanDecision {
  if (stop.binId === null) return noBin(stop);
  if (cursor.binId !== stop.binId) {
    return {
      kind: 'refuse',
      title: 'Scan the bin first',
      detail: `Go to ${stop.binCode} and scan its label, then ${stop.sku}.`,
    };
  }
  if (meaning.product.id !== stop.productId) {
    return {
      kind: 'refuse',
      title: 'Wrong item',
      detail: `You scanned ${meaning.product.sku} (${meaning.product.name}). Take ${stop.sku} (${stop.name}) from ${stop.binCode}.`,
    };
  }
  const units = meaning.count ?? meaning.packQuantity;
  if (units > stop.quantity) {
    return {
      kind: 'refuse',
      title: 'Too many',
      detail: `That barcode is ${units} units; only ${stop.quantity} more ${stop.quantity === 1 ? 'is' : 'are'} needed here. Scan single units.`,
    };
  }
  if (meaning.expiry !== null && meaning.expiry < today) {
    return {
      kind: 'refuse',
      title: 'Expired',
      detail: `This unit expired on ${meaning.expiry}. Set it aside and take another from ${stop.binCode}.`,
    };
  }
  if (stop.requiresSerial && units > 1) {
    return {
      kind: 'refuse',
      title: 'One at a time',
      detail: `${stop.sku} has a serial number on each unit: scan the units one by one.`,
    };
  }
  const lot = meaning.lot ?? (cursor.waitingUnits === null ? cursor.lot : null);
  const expiry = meaning.expiry ?? (lot === cursor.lot ? cursor.expiry : null);
  if (stop.requiresLot && lot === null) {
    return { kind: 'wait', expecting: 'lot', units, lot: null, expiry };
  }
  if (stop.requiresSerial && meaning.serial === null) {
    return { kind: 'wait', expecting: 'serial', units, lot, expiry };
  }
  return { kind: 'record', units, lot, expiry, serial: meaning.serial };
}

/** A plain-text scan while a product waits for its lot or serial number. */
function readWaitingCode(stop: ScanStop, cursor: StopCursor, raw: string): PickScanDecision {
  const units = cursor.waitingUnits ?? 1;
  const expecting = stop.requiresLot && cursor.lot === null ? 'lot' : 'serial';
  if (!FREE_TEXT_CODE.test(raw)) {
    return {
      kind: 'refuse',
      title: `Scan the ${expecting}`,
      detail: `A ${expecting} number is 1 to 20 letters or digits. Scan the ${expecting} label of ${stop.sku}.`,
    };
  }
  if (expecting === 'lot') {
    if (stop.requiresSerial) {
      return { kind: 'wait', expecting: 'serial', units, lot: raw, expiry: cursor.expiry };
    }
    return { kind: 'record', units, lot: raw, expiry: cursor.expiry, serial: null };
  }
  return { kind: 'record', units, lot: cursor.lot, expiry: cursor.expiry, serial: raw };
}

function noBin(stop: ScanStop): PickScanDecision {
  return {
    kind: 'refuse',
    title: 'No bin to pick from',
    detail: `No bin on this station holds ${stop.sku}. Report the ${stop.quantity} short (F2).`,
  };
}

/** The sentence that tells the picker what to scan next at this stop. */
export function nextScanHint(stop: ScanStop, cursor: StopCursor): string {
  if (stop.binId === null) return `No bin holds ${stop.sku}: report it short.`;
  if (cursor.binId !== stop.binId) return `Go to ${stop.binCode} and scan the bin label.`;
  if (cursor.waitingUnits !== null) {
    return stop.requiresLot && cursor.lot === null
      ? `Scan the lot number of ${stop.sku}.`
      : `Scan the serial number of ${stop.sku}.`;
  }
  return `Scan ${stop.quantity} × ${stop.sku}${stop.tote ? ` into ${stop.tote}` : ''}.`;
}
