/**
 * What the seed has put in each bin, so shipments can say which bin the units left from without
 * asking the database, and never take a bin below zero.
 */
export class BinStock {
  private readonly byItem = new Map<string, { binId: string; quantity: number }[]>();

  /** Bins are drawn from in the order they were first stocked: pick face first, then reserve. */
  add(warehouseId: string, productId: string, binId: string, quantity: number): void {
    const key = `${warehouseId}|${productId}`;
    const bins = this.byItem.get(key) ?? [];
    const bin = bins.find((b) => b.binId === binId);
    if (bin) bin.quantity += quantity;
    else bins.push({ binId, quantity });
    this.byItem.set(key, bins);
  }

  take(
    warehouseId: string,
    productId: string,
    quantity: number,
  ): { binId: string; quantity: number }[] {
    const bins = this.byItem.get(`${warehouseId}|${productId}`) ?? [];
    const taken: { binId: string; quantity: number }[] = [];
    let open = quantity;
    for (const bin of bins) {
      if (open === 0) break;
      const take = Math.min(bin.quantity, open);
      if (take === 0) continue;
      bin.quantity -= take;
      open -= take;
      taken.push({ binId: bin.binId, quantity: take });
    }
    if (open > 0) {
      throw new Error(
        `Demo seed: bins hold ${quantity - open} of ${quantity} units of product ${productId} in warehouse ${warehouseId}`,
      );
    }
    return taken;
  }
}
