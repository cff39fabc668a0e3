import type { DemoCustomer } from './demo-people';
import type { SeededRandom } from './seeded-random';

/**
 * Hands out customers so that none places more orders than the fraud rule allows in an hour:
 * the whole demo is captured within a minute, and a regular customer held as a card tester
 * would be a false alarm in the demo.
 */
export class CustomerPool {
  private readonly order: DemoCustomer[];
  private readonly used = new Map<string, number>();
  private cursor = 0;

  constructor(
    rng: SeededRandom,
    customers: readonly DemoCustomer[],
    private readonly maxOrdersEach: number,
  ) {
    this.order = rng.shuffle(customers);
  }

  /** The next customer `accept`s, or undefined when every one of them is used up. */
  next(accept: (customer: DemoCustomer) => boolean): DemoCustomer | undefined {
    for (let tried = 0; tried < this.order.length; tried += 1) {
      const customer = this.order[(this.cursor + tried) % this.order.length];
      if (!customer || !accept(customer)) continue;
      const uses = this.used.get(customer.id) ?? 0;
      if (uses >= this.maxOrdersEach) continue;
      this.used.set(customer.id, uses + 1);
      this.cursor = (this.cursor + tried + 1) % this.order.length;
      return customer;
    }
    return undefined;
  }
}
