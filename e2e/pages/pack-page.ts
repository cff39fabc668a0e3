import { scannerFor } from '../support/wedge-scanner';
import type { Locator, Page } from 'playwright-core';

/** The Pack screen: the empty bench (scan to open), and one order being verified and parcelled. */
export class PackPage {
  readonly heading: Locator;
  readonly feedback: Locator;
  readonly openView: Locator;
  readonly instruction: Locator;
  readonly choices: Locator;
  readonly bench: Locator;
  readonly orderNumber: Locator;
  readonly status: Locator;
  readonly progressText: Locator;
  readonly callouts: Locator;
  readonly lines: Locator;
  readonly parcelUnits: Locator;
  readonly suggestedBox: Locator;
  readonly boxProblem: Locator;
  readonly box: Locator;
  readonly weight: Locator;
  readonly closeParcelButton: Locator;
  readonly closeLastParcelButton: Locator;
  readonly removeLastButton: Locator;
  readonly slipButton: Locator;
  readonly slipPreview: Locator;
  readonly parcels: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Pack', exact: true });
    this.feedback = page.getByTestId('scan-feedback');
    this.openView = page.getByTestId('pack-open');
    this.instruction = page.getByTestId('pack-instruction');
    this.choices = page.getByTestId('pack-choice');
    this.bench = page.getByTestId('pack-bench');
    this.orderNumber = page.getByTestId('pack-order-number');
    this.status = page.getByTestId('pack-status');
    this.progressText = page.getByTestId('pack-progress-text');
    this.callouts = page.getByTestId('pack-callout');
    this.lines = page.getByTestId('pack-line');
    this.parcelUnits = page.getByTestId('pack-parcel-units');
    this.suggestedBox = page.getByTestId('pack-suggested-box');
    this.boxProblem = page.getByTestId('pack-box-problem');
    this.box = page.getByTestId('pack-box');
    this.weight = page.getByTestId('pack-weight');
    this.closeParcelButton = page.getByTestId('pack-close-parcel');
    this.closeLastParcelButton = page.getByTestId('pack-close-last');
    this.removeLastButton = page.getByTestId('pack-remove-last');
    this.slipButton = page.getByTestId('pack-slip');
    this.slipPreview = page.getByTestId('pack-slip-preview');
    this.parcels = page.getByTestId('pack-parcel');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/pack`);
    await this.heading.waitFor();
  }

  async openFulfilment(baseUrl: string, fulfilmentId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/pack/${fulfilmentId}`);
    await this.bench.waitFor();
  }

  /** The order on the bench, from the address. */
  fulfilmentIdFromUrl(): string | null {
    const match = /#\/pack\/([0-9a-f-]{36})/.exec(this.page.url());
    return match?.[1] ?? null;
  }

  /** Keystrokes 4 ms apart by the device's clock, then Enter: what a keyboard-wedge scanner does. */
  async scan(code: string): Promise<void> {
    await (await scannerFor(this.page)).scan(code);
  }

  /** F4 take the last item out, F6 packing slip, F8 close parcel, F9 close the last parcel. */
  async press(key: 'F4' | 'F6' | 'F8' | 'F9' | 'Escape' | '1' | '2' | '3'): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async verdict(): Promise<string | null> {
    return this.feedback.getAttribute('data-verdict');
  }

  line(sku: string): Locator {
    return this.page.locator(`[data-testid="pack-line"][data-sku="${sku}"]`);
  }

  choice(orderNumber: string): Locator {
    return this.page.locator(`[data-testid="pack-choice"][data-order="${orderNumber}"]`);
  }

  callout(kind: 'missing' | 'extra' | 'wrong'): Locator {
    return this.page.locator(`[data-testid="pack-callout"][data-kind="${kind}"]`);
  }

  /** Types the weight as a packer does (replacing the estimate), then closes with F8 or F9. */
  async closeParcel(options: { weightGrams?: number; last?: boolean } = {}): Promise<void> {
    if (options.weightGrams !== undefined) await this.weight.fill(String(options.weightGrams));
    await this.page.keyboard.press(options.last ? 'F9' : 'F8');
  }
}
