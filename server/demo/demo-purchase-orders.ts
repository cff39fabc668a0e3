import type { Insertable } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import type { DemoProduct } from './demo-catalogue';
import { SUPPLIERS } from './demo-names';
import type { DemoStock } from './demo-stock';
import { slotKey } from './demo-stock';
import type { DemoWarehouse } from './demo-warehouses';
import type { SeededRandom } from './seeded-random';

type Tables = CentralDatabase;

export interface DemoPurchaseOrders {
  orders: Insertable<Tables['purchase_orders']>[];
  lines: Insertable<Tables['purchase_order_lines']>[];
  /** The part of a partly delivered order already on the shelf. */
  receipts: Insertable<Tables['stock_movements']>[];
}

const SUPPLIER_BY_CATEGORY: Readonly<Record<string, string>> = {
  Mugs: 'Pacific Ceramics Ltd.',
  'T-shirts': 'Anchor Apparel Manufacturing',
  Hoodies: 'Anchor Apparel Manufacturing',
  Bags: 'Anchor Apparel Manufacturing',
  Caps: 'Anchor Apparel Manufacturing',
  Cables: 'Volt & Wire Electronics',
  Chargers: 'Volt & Wire Electronics',
  Coffee: 'Roestbrand Koffie B.V.',
  Tea: 'Highland Tea Importers',
  Candles: 'Stillwater Candle Works',
  Notebooks: 'Paperfold Bindery',
  Bottles: 'Coastline Drinkware Inc.',
};

const DAY_MS = 86_400_000;

/**
 * Replenishment in flight: per warehouse one order half delivered (received units already in
 * stock) and a few open ones, with everything sold out everywhere on order somewhere.
 */
export function demoPurchaseOrders(
  rng: SeededRandom,
  warehouses: readonly DemoWarehouse[],
  products: readonly DemoProduct[],
  stock: DemoStock,
  nowMs: number,
): DemoPurchaseOrders {
  const result: DemoPurchaseOrders = { orders: [], lines: [], receipts: [] };
  const supplierOf = (p: DemoProduct) => SUPPLIER_BY_CATEGORY[p.category] ?? 'General supplier';
  const soldOut = new Set(stock.outEverywhere.map((p) => p.id));
  let sequence = 0;
  const add = (
    warehouse: DemoWarehouse,
    supplier: string,
    items: readonly DemoProduct[],
    partial: boolean,
  ) => {
    if (items.length === 0) return;
    sequence += 1;
    const id = rng.uuid(nowMs);
    const number = `PO-${warehouse.code}-${String(1040 + sequence).padStart(5, '0')}`;
    const createdMs = nowMs - rng.int(partial ? 12 : 2, partial ? 20 : 9) * DAY_MS;
    const receivedMs = nowMs - 2 * DAY_MS;
    result.orders.push({
      id,
      number,
      warehouse_id: warehouse.id,
      supplier,
      status: partial ? 'partially_received' : 'open',
      // A partly delivered order's expected date is the rest's.
      expected_at: new Date(nowMs + rng.int(partial ? 1 : 4, partial ? 5 : 21) * DAY_MS),
      created_at: new Date(createdMs),
    });
    for (const product of items) {
      const ordered = rng.int(2, 10) * (product.casePack ?? 12);
      const received = partial && rng.chance(0.6) ? Math.floor(ordered / 2) : 0;
      result.lines.push({
        id: rng.uuid(createdMs),
        purchase_order_id: id,
        product_id: product.id,
        quantity_ordered: ordered,
        quantity_received: received,
      });
      const slot = stock.slots.get(slotKey(warehouse.id, product.id));
      if (received === 0 || !slot) continue;
      const bin = slot.reserve ?? slot.pickFace;
      result.receipts.push({
        id: rng.uuid(receivedMs),
        warehouse_id: warehouse.id,
        bin_id: bin.id,
        product_id: product.id,
        quantity: received,
        reason: 'receipt',
        reference: number,
        actor: 'demo-seed',
        created_at: new Date(receivedMs),
      });
      stock.bins.add(warehouse.id, product.id, bin.id, received);
    }
  };

  for (const warehouse of warehouses) {
    rng.sample(SUPPLIERS, 3).forEach((supplier, index) => {
      const range = products.filter((p) => supplierOf(p) === supplier && !soldOut.has(p.id));
      add(warehouse, supplier, rng.sample(range, rng.int(4, 9)), index === 0);
    });
  }
  // What is sold out everywhere is on order for Newark, the busiest warehouse.
  const newark = warehouses[0];
  if (newark) {
    for (const supplier of new Set(stock.outEverywhere.map(supplierOf))) {
      add(
        newark,
        supplier,
        stock.outEverywhere.filter((p) => supplierOf(p) === supplier),
        false,
      );
    }
  }
  return result;
}
