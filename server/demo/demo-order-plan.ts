import type { SeededRandom } from './seeded-random';

/** How far a normal order has got through the warehouse by the time the demo is looked at. */
export type FlowTarget =
  | 'allocated'
  | 'released'
  | 'picking'
  | 'packed'
  | 'partially_shipped'
  | 'shipped'
  | 'delivered'
  | 'cancelled';

export type HoldCause = 'unpaid' | 'postcode' | 'fraud' | 'unknown_sku' | 'velocity';

/**
 * What the seed means an order to show. The capture decides what really happens — a rule holds
 * it, stock backorders it — and the seed then moves on only orders that are where it expected.
 */
export type OrderIntent =
  | { kind: 'flow'; target: FlowTarget }
  /** A US order for items only two different warehouses have: two fulfilments. */
  | { kind: 'split'; target: FlowTarget }
  | { kind: 'hold'; cause: HoldCause; then: 'stay' | 'release' | 'cancel' }
  | { kind: 'backorder'; then: 'stay' | 'cancel' };

// Twenty normal orders, in the proportions a busy afternoon shows.
const FLOW_PATTERN: readonly FlowTarget[] = [
  ...Array<FlowTarget>(3).fill('allocated'),
  ...Array<FlowTarget>(2).fill('released'),
  ...Array<FlowTarget>(2).fill('picking'),
  ...Array<FlowTarget>(2).fill('packed'),
  ...Array<FlowTarget>(3).fill('shipped'),
  ...Array<FlowTarget>(6).fill('delivered'),
  ...Array<FlowTarget>(2).fill('cancelled'),
];
const SPLIT_PATTERN: readonly FlowTarget[] = [
  'partially_shipped',
  'partially_shipped',
  'shipped',
  'delivered',
  'picking',
];
const HOLD_CAUSES: readonly HoldCause[] = [
  'unpaid',
  'postcode',
  'unpaid',
  'postcode',
  'fraud',
  'unknown_sku',
];
const HOLD_OUTCOMES = ['stay', 'release', 'stay', 'cancel', 'stay'] as const;
const BACKORDER_OUTCOMES = ['stay', 'stay', 'cancel'] as const;

/** One address placing orders seconds apart: card testing, which the velocity rule holds. */
export const VELOCITY_BURST = 7;

const MINIMUM_HOLDS = 12;
const MINIMUM_BACKORDERS = 6;
const MINIMUM_SPLITS = 10;
/** Below this, some state would have no order in it. */
export const MINIMUM_DEMO_ORDERS =
  MINIMUM_HOLDS + MINIMUM_BACKORDERS + MINIMUM_SPLITS + VELOCITY_BURST + FLOW_PATTERN.length;

const cycle = <T>(pattern: readonly T[], index: number): T => pattern[index % pattern.length] as T;

/**
 * The intents of `total` orders, shuffled. Every kind gets a minimum share so even a small demo
 * shows every state; the rest are normal orders.
 */
export function planIntents(rng: SeededRandom, total: number): OrderIntent[] {
  if (total < MINIMUM_DEMO_ORDERS) {
    throw new RangeError(`A demo needs at least ${MINIMUM_DEMO_ORDERS} orders to show every state`);
  }
  const holds = Math.max(MINIMUM_HOLDS, Math.round(total * 0.09));
  const backorders = Math.max(MINIMUM_BACKORDERS, Math.round(total * 0.06));
  const splits = Math.max(MINIMUM_SPLITS, Math.round(total * 0.05));
  const intents: OrderIntent[] = [];
  for (let i = 0; i < holds; i += 1) {
    intents.push({ kind: 'hold', cause: cycle(HOLD_CAUSES, i), then: cycle(HOLD_OUTCOMES, i) });
  }
  for (let i = 0; i < backorders; i += 1) {
    intents.push({ kind: 'backorder', then: cycle(BACKORDER_OUTCOMES, i) });
  }
  for (let i = 0; i < splits; i += 1) {
    intents.push({ kind: 'split', target: cycle(SPLIT_PATTERN, i) });
  }
  const flows = total - intents.length - VELOCITY_BURST;
  for (let i = 0; i < flows; i += 1) intents.push({ kind: 'flow', target: cycle(FLOW_PATTERN, i) });
  // The burst stays together at the end: its orders must land within the same hour.
  const burst: OrderIntent[] = Array.from({ length: VELOCITY_BURST }, () => ({
    kind: 'hold',
    cause: 'velocity',
    then: 'stay',
  }));
  return [...rng.shuffle(intents), ...burst];
}
