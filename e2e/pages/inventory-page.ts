import { scannerFor } from '../support/wedge-scanner';
import type { Locator, Page } from 'playwright-core';

/** The Inventory screen: the scan box, stock by bin and the count form. */
export class InventoryPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly summary: Locator;
  readonly rows: Locator;
  readonly adjustPanel: Locator;
  readonly countedQuantity: Locator;
  readonly saveCount: Locator;
  readonly saved: Locator;
  readonly notEnrolled: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Inventory', exact: true });
    this.search = page.getByLabel('Scan or search');
    this.summary = page.getByTestId('inventory-summary');
    this.rows = page.getByTestId('stock-row');
    this.adjustPanel = page.getByTestId('adjust-panel');
    this.countedQuantity = this.adjustPanel.getByRole('textbox', { name: 'Counted quantity' });
    this.saveCount = this.adjustPanel.getByRole('button', { name: 'Save count' });
    this.saved = page.getByTestId('adjust-saved');
    this.notEnrolled = page.getByTestId('not-enrolled');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/inventory`);
    await this.heading.waitFor();
  }

  async searchHasFocus(): Promise<boolean> {
    return (await this.search.and(this.page.locator(':focus')).count()) === 1;
  }

  /** Keystrokes a few ms apart, then Enter: what a keyboard-wedge scanner does. */
  async scan(code: string): Promise<void> {
    await (await scannerFor(this.page)).scan(code);
  }

  row(sku: string, bin: string): Locator {
    return this.page.locator(`[data-testid="stock-row"][data-sku="${sku}"][data-bin="${bin}"]`);
  }

  onHand(sku: string, bin: string): Locator {
    return this.row(sku, bin).getByTestId('on-hand');
  }

  pendingMarker(sku: string, bin: string): Locator {
    return this.row(sku, bin).getByTestId('pending-marker');
  }

  async count(quantity: number): Promise<void> {
    await this.countedQuantity.fill(String(quantity));
    await this.saveCount.click();
  }
}
