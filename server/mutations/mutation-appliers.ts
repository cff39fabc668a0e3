import type { z } from 'zod';
import { MUTATIONS } from '../../shared/mutations';
import type { MutationKind } from '../../shared/mutations';
import { applyParcelClose } from './apply-parcel-close';
import { applyPickRecord } from './apply-pick-record';
import { applyPickShort } from './apply-pick-short';
import { applyPickUndo } from './apply-pick-undo';
import { applyManifestClose } from './apply-manifest-close';
import { applyScanRefused } from './apply-scan-refused';
import { applyShipmentCreate } from './apply-shipment-create';
import { applyShipmentVoid } from './apply-shipment-void';
import { applyStockAdjust } from './apply-stock-adjust';
import { applyWaveStart } from './apply-wave-start';
import type { MutationApplier, MutationPayload } from './mutation-applier';

/** One applier per kind in the shared registry: a kind added there fails to compile here. */
export const MUTATION_APPLIERS: { readonly [K in MutationKind]: MutationApplier<K> } = {
  'stock.adjust': applyStockAdjust,
  'wave.start': applyWaveStart,
  'pick.record': applyPickRecord,
  'pick.undo': applyPickUndo,
  'pick.short': applyPickShort,
  'parcel.close': applyParcelClose,
  'scan.refused': applyScanRefused,
  'shipment.create': applyShipmentCreate,
  'shipment.void': applyShipmentVoid,
  'manifest.close': applyManifestClose,
};

/**
 * Each kind's payload check, typed by its own kind. Indexed by a generic kind, this mapped type
 * keeps the parsed payload and the applier correlated (indexing MUTATIONS itself yields the
 * union of every kind's payload, which no single applier accepts).
 */
export const PAYLOAD_PARSERS: {
  readonly [K in MutationKind]: (raw: unknown) => z.ZodSafeParseResult<MutationPayload<K>>;
} = {
  'stock.adjust': (raw) => MUTATIONS['stock.adjust'].payload.safeParse(raw),
  'wave.start': (raw) => MUTATIONS['wave.start'].payload.safeParse(raw),
  'pick.record': (raw) => MUTATIONS['pick.record'].payload.safeParse(raw),
  'pick.undo': (raw) => MUTATIONS['pick.undo'].payload.safeParse(raw),
  'pick.short': (raw) => MUTATIONS['pick.short'].payload.safeParse(raw),
  'parcel.close': (raw) => MUTATIONS['parcel.close'].payload.safeParse(raw),
  'scan.refused': (raw) => MUTATIONS['scan.refused'].payload.safeParse(raw),
  'shipment.create': (raw) => MUTATIONS['shipment.create'].payload.safeParse(raw),
  'shipment.void': (raw) => MUTATIONS['shipment.void'].payload.safeParse(raw),
  'manifest.close': (raw) => MUTATIONS['manifest.close'].payload.safeParse(raw),
};
