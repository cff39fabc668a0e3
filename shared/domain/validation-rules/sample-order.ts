import type { OrderFacts, RuleContext } from './order-facts';

/**
 * A believable web order that passes every default rule, built fresh on each call so a test or
 * the demo seed can change one thing and see exactly what that one thing trips.
 */
export function sampleOrder(change?: (order: OrderFacts) => void): OrderFacts {
  const order: OrderFacts = {
    channelKind: 'web',
    currency: 'USD',
    totalMinor: 12_998,
    customer: { email: 'dana.whitfield@example.com', name: 'Dana Whitfield' },
    shipTo: {
      name: 'Dana Whitfield',
      line1: '1600 Pennsylvania Ave NW',
      city: 'Washington',
      region: 'DC',
      postcode: '20500',
      country: 'US',
    },
    payment: { status: 'paid' },
    lines: [
      { sku: 'MUG-12OZ-BLK', quantity: 2 },
      { sku: 'TEE-M-NAVY', quantity: 1 },
    ],
  };
  change?.(order);
  return order;
}

export function sampleContext(change?: Partial<RuleContext>): RuleContext {
  return {
    ordersFromEmailLastHour: 1,
    knownSkus: new Set(['MUG-12OZ-BLK', 'TEE-M-NAVY', 'CAP-OS-RED']),
    ...change,
  };
}
