import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { ScannersSection } from './pages/scanners-section';
import { SettingsPage } from './pages/settings-page';
import { launchChromium } from './support/chromium';
import type { Browser } from './support/chromium';
import { writeBarcodeVideo } from './support/fake-camera-video';
import { startStationProcess } from './support/station-process';
import type { StationProcess } from './support/station-process';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
const CODE = 'TOTE-CAM-1';
const NO_CAMERA = 'This device has no camera Wharf can use. Use a hand scanner or type the code.';

/** Chromium's stand-in camera: grants access without asking and plays `video` as the picture. */
function fakeCameraFlags(video: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ];
}

/**
 * Issue 5: a station without a hand scanner scans with its camera. In Chromium against
 * `npm run serve`, a fake camera shows a QR code; Settings → "Test a scan" must show what it
 * read, from the camera, as it would a wedge scan. An unenrolled station is enough for Settings.
 */
describe('scanning with the camera in Chromium', () => {
  const temp = makeTempDir('wharf-e2e-camera-');
  const video = join(temp.dir, 'tote-cam-1.y4m');
  let station: StationProcess;

  beforeAll(async () => {
    writeBarcodeVideo(video, CODE);
    station = await startStationProcess(join(temp.dir, 'station'));
  });

  afterAll(async () => {
    await station?.stop();
    temp.remove();
  });

  /** Opens Settings with "Test a scan" on, collecting uncaught page errors. */
  async function settingsWithTestOn(browser: Browser, pageErrors: string[]) {
    browser.page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    await new SettingsPage(browser.page).open(station.url);
    const scanners = new ScannersSection(browser.page);
    await scanners.setTesting(true);
    await expect.poll(() => scanners.testToggle.isChecked()).toBe(true);
    return scanners;
  }

  it('reads the QR code the camera sees into the scan test, with source Camera', async () => {
    const browser = await launchChromium(fakeCameraFlags(video));
    const pageErrors: string[] = [];
    try {
      const scanners = await settingsWithTestOn(browser, pageErrors);
      await browser.page.getByRole('button', { name: 'Scan with camera' }).click();
      await scanners.dialog.getByTestId('camera-preview').waitFor();

      // Decoding a few frames takes a moment on two cores; then the dialog closes by itself.
      await scanners.testContent.waitFor({ timeout: 20_000 });
      expect(await scanners.testContent.textContent()).toBe(CODE);
      expect(await scanners.testFact('Source').textContent()).toContain('Camera');
      expect(await scanners.testFact('Device').textContent()).toContain('camera');
      await expect.poll(() => scanners.dialog.count()).toBe(0);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await browser.page.screenshot({ path: join(SCREENSHOTS, 'camera-scan.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('says there is no camera, in words, where the machine has none', async () => {
    // Access granted without asking, but no fake device: getUserMedia finds no camera at all.
    const browser = await launchChromium(['--use-fake-ui-for-media-stream']);
    const pageErrors: string[] = [];
    try {
      const scanners = await settingsWithTestOn(browser, pageErrors);
      await browser.page.getByRole('button', { name: 'Scan with camera' }).click();
      const alert = scanners.dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(NO_CAMERA);
      expect(await scanners.dialog.textContent()).not.toMatch(/Error|at \w+ \(/);
      expect(await scanners.testContent.count()).toBe(0);
      await scanners.dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => scanners.dialog.count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
