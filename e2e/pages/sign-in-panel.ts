import { scannerFor } from '../support/wedge-scanner';
import type { Locator, Page } from 'playwright-core';

/** The panel a screen shows in place of a form while nobody is signed in. */
export class SignInPanel {
  readonly panel: Locator;
  readonly badge: Locator;
  readonly withPin: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('sign-in-panel');
    this.badge = this.panel.getByLabel('Badge');
    this.withPin = this.panel.getByRole('button', { name: 'Sign in with PIN' });
  }

  /** The way a keyboard-wedge scanner does it: keystrokes a few ms apart, then Enter. */
  async scanBadge(badge: string): Promise<void> {
    await this.badge.waitFor();
    await (await scannerFor(this.page)).scan(badge);
  }

  async signInWithPin(name: string, pin: string): Promise<void> {
    await this.withPin.click();
    await this.panel.getByLabel('Your name').fill(name);
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
    await this.panel.getByLabel('PIN').fill(pin);
    await this.panel.getByRole('button', { name: 'Sign in with PIN' }).click();
  }
}
