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
// The words camera-errors.ts gives a person; a stack trace or a bare DOMException name fails.
const NO_CAMERA = 'This device has no camera Wharf can use. Use a hand scanner or type the code.';
const REFUSED =
  'Camera access was refused. Allow Wharf to use the camera in the browser or system settings, or use a hand scanner.';

/** Chromium's stand-in camera playing `video`; `grant` answers the permission prompt with yes. */
function fakeCameraFlags(video: string, grant = true): string[] {
  return [
    ...(grant ? ['--use-fake-ui-for-media-stream'] : []),
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

  /** Settings with "Test a scan" on and the camera dialog open; uncaught errors are collected. */
  async function openCameraInScanTest(browser: Browser, pageErrors: string[]) {
    browser.page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    await new SettingsPage(browser.page).open(station.url);
    const scanners = new ScannersSection(browser.page);
    await scanners.setTesting(true);
    const button = scanners.test.getByRole('button', { name: 'Scan with camera' });
    await expect
      .poll(() => button.count(), {
        message: 'a "Scan with camera" button in the scan test',
        timeout: 5_000,
      })
      .toBe(1);
    await button.click();
    await scanners.dialog.getByRole('heading', { name: 'Scan with camera' }).waitFor();
    return scanners;
  }

  /** The dialog says `message` in words, nothing else of the error, and closes. */
  async function expectCameraProblem(scanners: ScannersSection, message: string): Promise<void> {
    const alert = scanners.dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(message);
    expect(await scanners.dialog.getByTestId('camera-preview').count()).toBe(0);
    expect(await scanners.testContent.count()).toBe(0);
    await scanners.dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => scanners.dialog.count()).toBe(0);
  }

  it('reads the QR code the camera sees into the scan test, with source Camera', async () => {
    const browser = await launchChromium(fakeCameraFlags(video));
    const pageErrors: string[] = [];
    try {
      const scanners = await openCameraInScanTest(browser, pageErrors);
      await scanners.dialog.getByTestId('camera-preview').waitFor();

      // Decoding takes a few frames on two cores; then the dialog closes by itself.
      await scanners.testContent.waitFor({ timeout: 20_000 });
      expect(await scanners.testContent.textContent()).toBe(CODE);
      expect(await scanners.testFact('Source').textContent()).toBe('SourceCamera');
      expect(await scanners.testFact('Device').textContent()).toBe('Devicecamera');
      // A plain QR code carries no AIM prefix in its text; the content is not mistaken for one.
      expect(await scanners.testFact('AIM identifier').textContent()).toBe(
        'AIM identifierNone sent',
      );
      expect(await scanners.testFact('Length').textContent()).toBe('Length10 characters');
      await expect.poll(() => scanners.dialog.count()).toBe(0);

      mkdirSync(SCREENSHOTS, { recursive: true });
      await scanners.test.scrollIntoViewIfNeeded();
      await browser.page.screenshot({ path: join(SCREENSHOTS, 'camera-scan.png') });
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
      const scanners = await openCameraInScanTest(browser, pageErrors);
      await expectCameraProblem(scanners, NO_CAMERA);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('says camera access was refused when the browser says no', async () => {
    const browser = await launchChromium(fakeCameraFlags(video, false));
    const pageErrors: string[] = [];
    try {
      const scanners = await openCameraInScanTest(browser, pageErrors);
      await expectCameraProblem(scanners, REFUSED);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
