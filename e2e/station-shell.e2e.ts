import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { SettingsPage } from './pages/settings-page';
import { launchChromium, saveScreenshot } from './support/chromium';
import type { Browser } from './support/chromium';
import { startStationProcess } from './support/station-process';
import type { StationProcess } from './support/station-process';

/** Sends raw messages over the page's own WebSocket, the way a buggy or hostile client would. */
async function rawSocketExchange(page: Page, messages: string[]): Promise<unknown[]> {
  const wsUrl = new URL('/ws', page.url()).href.replace(/^http/, 'ws');
  return page.evaluate(
    async ({ toSend, url }) => {
      const socket = new WebSocket(url);
      await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
      const replies: unknown[] = [];
      const done = new Promise<void>((resolve) => {
        socket.addEventListener('message', (event) => {
          replies.push(JSON.parse(String(event.data)));
          if (replies.length === toSend.length) resolve();
        });
      });
      for (const message of toSend) socket.send(message);
      await done;
      socket.close();
      return replies;
    },
    { toSend: messages, url: wsUrl },
  );
}

describe('station shell in Chromium against npm run serve', () => {
  const temp = makeTempDir('wharf-e2e-');
  let station: StationProcess;
  let browser: Browser;
  let settings: SettingsPage;
  const pageErrors: string[] = [];
  /** While the test stops the station on purpose, the page's reconnect attempts are expected. */
  let stationDeliberatelyDown = false;

  beforeAll(async () => {
    station = await startStationProcess(temp.dir);
    browser = await launchChromium();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    browser.page.on('console', (message) => {
      const expected =
        stationDeliberatelyDown && /WebSocket connection .* failed/.test(message.text());
      if (message.type() === 'error' && !expected) pageErrors.push(message.text());
    });
    settings = new SettingsPage(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
    await station?.stop();
    temp.remove();
  });

  it('loads on the Settings screen with a truthful status bar', async () => {
    await browser.page.goto(station.url);
    await settings.heading.waitFor();
    expect(browser.page.url()).toMatch(/#\/settings$/);
    await expect.poll(() => settings.statusStationName.textContent()).toMatch(/Station /);
    expect(await settings.statusHeadOffice.textContent()).toMatch(/not configured/i);
    // Sign-in, uploads and printers do not exist yet, so the bar must not claim anything about them.
    expect(await settings.statusBar.textContent()).not.toMatch(/signed in|upload|printer/i);
    await settings.diagnostics.getByText('wal').first().waitFor();
    await saveScreenshot(browser.page, 'settings-light');
  });

  it('lists only working screens in the navigation and recovers from an unknown route', async () => {
    const nav = browser.page.getByRole('navigation');
    const links = await nav.getByRole('link').allTextContents();
    expect(links.map((l) => l.trim())).toEqual([
      'Pick',
      'Pack',
      'Ship',
      'Floor',
      'Inventory',
      'Sync',
      'Settings',
    ]);
    await browser.page.goto(`${station.url}/#/no-such-screen`);
    await browser.page
      .getByText(/not found/i)
      .first()
      .waitFor();
    await saveScreenshot(browser.page, 'not-found');
    await nav.getByRole('link', { name: 'Settings' }).click();
    await settings.heading.waitFor();
  });

  it('saves a station name through the contract and shows it everywhere at once', async () => {
    await settings.rename('Pack station 3');
    await expect.poll(() => settings.statusStationName.textContent()).toContain('Pack station 3');
    await settings.activity
      .getByText(/Pack station 3/)
      .first()
      .waitFor();
  });

  it('refuses an invalid name in the form and keeps the saved one', async () => {
    await settings.stationName.fill('Bad <name>');
    await browser.page
      .getByText(/Use letters, digits/)
      .first()
      .waitFor();
    await browser.page.reload();
    await settings.heading.waitFor();
    expect(await settings.stationName.inputValue()).toBe('Pack station 3');
  });

  it('rejects malformed calls with a structured error and changes nothing', async () => {
    const replies = await rawSocketExchange(browser.page, [
      'this is not json',
      JSON.stringify({
        kind: 'invoke',
        id: 'bad-1',
        method: 'settings.update',
        input: { stationName: '' },
      }),
      JSON.stringify({ kind: 'invoke', id: 'bad-2', method: 'orders.dropAll', input: {} }),
    ]);
    expect(replies).toEqual([
      {
        kind: 'protocol-error',
        error: { code: 'BAD_REQUEST', message: 'The message is not valid JSON' },
      },
      {
        kind: 'result',
        id: 'bad-1',
        result: {
          ok: false,
          error: {
            code: 'BAD_REQUEST',
            message: 'The request to settings.update is not valid',
            details: {
              method: 'settings.update',
              issues: [{ path: 'stationName', message: 'Give the station a name' }],
            },
          },
        },
      },
      {
        kind: 'result',
        id: 'bad-2',
        result: {
          ok: false,
          error: {
            code: 'UNKNOWN_METHOD',
            message: 'There is no station method called "orders.dropAll"',
            details: { method: 'orders.dropAll' },
          },
        },
      },
    ]);
    await browser.page.reload();
    await settings.heading.waitFor();
    expect(await settings.stationName.inputValue()).toBe('Pack station 3');
  });

  it('switches to the dark theme and keeps it across a reload and a station restart', async () => {
    await settings.chooseTheme('Dark');
    await expect.poll(() => settings.colorScheme()).toBe('dark');
    await saveScreenshot(browser.page, 'settings-dark');
    await browser.page.reload();
    await settings.heading.waitFor();
    await expect.poll(() => settings.colorScheme()).toBe('dark');

    stationDeliberatelyDown = true;
    expect(await station.stop()).toBe(0);
    await browser.page
      .getByTestId('status-station-link')
      .getByText(/unreachable/i)
      .waitFor();
    await saveScreenshot(browser.page, 'station-backend-unreachable');
    station = await startStationProcess(temp.dir);
    await settings.open(station.url);
    await expect.poll(() => settings.colorScheme()).toBe('dark');
    expect(await settings.stationName.inputValue()).toBe('Pack station 3');
    stationDeliberatelyDown = false;
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
