import type { DemoProduct } from './demo-catalogue';
import type { SeededRandom } from './seeded-random';

/** Picks products as customers do: best sellers more often, never the same one twice an order. */
export class ProductPicker {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly products: readonly DemoProduct[]) {
    if (products.length === 0) throw new RangeError('Nothing to sell: the product list is empty');
    let sum = 0;
    for (const p of products) this.cumulative.push((sum += p.popularity));
    this.total = sum;
  }

  private one(rng: SeededRandom): DemoProduct {
    const roll = rng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) > roll) high = mid;
      else low = mid + 1;
    }
    return this.products[low] as DemoProduct;
  }

  pickDistinct(
    rng: SeededRandom,
    count: number,
    accept: (product: DemoProduct) => boolean = () => true,
  ): DemoProduct[] {
    const chosen = new Map<string, DemoProduct>();
    // Bounded, so a filter that matches too few products cannot loop forever.
    for (let tries = 0; chosen.size < count && tries < count * 200; tries += 1) {
      const product = this.one(rng);
      if (accept(product)) chosen.set(product.id, product);
    }
    if (chosen.size < count) {
      throw new Error(`Only ${chosen.size} of ${count} products matched what the order needs`);
    }
    return [...chosen.values()];
  }
}
