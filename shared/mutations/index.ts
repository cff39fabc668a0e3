import { parcelClose } from './parcel-close';
import { pickRecord, pickUndo } from './pick-record';
import { pickShort } from './pick-short';
import { scanRefused } from './scan-refused';
import { manifestClose, shipmentCreate, shipmentVoid } from './shipment-create';
import { stockAdjust } from './stock-adjust';
import { waveStart } from './wave-start';

/** Every mutation a station can make, by kind. Adding one here makes both sides require it. */
export const MUTATIONS = {
  [stockAdjust.kind]: stockAdjust,
  [waveStart.kind]: waveStart,
  [pickRecord.kind]: pickRecord,
  [pickUndo.kind]: pickUndo,
  [pickShort.kind]: pickShort,
  [parcelClose.kind]: parcelClose,
  [scanRefused.kind]: scanRefused,
  [shipmentCreate.kind]: shipmentCreate,
  [shipmentVoid.kind]: shipmentVoid,
  [manifestClose.kind]: manifestClose,
} as const;

export type MutationKind = keyof typeof MUTATIONS;

export function isMutationKind(kind: string): kind is MutationKind {
  return Object.hasOwn(MUTATIONS, kind);
}

export * from './define-mutation';
export * from './envelope';
export * from './floor-fields';
export * from './parcel-close';
export * from './pick-record';
export * from './pick-short';
export * from './scan-refused';
export * from './shipment-create';
export * from './stock-adjust';
export * from './wave-start';
