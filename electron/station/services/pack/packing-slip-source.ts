import { WharfError } from '../../../../shared/contract';
import type { PackRepository } from './pack-repository';
import { shipTo } from './pack-state';
import type { PackingSlipDataInput } from './packing-slip/packing-slip-data';

/** The packing slip's content, read from the replica: the order, what is packed, what follows. */
export function buildSlipData(
  repo: PackRepository,
  fulfilmentId: string,
  warehouseId: string,
  now: string,
): PackingSlipDataInput {
  const f = repo.fulfilment(fulfilmentId);
  if (!f) throw new WharfError('NOT_FOUND', 'This station does not know that order.');
  const warehouse = repo.warehouse(warehouseId);
  const parcels = repo.parcels(fulfilmentId);
  const lines = repo.lines(fulfilmentId);
  return {
    warehouse: {
      name: warehouse?.name ?? 'Warehouse',
      addressLines: warehouse
        ? [[warehouse.postcode, warehouse.country].filter(Boolean).join(' ')].filter(Boolean)
        : [],
    },
    orderNumber: f.order_number,
    fulfilmentNumber: f.number,
    packedAt: now,
    shipTo: shipTo(f.ship_to),
    serviceLevel: f.service_level,
    lines: lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      ordered: l.quantity,
      packed: l.packed + l.in_parcel,
      backordered: l.short,
    })),
    parcels: parcels.map((p) => ({
      number: p.number,
      boxCode: p.box_code,
      weightGrams: p.weight_grams,
    })),
  };
}
