import type { Locator, Page } from 'playwright-core';

export type WedgeProfileChoice = 'Generic' | 'Zebra' | 'Honeywell' | 'Custom';

/** Settings → Scanners: the wedge profile, the scan test and the serial scanners. */
export class ScannersSection {
  readonly section: Locator;
  readonly wedgeProfile: Locator;
  readonly saveProfile: Locator;
  readonly profileSaved: Locator;
  readonly testToggle: Locator;
  readonly testContent: Locator;
  readonly test: Locator;
  readonly serialScanners: Locator;
  readonly addSerialScanner: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByTestId('scanner-settings');
    this.wedgeProfile = this.section.getByTestId('wedge-scanner-profile');
    this.saveProfile = this.section.getByRole('button', { name: 'Save scanner profile' });
    this.profileSaved = this.section.getByTestId('scanner-profile-saved');
    this.test = this.section.getByTestId('scanner-test');
    this.testToggle = this.test.getByRole('switch', { name: 'Test a scan' });
    this.testContent = this.test.getByTestId('scanner-test-content');
    this.serialScanners = this.section.getByTestId('serial-scanners');
    this.addSerialScanner = this.section.getByRole('button', { name: 'Add serial scanner' });
    // Mantine renders dialogs at the end of <body>, outside the section.
    this.dialog = page.getByRole('dialog');
  }

  async choose(profile: WedgeProfileChoice): Promise<void> {
    await this.wedgeProfile.getByRole('radio', { name: profile, exact: true }).click();
  }

  /** Turns "Test a scan" on or off; while on, every scan is shown in the test box. */
  async setTesting(on: boolean): Promise<void> {
    await this.testToggle.setChecked(on);
  }

  /** A custom-profile field by its label, e.g. "Prefix" or "Longest gap between keys (ms)". */
  field(label: string): Locator {
    return this.wedgeProfile.getByLabel(label, { exact: true });
  }

  /** The facts of the last test scan, e.g. "AIM identifier" → "]C1". */
  testFact(label: string): Locator {
    return this.test.getByRole('row', { name: new RegExp(`^${label}`) });
  }

  async addSerial(scanner: { name: string; port: string; baudRate?: number }): Promise<void> {
    await this.addSerialScanner.click();
    await this.fillSerial(scanner);
    await this.dialog.getByRole('button', { name: 'Add scanner' }).click();
  }

  async fillSerial(scanner: { name: string; port: string; baudRate?: number }): Promise<void> {
    await this.dialog.getByLabel('Scanner name').fill(scanner.name);
    await this.dialog.getByRole('textbox', { name: 'Port' }).fill(scanner.port);
    if (scanner.baudRate !== undefined) {
      await this.dialog.getByRole('textbox', { name: 'Baud rate' }).click();
      await this.page.getByRole('option', { name: String(scanner.baudRate), exact: true }).click();
    }
  }

  row(name: string): Locator {
    return this.serialScanners.getByTestId('serial-scanner-row').filter({ hasText: name });
  }

  state(name: string): Locator {
    return this.row(name).getByTestId('serial-scanner-state');
  }

  async change(name: string): Promise<void> {
    await this.serialScanners.getByRole('button', { name: `Change ${name}` }).click();
  }

  async remove(name: string): Promise<void> {
    await this.serialScanners.getByRole('button', { name: `Remove ${name}` }).click();
    await this.dialog.getByRole('button', { name: 'Remove scanner' }).click();
  }
}
