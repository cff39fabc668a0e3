import type { Locator, Page } from 'playwright-core';

/** The Sync screen: connection, each shape, the changes made here and recent problems. */
export class SyncPage {
  readonly heading: Locator;
  readonly connectionState: Locator;
  readonly outboxCounts: Locator;
  readonly retryNow: Locator;
  readonly shapes: Locator;
  readonly outboxEntries: Locator;
  readonly problems: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sync', exact: true });
    this.connectionState = page.getByTestId('sync-connection-state');
    this.outboxCounts = page.getByTestId('sync-outbox-counts');
    this.retryNow = page.getByRole('button', { name: 'Retry now' });
    this.shapes = page.getByTestId('sync-shape');
    this.outboxEntries = page.getByTestId('outbox-entry');
    this.problems = page.getByTestId('sync-problem');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/sync`);
    await this.heading.waitFor();
  }

  /** Each shape's raw state (initial-sync, live, offline, error), in screen order. */
  async shapeStates(): Promise<(string | null)[]> {
    const cells = await this.page.locator('[data-testid="sync-shape"] td[data-state]').all();
    return Promise.all(cells.map((cell) => cell.getAttribute('data-state')));
  }

  /** waiting, accepted, confirmed or rejected, of the newest change whose text matches. */
  stageOf(description: RegExp): Promise<string | null> {
    return this.outboxEntries.filter({ hasText: description }).first().getAttribute('data-stage');
  }
}
