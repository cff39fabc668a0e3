import type { Insertable } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import { BinStock } from './bin-stock';
import type { DemoProduct } from './demo-catalogue';
import type { DemoBin, DemoWarehouse } from './demo-warehouses';
import type { SeededRandom } from './seeded-random';

type Movement = Insertable<CentralDatabase['stock_movements']>;

export type StockProfile =
  /** Believable: some items short somewhere, a few out everywhere, regional items. */
  | { kind: 'demo' }
  /** The same quantity of everything everywhere, for load tests that must not run dry. */
  | { kind: 'flat'; quantity: number };

export interface DemoStock {
  movements: Movement[];
  bins: BinStock;
  /** Sold out in every warehouse: orders for these backorder until a purchase order lands. */
  outEverywhere: DemoProduct[];
  /** Stocked in one US warehouse only, so a US order for one of each must be split. */
  onlyIn: ReadonlyMap<string, DemoProduct[]>;
  /** Where each product lives in each warehouse: its pick face, then its reserve bin. */
  slots: ReadonlyMap<string, { pickFace: DemoBin; reserve: DemoBin | undefined }>;
}

export const slotKey = (warehouseId: string, productId: string): string =>
  `${warehouseId}|${productId}`;

/**
 * Products are slotted in catalogue order along the pick walk, so a category sits together as
 * it would on real shelves; reserve stock sits above its pick face in the same bay.
 */
function slotProducts(products: readonly DemoProduct[], warehouse: DemoWarehouse, bins: DemoBin[]) {
  const own = bins.filter((b) => b.warehouseId === warehouse.id);
  const faces = own.filter((b) => !b.reserve).sort((a, b) => a.pickSequence - b.pickSequence);
  const byCode = new Map(own.map((b) => [b.code, b]));
  const slots = new Map<string, { pickFace: DemoBin; reserve: DemoBin | undefined }>();
  products.forEach((product, index) => {
    const pickFace = faces[Math.floor((index * faces.length) / products.length)];
    if (!pickFace) throw new Error(`Warehouse ${warehouse.code} has no pick-face bins`);
    const bay = pickFace.code.slice(0, -3);
    const reserve = byCode.get(`${bay}-03`);
    slots.set(slotKey(warehouse.id, product.id), { pickFace, reserve });
  });
  return slots;
}

export function demoStock(
  rng: SeededRandom,
  warehouses: readonly DemoWarehouse[],
  bins: DemoBin[],
  products: readonly DemoProduct[],
  profile: StockProfile,
  openingMs: number,
): DemoStock {
  const slots = new Map<string, { pickFace: DemoBin; reserve: DemoBin | undefined }>();
  for (const w of warehouses) for (const [k, v] of slotProducts(products, w, bins)) slots.set(k, v);
  const [ewr, rno] = warehouses;
  const shuffled = rng.shuffle(products);
  const outEverywhere = profile.kind === 'demo' ? shuffled.slice(0, 6) : [];
  const onlyIn = new Map<string, DemoProduct[]>();
  if (profile.kind === 'demo' && ewr && rno) {
    onlyIn.set(ewr.id, shuffled.slice(6, 18));
    onlyIn.set(rno.id, shuffled.slice(18, 30));
  }
  const regional = new Map<string, string>();
  for (const [warehouseId, list] of onlyIn) for (const p of list) regional.set(p.id, warehouseId);
  const out = new Set(outEverywhere.map((p) => p.id));

  const stock = new BinStock();
  const movements: Movement[] = [];
  const put = (warehouse: DemoWarehouse, product: DemoProduct, bin: DemoBin, quantity: number) => {
    movements.push({
      id: rng.uuid(openingMs),
      warehouse_id: warehouse.id,
      bin_id: bin.id,
      product_id: product.id,
      quantity,
      reason: 'opening_balance',
      reference: 'Opening stock count',
      actor: 'demo-seed',
      created_at: new Date(openingMs),
    });
    stock.add(warehouse.id, product.id, bin.id, quantity);
  };

  for (const product of products) {
    for (const warehouse of warehouses) {
      const slot = slots.get(slotKey(warehouse.id, product.id));
      if (!slot) continue;
      if (profile.kind === 'flat') {
        put(warehouse, product, slot.pickFace, profile.quantity);
        continue;
      }
      if (out.has(product.id)) continue;
      const home = regional.get(product.id);
      if (home !== undefined && home !== warehouse.id) continue;
      if (home === undefined && !rng.chance(stockedChance(warehouse, product))) continue;
      put(
        warehouse,
        product,
        slot.pickFace,
        Math.max(2, Math.round(product.popularity * rng.int(12, 45))),
      );
      if (slot.reserve && rng.chance(0.3)) {
        put(warehouse, product, slot.reserve, rng.int(2, 8) * (product.casePack ?? 6));
      }
    }
  }
  return { movements, bins: stock, outEverywhere, onlyIn, slots };
}

/** European-made consumables are stocked mostly in Rotterdam; the rest mostly everywhere. */
function stockedChance(warehouse: DemoWarehouse, product: DemoProduct): number {
  const european = ['Coffee', 'Tea', 'Candles'].includes(product.category);
  if (warehouse.country === 'NL') return european ? 0.97 : 0.85;
  return european ? 0.8 : 0.92;
}
