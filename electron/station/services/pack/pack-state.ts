import { z } from 'zod';
import { WharfError } from '../../../../shared/contract';
import type { PackState } from '../../../../shared/contract';
import { DEFAULT_BOXES, packCallouts, suggestBox } from '../../../../shared/domain/packing';
import { ParcelClosePayloadSchema } from '../../../../shared/mutations';
import type { PackVerifyLine } from '../../../../shared/domain/packing/verify-pack';
import type { PackLineRow, PackRepository } from './pack-repository';

const AddressFields = z.record(z.string(), z.unknown());

/** The bench's view of one order, read from the replica and the bench table. */
export function readPackState(repo: PackRepository, fulfilmentId: string): PackState {
  const f = repo.fulfilment(fulfilmentId);
  if (!f) throw new WharfError('NOT_FOUND', 'This station does not know that order.');
  const lines = repo.lines(fulfilmentId);
  const verify = lines.map(toVerifyLine);
  const parcels = repo.parcels(fulfilmentId);
  const onBench = lines.filter((l) => l.in_parcel > 0);
  const suggestion = suggestBox(
    onBench.map((l) => ({
      lengthMm: l.length_mm,
      widthMm: l.width_mm,
      heightMm: l.height_mm,
      weightGrams: l.weight_grams,
      quantity: l.in_parcel,
      sku: l.sku,
    })),
    DEFAULT_BOXES,
  );
  const itemsWeight = onBench.reduce((n, l) => n + l.weight_grams * l.in_parcel, 0);
  const packedDone = parcels.some((p) => p.last === 1);
  const complete =
    packedDone ||
    (lines.length > 0 &&
      lines.every((l) => l.picked === l.packed && l.packed + l.short >= l.quantity));
  return {
    fulfilment: {
      id: f.id,
      number: f.number,
      orderNumber: f.order_number,
      status: benchStatus(f.status, packedDone, lines),
      serviceLevel: f.service_level,
      shipTo: shipTo(f.ship_to),
      tote: repo.toteOf(fulfilmentId),
    },
    lines: lines.map((l) => ({
      fulfilmentLineId: l.id,
      product: {
        id: l.product_id,
        sku: l.sku,
        name: l.name,
        gtin: l.gtin,
        requiresLot: l.requires_lot === 1,
        requiresSerial: l.requires_serial === 1,
      },
      ordered: l.quantity,
      picked: l.picked,
      short: l.short,
      packed: l.packed,
      inParcel: l.in_parcel,
    })),
    callouts: packCallouts(verify, { done: false })
      .filter((c) => c.kind !== 'short')
      .map((c) => ({ kind: c.kind === 'extra' ? 'extra' : 'missing', text: c.text })),
    openParcel: {
      number: `${f.number}-P${parcels.length + 1}`,
      units: onBench.reduce((n, l) => n + l.in_parcel, 0),
      estimatedWeightGrams: suggestion.box ? suggestion.estimatedWeightGrams : itemsWeight,
      suggestedBox: onBench.length > 0 ? suggestion.box : null,
      boxProblem: onBench.length > 0 && suggestion.box === null ? suggestion.problem : null,
    },
    parcels: [
      ...parcels.map((p) => ({
        id: p.id,
        number: p.number,
        boxCode: p.box_code,
        weightGrams: p.weight_grams,
        units: parcelUnits(p.items),
        pending: p.pending === 1,
        rejected: null,
      })),
      ...repo.rejectedParcels(fulfilmentId).map((r) => {
        const payload = ParcelClosePayloadSchema.safeParse(JSON.parse(r.payload));
        return {
          id: r.id,
          number: payload.success ? payload.data.number : 'Parcel',
          boxCode: payload.success ? payload.data.boxCode : '',
          weightGrams: payload.success ? payload.data.weightGrams : 0,
          units: payload.success ? payload.data.items.reduce((n, i) => n + i.quantity, 0) : 0,
          pending: false,
          rejected: r.reject_message,
        };
      }),
    ],
    boxes: [...DEFAULT_BOXES],
    complete,
  };
}

export function toVerifyLine(l: PackLineRow): PackVerifyLine {
  return {
    fulfilmentLineId: l.id,
    productId: l.product_id,
    sku: l.sku,
    name: l.name,
    ordered: l.quantity,
    picked: l.picked,
    short: l.short,
    packed: l.packed,
    inParcel: l.in_parcel,
  };
}

function parcelUnits(items: string): number {
  const parsed: unknown = JSON.parse(items);
  if (!Array.isArray(parsed)) return 0;
  return parsed.reduce<number>((n, item: unknown) => {
    const q = typeof item === 'object' && item !== null && 'quantity' in item ? item.quantity : 0;
    return n + (typeof q === 'number' ? q : 0);
  }, 0);
}

/** The ship-to block as lines; the head office stores the captured address as JSON. */
export function shipTo(json: string): { name: string; lines: string[] } {
  const parsed = AddressFields.safeParse(JSON.parse(json));
  const field = (key: string): string => {
    const value = parsed.success ? parsed.data[key] : undefined;
    return typeof value === 'string' ? value.trim() : '';
  };
  const cityLine = [field('postcode'), field('city')].filter(Boolean).join(' ');
  return {
    name: field('name') || 'Customer',
    lines: [
      field('company'),
      field('line1'),
      field('line2'),
      cityLine,
      field('region'),
      field('country'),
    ].filter((l) => l !== ''),
  };
}

/**
 * The status the bench shows. Offline the head office has not moved the order on yet, so what
 * this station knows (picked, packed) shows as soon as it is true here.
 */
function benchStatus(synced: string, packedDone: boolean, lines: readonly PackLineRow[]): string {
  if (synced === 'shipped' || synced === 'cancelled') return synced;
  if (packedDone) return 'packed';
  if (lines.length > 0 && lines.every((l) => l.picked + l.short >= l.quantity)) return 'picked';
  if (lines.some((l) => l.picked > 0)) return 'picking';
  return synced;
}
