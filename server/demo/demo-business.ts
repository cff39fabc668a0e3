import { demoCatalogue } from './demo-catalogue';
import type { DemoCatalogue } from './demo-catalogue';
import { demoChannels } from './demo-channels';
import type { DemoChannel } from './demo-channels';
import { demoCustomers, demoPeople, demoTokens } from './demo-people';
import type { DemoCustomer, DemoPerson, DemoToken } from './demo-people';
import { demoPurchaseOrders } from './demo-purchase-orders';
import type { DemoPurchaseOrders } from './demo-purchase-orders';
import { demoStock } from './demo-stock';
import type { DemoStock, StockProfile } from './demo-stock';
import { demoBins, demoWarehouses } from './demo-warehouses';
import type { DemoBin, DemoWarehouse } from './demo-warehouses';
import type { SeededRandom } from './seeded-random';

/** Everything the demo business is before its first order, built in memory, no database. */
export interface DemoBusiness {
  warehouses: DemoWarehouse[];
  bins: DemoBin[];
  catalogue: DemoCatalogue;
  channels: DemoChannel[];
  customers: DemoCustomer[];
  people: DemoPerson[];
  tokens: DemoToken[];
  stock: DemoStock;
  purchaseOrders: DemoPurchaseOrders;
}

/**
 * The day the business set up its catalogue and counted its opening stock. Fixed, so the same
 * seed gives the same row ids (UUIDv7 carries its time) on every run.
 */
export const OPENING_DAY_MS = Date.UTC(2025, 0, 6, 8, 0, 0);

export function buildDemoBusiness(
  rng: SeededRandom,
  options: { customers: number; stock: StockProfile; nowMs: number },
): DemoBusiness {
  const warehouses = demoWarehouses(rng, OPENING_DAY_MS);
  const bins = warehouses.flatMap((w) => demoBins(rng, w, OPENING_DAY_MS));
  const catalogue = demoCatalogue(rng, OPENING_DAY_MS);
  const channels = demoChannels(rng, OPENING_DAY_MS);
  const customers = demoCustomers(rng, options.customers, OPENING_DAY_MS);
  const people = demoPeople(rng, OPENING_DAY_MS);
  const stock = demoStock(rng, warehouses, bins, catalogue.products, options.stock, OPENING_DAY_MS);
  const purchaseOrders =
    options.stock.kind === 'demo'
      ? demoPurchaseOrders(rng, warehouses, catalogue.products, stock, options.nowMs)
      : { orders: [], lines: [], receipts: [] };
  return {
    warehouses,
    bins,
    catalogue,
    channels,
    customers,
    people,
    tokens: demoTokens(),
    stock,
    purchaseOrders,
  };
}
