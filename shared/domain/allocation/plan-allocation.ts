/** One order line waiting for stock. */
export interface LineToAllocate {
  lineId: string;
  productId: string;
  quantity: number;
}

/** What one warehouse can offer right now, and how far it is from the order's destination. */
export interface WarehouseOffer {
  warehouseId: string;
  distanceKm: number;
  available: ReadonlyMap<string, number>;
}

export interface PlannedFulfilment {
  warehouseId: string;
  lines: LineToAllocate[];
}

export interface AllocationPlan {
  fulfilments: PlannedFulfilment[];
  backordered: { lineId: string; productId: string; quantity: number }[];
}

/**
 * Decides where an order's units come from. One parcel from one place is cheapest for everyone,
 * so the closest warehouse that can fill the whole order wins. Only when none can is the order
 * split, taking from the closest warehouses first; whatever no warehouse has is backordered.
 */
export function planAllocation(
  lines: readonly LineToAllocate[],
  offers: readonly WarehouseOffer[],
): AllocationPlan {
  const byDistance = [...offers].sort(
    (a, b) => a.distanceKm - b.distanceKm || a.warehouseId.localeCompare(b.warehouseId),
  );
  const needed = totalsByProduct(lines);
  const whole = byDistance.find((offer) =>
    [...needed].every(([productId, qty]) => (offer.available.get(productId) ?? 0) >= qty),
  );
  if (whole) {
    return {
      fulfilments: [{ warehouseId: whole.warehouseId, lines: [...lines] }],
      backordered: [],
    };
  }

  const remaining = new Map(byDistance.map((o) => [o.warehouseId, new Map(o.available)]));
  const planned = new Map<string, LineToAllocate[]>();
  const backordered: AllocationPlan['backordered'] = [];
  for (const line of lines) {
    let open = line.quantity;
    for (const offer of byDistance) {
      if (open === 0) break;
      const stock = remaining.get(offer.warehouseId);
      const free = stock?.get(line.productId) ?? 0;
      const take = Math.min(free, open);
      if (take <= 0 || !stock) continue;
      stock.set(line.productId, free - take);
      open -= take;
      const list = planned.get(offer.warehouseId) ?? [];
      list.push({ ...line, quantity: take });
      planned.set(offer.warehouseId, list);
    }
    if (open > 0)
      backordered.push({ lineId: line.lineId, productId: line.productId, quantity: open });
  }
  const fulfilments = byDistance
    .filter((o) => planned.has(o.warehouseId))
    .map((o) => ({ warehouseId: o.warehouseId, lines: planned.get(o.warehouseId) ?? [] }));
  return { fulfilments, backordered };
}

function totalsByProduct(lines: readonly LineToAllocate[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines)
    totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity);
  return totals;
}
