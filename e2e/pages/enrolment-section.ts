import type { Locator, Page } from 'playwright-core';

/** Settings → Head office: the enrolment form, or what the station is enrolled with. */
export class EnrolmentSection {
  readonly section: Locator;
  readonly headOfficeAddress: Locator;
  readonly code: Locator;
  readonly enrol: Locator;

  constructor(page: Page) {
    this.section = page.getByTestId('head-office-settings');
    this.headOfficeAddress = this.section.getByLabel('Head office address');
    this.code = this.section.getByLabel('Enrolment code');
    this.enrol = this.section.getByRole('button', { name: 'Enrol this station' });
  }

  async enrolWith(headOfficeUrl: string, code: string): Promise<void> {
    await this.headOfficeAddress.fill(headOfficeUrl);
    await this.code.fill(code);
    await this.enrol.click();
  }

  /** The enrolled facts, e.g. "Warehouse North (NORTH)". */
  fact(label: string): Locator {
    return this.section.getByRole('row', { name: new RegExp(`^${label}`) });
  }
}
