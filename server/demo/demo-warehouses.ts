import type { SeededRandom } from './seeded-random';

export interface DemoWarehouse {
  id: string;
  code: string;
  name: string;
  country: string;
  postcode: string;
  latitude: number;
  longitude: number;
  /** Aisles × bays × levels of shelving. */
  layout: { aisles: number; bays: number; levels: number };
  /** The carrier its parcels leave with, for tracking numbers on shipped orders. */
  carrier: 'UPS' | 'USPS' | 'DHL';
}

export interface DemoBin {
  id: string;
  warehouseId: string;
  code: string;
  pickSequence: number;
  /** Levels above the pick face hold reserve (overflow) stock. */
  reserve: boolean;
}

/** Near the ports each region's stock arrives through: New York/New Jersey, Reno, Rotterdam. */
const SITES: readonly Omit<DemoWarehouse, 'id'>[] = [
  {
    code: 'EWR1',
    name: 'Newark Fulfilment Center',
    country: 'US',
    postcode: '07114',
    latitude: 40.7063,
    longitude: -74.1724,
    layout: { aisles: 10, bays: 12, levels: 4 },
    carrier: 'UPS',
  },
  {
    code: 'RNO1',
    name: 'Reno Distribution Center',
    country: 'US',
    postcode: '89502',
    latitude: 39.5089,
    longitude: -119.7768,
    layout: { aisles: 8, bays: 14, levels: 4 },
    carrier: 'USPS',
  },
  {
    code: 'RTM1',
    name: 'Rotterdam Waalhaven Warehouse',
    country: 'NL',
    postcode: '3089 JB',
    latitude: 51.8846,
    longitude: 4.4285,
    layout: { aisles: 9, bays: 10, levels: 5 },
    carrier: 'DHL',
  },
];

/** Pick faces are the two lowest levels, reachable without a ladder. */
const PICK_FACE_LEVELS = 2;

export function demoWarehouses(rng: SeededRandom, atMs: number): DemoWarehouse[] {
  return SITES.map((site) => ({ ...site, id: rng.uuid(atMs) }));
}

const aisleLetter = (index: number): string => String.fromCharCode(65 + index);
const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Bins `A-01-01` (aisle, bay, level). The pick sequence follows a serpentine walk: up aisle A
 * from bay 1, down aisle B from the far end, up C..., so a pick list sorted by it never walks
 * back along an aisle already done. Within a bay the levels go bottom to top.
 */
export function demoBins(rng: SeededRandom, warehouse: DemoWarehouse, atMs: number): DemoBin[] {
  const { aisles, bays, levels } = warehouse.layout;
  const bins: DemoBin[] = [];
  let sequence = 0;
  for (let aisle = 0; aisle < aisles; aisle += 1) {
    for (let step = 0; step < bays; step += 1) {
      const bay = aisle % 2 === 0 ? step + 1 : bays - step;
      for (let level = 1; level <= levels; level += 1) {
        sequence += 10;
        bins.push({
          id: rng.uuid(atMs),
          warehouseId: warehouse.id,
          code: `${aisleLetter(aisle)}-${pad2(bay)}-${pad2(level)}`,
          pickSequence: sequence,
          reserve: level > PICK_FACE_LEVELS,
        });
      }
    }
  }
  return bins;
}
