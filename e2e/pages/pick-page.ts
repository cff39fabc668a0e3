import { scannerFor } from '../support/wedge-scanner';
import type { Locator, Page } from 'playwright-core';

type WaveKindLabel = 'Single order' | 'Batch' | 'Cluster (a tote per order)';
type ShortReasonKey = 'bin-empty' | 'not-enough' | 'damaged' | 'wrong-item-in-bin' | 'cannot-reach';

/** The Pick screen: open pick lists, released orders for a new one, and one list being walked. */
export class PickPage {
  readonly heading: Locator;
  readonly feedback: Locator;
  // Choosing a new pick list
  readonly startView: Locator;
  readonly waveRows: Locator;
  readonly candidates: Locator;
  readonly toteSlots: Locator;
  readonly startButton: Locator;
  readonly startProblem: Locator;
  readonly selectedCount: Locator;
  // Walking a pick list
  readonly waveView: Locator;
  readonly waveNumber: Locator;
  readonly instruction: Locator;
  readonly bin: Locator;
  readonly sku: Locator;
  readonly quantity: Locator;
  readonly tote: Locator;
  readonly progressText: Locator;
  readonly upcomingStops: Locator;
  readonly orders: Locator;
  readonly refused: Locator;
  readonly lastPick: Locator;
  readonly shortButton: Locator;
  readonly undoButton: Locator;
  readonly shortDialog: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Pick', exact: true });
    this.feedback = page.getByTestId('scan-feedback');
    this.startView = page.getByTestId('pick-start');
    this.waveRows = page.getByTestId('pick-wave-row');
    this.candidates = page.getByTestId('pick-candidate');
    this.toteSlots = page.getByTestId('tote-slot');
    this.startButton = page.getByTestId('pick-start-button');
    this.startProblem = page.getByTestId('pick-start-problem');
    this.selectedCount = page.getByTestId('pick-selected-count');
    this.waveView = page.getByTestId('pick-wave');
    this.waveNumber = page.getByTestId('pick-wave-number');
    this.instruction = page.getByTestId('pick-instruction');
    this.bin = page.getByTestId('pick-bin');
    this.sku = page.getByTestId('pick-sku');
    this.quantity = page.getByTestId('pick-quantity');
    this.tote = page.getByTestId('pick-tote');
    this.progressText = page.getByTestId('pick-progress-text');
    this.upcomingStops = page.getByTestId('pick-upcoming-stop');
    this.orders = page.getByTestId('pick-order');
    this.refused = page.getByTestId('pick-refused-item');
    this.lastPick = page.getByTestId('pick-last');
    this.shortButton = page.getByTestId('pick-short');
    this.undoButton = page.getByTestId('pick-undo');
    this.shortDialog = page.getByTestId('short-dialog');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/pick`);
    await this.heading.waitFor();
  }

  /** Straight to one pick list, as a restart does from the address. */
  async openWave(baseUrl: string, waveId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/pick/${waveId}`);
    await this.waveView.waitFor();
  }

  /** The open pick list's id, from the address. */
  waveIdFromUrl(): string | null {
    const match = /#\/pick\/([0-9a-f-]{36})/.exec(this.page.url());
    return match?.[1] ?? null;
  }

  /** Keystrokes 4 ms apart by the device's clock, then Enter: what a keyboard-wedge scanner does. */
  async scan(code: string): Promise<void> {
    await (await scannerFor(this.page)).scan(code);
  }

  async press(key: 'F2' | 'F4' | 'F9' | 'Escape'): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async chooseKind(kind: WaveKindLabel): Promise<void> {
    await this.startView.getByText(kind, { exact: true }).click();
  }

  candidate(orderNumber: string): Locator {
    return this.page.locator(`[data-testid="pick-candidate"][data-order="${orderNumber}"]`);
  }

  async tick(orderNumber: string): Promise<void> {
    await this.candidate(orderNumber).getByRole('checkbox').check();
  }

  waveRow(number: string): Locator {
    return this.page.locator(`[data-testid="pick-wave-row"][data-wave="${number}"]`);
  }

  order(orderNumber: string): Locator {
    return this.page.locator(`[data-testid="pick-order"][data-order="${orderNumber}"]`);
  }

  /** What the current stop waits for: bin, item, lot, serial or nothing. */
  async expecting(): Promise<string | null> {
    return this.instruction.getAttribute('data-expecting');
  }

  /** The banner's verdict after the last scan: right, wrong, done or info. */
  async verdict(): Promise<string | null> {
    return this.feedback.getAttribute('data-verdict');
  }

  /** F2, a reason by its number key, the quantity (all that the stop wants when left out), Enter. */
  async short(reason: ShortReasonKey, quantity?: number): Promise<void> {
    await this.press('F2');
    await this.shortDialog.waitFor();
    await this.shortDialog.locator(`[data-testid="short-reason"][data-reason="${reason}"]`).click();
    const field = this.shortDialog.getByRole('textbox', { name: 'Units missing' });
    if (quantity !== undefined) await field.fill(String(quantity));
    await field.press('Enter');
    await this.shortDialog.waitFor({ state: 'detached' });
  }
}
