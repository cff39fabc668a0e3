import type { Locator, Page } from 'playwright-core';

/** The Floor screen (managers): pick lists in progress, pick rates, exceptions. */
export class FloorPage {
  readonly heading: Locator;
  readonly overview: Locator;
  readonly roleRefusal: Locator;
  readonly wavesCount: Locator;
  readonly unitsLastHour: Locator;
  readonly waiting: Locator;
  readonly packedToday: Locator;
  readonly waves: Locator;
  readonly pickRates: Locator;
  readonly exceptions: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Floor', exact: true });
    this.overview = page.getByTestId('floor-overview');
    this.roleRefusal = page.getByTestId('role-refusal');
    this.wavesCount = page.getByTestId('floor-waves-count');
    this.unitsLastHour = page.getByTestId('floor-units-last-hour');
    this.waiting = page.getByTestId('floor-waiting');
    this.packedToday = page.getByTestId('floor-packed-today');
    this.waves = page.getByTestId('floor-wave');
    this.pickRates = page.getByTestId('floor-pick-rate');
    this.exceptions = page.getByTestId('floor-exception');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/floor`);
    await this.heading.waitFor();
  }

  wave(number: string): Locator {
    return this.page.locator(`[data-testid="floor-wave"][data-wave="${number}"]`);
  }

  pickRate(person: string): Locator {
    return this.page.locator(`[data-testid="floor-pick-rate"][data-person="${person}"]`);
  }

  exceptionsOfKind(kind: 'short' | 'scan' | 'refused'): Locator {
    return this.page.locator(`[data-testid="floor-exception"][data-kind="${kind}"]`);
  }
}
