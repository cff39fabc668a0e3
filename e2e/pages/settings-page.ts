import type { Locator, Page } from 'playwright-core';

/** The Settings screen as a person sees it: by label, role and the agreed test ids. */
export class SettingsPage {
  readonly heading: Locator;
  readonly stationName: Locator;
  readonly save: Locator;
  readonly diagnostics: Locator;
  readonly activity: Locator;
  readonly statusBar: Locator;
  readonly statusStationName: Locator;
  readonly statusHeadOffice: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Settings', exact: true });
    this.stationName = page.getByLabel('Station name');
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.diagnostics = page.getByTestId('diagnostics');
    this.activity = page.getByTestId('activity-list');
    this.statusBar = page.getByTestId('status-bar');
    this.statusStationName = page.getByTestId('status-station-name');
    this.statusHeadOffice = page.getByTestId('status-head-office');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/settings`);
    await this.heading.waitFor();
  }

  async rename(name: string): Promise<void> {
    await this.stationName.fill(name);
    await this.save.click();
  }

  async chooseTheme(label: 'Light' | 'Dark' | 'Auto'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }

  colorScheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-mantine-color-scheme');
  }
}
