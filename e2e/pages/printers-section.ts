import type { Locator, Page } from 'playwright-core';

/** Settings → Printers: the printer list, the add/change dialog and the waiting jobs. */
export class PrintersSection {
  readonly section: Locator;
  readonly printers: Locator;
  readonly jobs: Locator;
  readonly addPrinter: Locator;
  readonly dialog: Locator;
  /** The label printer's item in the status bar. */
  readonly statusItem: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByTestId('printer-settings');
    this.printers = this.section.getByTestId('printers');
    this.jobs = this.section.getByTestId('printer-jobs');
    this.addPrinter = this.section.getByRole('button', { name: 'Add printer' });
    // Mantine renders dialogs at the end of <body>, outside the section.
    this.dialog = page.getByRole('dialog');
    this.statusItem = page.getByTestId('status-label-printer');
  }

  /** Adds a printer with the dialog; kind and connection keep the form's defaults unless given. */
  async add(printer: { name: string; address: string }): Promise<void> {
    await this.addPrinter.click();
    await this.dialog.getByLabel('Printer name').fill(printer.name);
    await this.dialog.getByRole('textbox', { name: 'Address' }).fill(printer.address);
    await this.dialog.getByRole('button', { name: 'Add printer' }).click();
  }

  row(name: string): Locator {
    return this.printers.getByTestId('printer-row').filter({ hasText: name });
  }

  state(name: string): Locator {
    return this.row(name).getByTestId('printer-state');
  }

  async testPrint(name: string): Promise<void> {
    await this.printers.getByRole('button', { name: `Test print on ${name}` }).click();
  }

  jobRows(): Locator {
    return this.jobs.getByTestId('print-job-row');
  }
}
