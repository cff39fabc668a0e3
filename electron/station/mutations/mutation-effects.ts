import type { MutationKind } from '../../../shared/mutations';
import type { MutationEffect } from './mutation-effect';
import { parcelCloseEffect } from './parcel-close-effect';
import { pickRecordEffect } from './pick-record-effect';
import { pickShortEffect } from './pick-short-effect';
import { pickUndoEffect } from './pick-undo-effect';
import { scanRefusedEffect } from './scan-refused-effect';
import { shipmentCreateEffect } from './shipment-create-effect';
import { manifestCloseEffect, shipmentVoidEffect } from './shipment-void-effect';
import { stockAdjustEffect } from './stock-adjust-effect';
import { waveStartEffect } from './wave-start-effect';

/** Every kind's station-side effect: a kind added to `MUTATIONS` does not compile until here. */
export const MUTATION_EFFECTS: { readonly [K in MutationKind]: MutationEffect<K> } = {
  'stock.adjust': stockAdjustEffect,
  'wave.start': waveStartEffect,
  'pick.record': pickRecordEffect,
  'pick.undo': pickUndoEffect,
  'pick.short': pickShortEffect,
  'parcel.close': parcelCloseEffect,
  'scan.refused': scanRefusedEffect,
  'shipment.create': shipmentCreateEffect,
  'shipment.void': shipmentVoidEffect,
  'manifest.close': manifestCloseEffect,
};
