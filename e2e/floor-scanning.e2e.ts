import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../electron/station/testing/temp-station';
import { InventoryPage } from './pages/inventory-page';
import { PackPage } from './pages/pack-page';
import { PickPage } from './pages/pick-page';
import { startFloorSession } from './support/floor-session';
import type { FloorSession } from './support/floor-session';
import { screenshot } from './support/screenshot';
import { wedgeScanner } from './support/wedge-scanner';

const HAVE_SOCAT = spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;
const NO_SOCAT =
  'The serial scanner test needs socat: apt-get install socat (.ci/run installs it).';

/**
 * No scan ever lost, from any source, on the real screens: 50 wedge scans back to back while
 * picking and again at the bench with a text field focused; typing at a person's speed stays
 * typing; a serial scanner on a pseudo-terminal pair opens an order at the bench.
 */
describe('scanning on the floor screens in Chromium', () => {
  let s: FloorSession;
  let pick: PickPage;
  let pack: PackPage;
  let socat: ChildProcess | null = null;

  beforeAll(async () => {
    s = await startFloorSession({
      fifty: [{ sku: 'PEN-1', quantity: 50 }],
      one: [{ sku: 'MUG-1', quantity: 1 }],
    });
    await s.enrolAndSignIn();
    pick = new PickPage(s.browser.page);
    pack = new PackPage(s.browser.page);
  }, 180_000);

  afterAll(async () => {
    socat?.kill('SIGKILL');
    await s?.close();
  });

  it('counts 50 scans fired back to back, none landing in the focused weight field', async () => {
    await pick.open(s.station.url);
    await pick.chooseKind('Single order');
    await pick.tick(s.order('fifty').orderNumber);
    await pick.scan('TOTE-50');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('TOTE-50');
    await pick.press('F9');
    await pick.waveView.waitFor();
    const waveId = pick.waveIdFromUrl() ?? '';
    await pick.scan('A-01-01');
    await expect.poll(() => pick.expecting()).toBe('item');
    const scanner = await wedgeScanner(s.browser.page);
    await scanner.burst(Array<string>(50).fill(s.barcodeOf('PEN-1')));
    await expect
      .poll(async () => (await s.waveState(waveId)).progress.unitsPicked, { timeout: 30_000 })
      .toBe(50);
    await expect.poll(() => pick.verdict()).toBe('done');

    await pack.open(s.station.url);
    await pack.scan('TOTE-50');
    await pack.bench.waitFor();
    await pack.weight.fill('777');
    await pack.weight.focus();
    await scanner.burst(Array<string>(50).fill(s.barcodeOf('PEN-1')));
    await expect.poll(() => pack.parcelUnits.textContent(), { timeout: 30_000 }).toContain('50');
    expect(await pack.weight.inputValue()).toBe('777');
    await screenshot(s.browser.page, 'pack-fifty-scans');
  }, 120_000);

  it('takes typing at 150 ms a key in a search field as typing, not a scan', async () => {
    const inventory = new InventoryPage(s.browser.page);
    await inventory.open(s.station.url);
    await inventory.search.focus();
    await s.browser.page.keyboard.type('MUG-1', { delay: 150 });
    expect(await inventory.search.inputValue()).toBe('MUG-1');
    await s.browser.page.keyboard.press('Enter');
    await inventory.summary.getByText(/MUG-1/).waitFor();
    await screenshot(s.browser.page, 'inventory-typed-search');
  });

  it('reads a serial scanner on a pty into the same screens', async () => {
    if (!HAVE_SOCAT) throw new Error(NO_SOCAT);
    const dir = makeTempDir('wharf-e2e-pty-');
    const device = join(dir.dir, 'scanner');
    const feed = join(dir.dir, 'feed');
    socat = spawn('socat', [`pty,raw,echo=0,link=${device}`, `pty,raw,echo=0,link=${feed}`], {
      stdio: 'ignore',
    });
    await expect.poll(() => existsSync(device) && existsSync(feed)).toBe(true);
    await s.client.call('scanners.save', {
      name: 'Bench serial',
      path: device,
      baudRate: 9600,
      terminator: 'CR',
      enabled: true,
    });
    await expect
      .poll(async () => JSON.stringify(await s.client.call('scanners.list', {})), {
        timeout: 15_000,
      })
      .toContain('"open"');

    await pack.open(s.station.url);
    writeFileSync(feed, `${s.order('one').fulfilmentNumber}\r`);
    await pack.bench.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => pack.orderNumber.textContent())
      .toContain(s.order('one').fulfilmentNumber);
    await screenshot(s.browser.page, 'pack-opened-by-serial-scanner');
    dir.remove();
  }, 60_000);

  it('never showed a page error', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
