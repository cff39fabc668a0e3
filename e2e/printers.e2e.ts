import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCapturePrinter } from '../electron/station/devices/printers/testing/capture-printer';
import type { CapturePrinter } from '../electron/station/devices/printers/testing/capture-printer';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { PrintersSection } from './pages/printers-section';
import { SettingsPage } from './pages/settings-page';
import { launchChromium, saveScreenshot } from './support/chromium';
import type { Browser } from './support/chromium';
import { startStationProcess } from './support/station-process';
import type { StationProcess } from './support/station-process';

// The station looks at each printer every 10 s; a little more covers one look and the push.
const STATUS_TIMEOUT = 20_000;

/**
 * Issue 6: a label printer set up in Settings › Printers, in real Chromium against the browser
 * host, printing to a loopback capture server standing in for a Zebra on port 9100.
 */
describe('printers in Chromium', () => {
  const temp = makeTempDir('wharf-e2e-printers-');
  let station: StationProcess;
  let browser: Browser;
  let zebra: CapturePrinter | null = null;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    zebra = await startCapturePrinter();
    station = await startStationProcess(join(temp.dir, 'station'));
    browser = await launchChromium();
    browser.page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await station?.stop();
    await zebra?.close();
    temp.remove();
  });

  it('adds a TCP label printer, test-prints, queues while it is off and prints once when back', async () => {
    const printerAt = zebra;
    if (!printerAt) throw new Error('the capture printer did not start');
    const { page } = browser;
    await new SettingsPage(page).open(station.url);
    const printers = new PrintersSection(page);

    // A bad address is refused under its field, in words, before anything is saved.
    await printers.addPrinter.click();
    await printers.dialog.getByLabel('Printer name').fill('Zebra pack 1');
    await printers.dialog.getByRole('textbox', { name: 'Address' }).fill('127.0.0.1:70000');
    await printers.dialog.getByRole('button', { name: 'Add printer' }).click();
    await printers.dialog
      .getByText('The port must be a number from 1 to 65535 (usually 9100)')
      .waitFor();
    await printers.dialog.getByRole('textbox', { name: 'Address' }).fill(printerAt.address);
    await printers.dialog.getByRole('button', { name: 'Add printer' }).click();
    await expect.poll(() => printers.dialog.count()).toBe(0);

    await expect
      .poll(() => printers.state('Zebra pack 1').textContent(), { timeout: STATUS_TIMEOUT })
      .toBe('Ready');
    await expect.poll(() => printers.statusItem.textContent()).toBe('Label printer ready');

    await printers.testPrint('Zebra pack 1');
    await expect.poll(() => printerAt.jobs.length, { timeout: 10_000 }).toBe(1);
    const label = printerAt.jobs[0]?.toString('utf8') ?? '';
    expect(label.startsWith('^XA')).toBe(true);
    expect(label).toContain('Zebra pack 1');
    expect(label.trimEnd().endsWith('^XZ')).toBe(true);

    // The printer goes off: the bar says so, and a job waits with the printer's words.
    const port = printerAt.port;
    await printerAt.close();
    zebra = null;
    await expect
      .poll(() => printers.statusItem.getAttribute('data-printer-state'), {
        timeout: STATUS_TIMEOUT,
      })
      .toBe('offline');
    await printers.testPrint('Zebra pack 1');
    await expect
      .poll(() => printers.statusItem.textContent(), { timeout: STATUS_TIMEOUT })
      .toBe('Label printer offline · 1 queued');
    await expect.poll(() => printers.jobRows().count()).toBe(1);
    await expect
      .poll(() => printers.jobRows().first().getByTestId('print-job-error').textContent(), {
        timeout: STATUS_TIMEOUT,
      })
      .toMatch(/refused the connection/);
    await saveScreenshot(page, 'printers-offline');

    // Back on the same address: the waiting job prints, once.
    const back = await startCapturePrinter(port);
    zebra = back;
    await expect.poll(() => back.jobs.length, { timeout: STATUS_TIMEOUT }).toBe(1);
    await expect
      .poll(() => printers.statusItem.textContent(), { timeout: STATUS_TIMEOUT })
      .toBe('Label printer ready');
    await expect.poll(() => printers.jobRows().count()).toBe(0);
    expect(back.jobs[0]?.toString('utf8').startsWith('^XA')).toBe(true);
    // Give a duplicate time to show up before saying there is none.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(back.jobs).toHaveLength(1);

    // The status bar item opens Settings › Printers from another screen, by keyboard too.
    await page.goto(`${station.url}/#/`);
    await printers.statusItem.waitFor();
    await page
      .getByRole('button', { name: /^Label printer ready\. Open printer settings$/ })
      .focus();
    await page.keyboard.press('Enter');
    await printers.section.waitFor();
    expect(new URL(page.url()).hash).toBe('#/settings');
    expect(pageErrors).toEqual([]);
  });
});
