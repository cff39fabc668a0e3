import type { Locator, Page } from 'playwright-core';
import { scannerFor } from '../support/wedge-scanner';

/** The Ship screen: scan a parcel, its rates, print; the lists of parcels, labels and manifests. */
export class ShipPage {
  readonly instruction: Locator;
  readonly feedback: Locator;
  readonly current: Locator;
  readonly currentParcel: Locator;
  readonly rates: Locator;
  readonly choiceReason: Locator;
  readonly printButton: Locator;
  readonly labels: Locator;
  readonly preview: Locator;

  constructor(private readonly page: Page) {
    this.instruction = page.getByTestId('ship-instruction');
    this.feedback = page.getByTestId('scan-feedback');
    this.current = page.getByTestId('ship-current');
    this.currentParcel = page.getByTestId('ship-current-parcel');
    this.rates = page.getByTestId('ship-rates');
    this.choiceReason = page.getByTestId('ship-choice-reason');
    this.printButton = page.getByTestId('ship-print');
    this.labels = page.getByTestId('ship-labels');
    this.preview = page.getByTestId('ship-label-preview');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/ship`);
    await this.page.getByRole('heading', { name: 'Ship', exact: true }).waitFor();
  }

  async scan(code: string): Promise<void> {
    await (await scannerFor(this.page)).scan(code);
  }

  async verdict(): Promise<string | null> {
    return this.feedback.getAttribute('data-verdict');
  }

  label(trackingNumber: string): Locator {
    return this.page.getByTestId(`ship-label-${trackingNumber}`);
  }

  async showTab(name: 'to-ship' | 'labels' | 'manifests' | 'alerts'): Promise<void> {
    await this.page.getByTestId(`ship-tab-${name}`).click();
  }
}
