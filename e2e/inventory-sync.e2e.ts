import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EnrolmentCodeAnswerSchema } from '../shared/api/station-enrolment';
import { makeTempDir } from '../electron/station/testing/temp-station';
import type { CentralDb } from '../server/db/connect';
import { freePort } from '../server/db/embedded-database';
import { startMigratedCentral } from './support/central-database';
import type { EmbeddedDatabase } from '../server/db/embedded-database';
import { addProduct, addStock, addToken, addWarehouse } from '../server/testing/fixtures';
import { EnrolmentSection } from './pages/enrolment-section';
import { InventoryPage } from './pages/inventory-page';
import { SignInPanel } from './pages/sign-in-panel';
import { SyncPage } from './pages/sync-page';
import { launchChromium } from './support/chromium';
import type { Browser } from './support/chromium';
import { startHeadOfficeProcess } from './support/head-office-process';
import type { HeadOfficeProcess } from './support/head-office-process';
import { startStationProcess } from './support/station-process';
import type { StationProcess } from './support/station-process';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
const BARCODE = '05012345678900';
const BADGE = 'BADGE-0042';

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function post(url: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/**
 * The sync spine as a clerk lives it, in Chromium against `npm run serve` and the real head
 * office process: enrol, sign in by badge, scan a product, count it while the head office is
 * down, watch the change wait, bring the head office back and watch it confirmed.
 */
describe('inventory and sync in Chromium, online and offline', () => {
  const pgTemp = makeTempDir('wharf-e2e-inv-pg-');
  const hoTemp = makeTempDir('wharf-e2e-inv-ho-');
  const stationTemp = makeTempDir('wharf-e2e-inv-station-');
  let embedded: EmbeddedDatabase;
  let central: CentralDb;
  let headOffice: HeadOfficeProcess | undefined;
  let headOfficePort: number;
  let station: StationProcess;
  let browser: Browser;
  let inventory: InventoryPage;
  let sync: SyncPage;
  let north: { id: string; code: string; binId: string };
  let productId: string;
  let managerToken: string;
  const pageErrors: string[] = [];

  const startHeadOffice = async () => {
    headOffice = await startHeadOfficeProcess({
      databaseUrl: embedded.url,
      port: headOfficePort,
      dataDir: hoTemp.dir,
    });
    return headOffice.url;
  };
  const centralOnHand = async () => {
    const level = await central.db
      .selectFrom('bin_stock')
      .select('on_hand')
      .where('bin_id', '=', north.binId)
      .where('product_id', '=', productId)
      .executeTakeFirst();
    return level?.on_hand;
  };

  beforeAll(async () => {
    ({ embedded, central } = await startMigratedCentral(pgTemp.dir, 4));
    north = await addWarehouse(central.db, 'NORTH', { country: 'GB', lat: 55, lon: -2 });
    productId = await addProduct(central.db, 'MUG-BLUE');
    await central.db
      .insertInto('product_barcodes')
      .values({ barcode: BARCODE, product_id: productId, pack_quantity: 1 })
      .execute();
    await addStock(central.db, north, productId, 12);
    managerToken = await addToken(central.db, 'manager');

    headOfficePort = await freePort();
    const url = await startHeadOffice();
    await post(`${url}/v1/people`, managerToken, {
      name: 'Ada Lovelace',
      role: 'picker',
      badge: BADGE,
      pin: '4821',
    });
    await post(`${url}/v1/people`, managerToken, {
      name: 'Sam Packer',
      role: 'packer',
      badge: 'PACK-0002',
    });

    station = await startStationProcess(stationTemp.dir);
    browser = await launchChromium();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    inventory = new InventoryPage(browser.page);
    sync = new SyncPage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await station?.stop();
    await headOffice?.stop();
    await central?.close();
    await embedded?.stop();
    for (const temp of [stationTemp, hoTemp, pgTemp]) temp.remove();
  });

  it('says the station is not enrolled and points to Settings', async () => {
    await inventory.open(station.url);
    await inventory.notEnrolled.waitFor();
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
    await screenshot(browser.page, 'inventory-not-enrolled');
    await inventory.notEnrolled.getByRole('link', { name: 'Settings' }).click();
    await browser.page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
  });

  it('refuses a wrong enrolment code inline, then enrols with a real one', async () => {
    if (!headOffice) throw new Error('no head office');
    const enrolment = new EnrolmentSection(browser.page);
    await enrolment.enrolWith(headOffice.url, 'abcd');
    await enrolment.section.getByText('An enrolment code looks like ABCD-EFGH-JKLM').waitFor();

    // Well formed, but never issued: the head office's own refusal shows, in words.
    await enrolment.code.fill('ABCD-EFGH-JKLM');
    await enrolment.enrol.click();
    const refusal = enrolment.section.getByRole('alert');
    await refusal.getByText('The station was not enrolled').waitFor();
    expect(await refusal.textContent()).not.toMatch(/at .*\.ts|Error:|undefined/);
    await screenshot(browser.page, 'settings-enrolment-refused');

    const answer = EnrolmentCodeAnswerSchema.parse(
      await post(`${headOffice.url}/v1/stations/enrolment-codes`, managerToken, {
        warehouse: 'NORTH',
      }),
    );
    await enrolment.code.fill(answer.code);
    await enrolment.enrol.click();
    await enrolment.fact('Warehouse').getByText('Warehouse NORTH (NORTH)').waitFor();
    await screenshot(browser.page, 'settings-enrolled');
  });

  it('shows every shape live on the Sync screen', async () => {
    await sync.open(station.url);
    await expect
      .poll(() => sync.shapeStates(), { timeout: 30_000 })
      .toSatisfy(
        (states: (string | null)[]) => states.length > 0 && states.every((s) => s === 'live'),
      );
    expect(await sync.connectionState.textContent()).toMatch(/online/);
    await screenshot(browser.page, 'sync-live');
  });

  it('finds a product by scanning its barcode, with focus in the scan box on arrival', async () => {
    await inventory.open(station.url);
    await expect.poll(() => inventory.searchHasFocus()).toBe(true);
    await inventory.summary.getByText('1 place.').waitFor();
    await inventory.scan(BARCODE);
    await inventory.summary.getByText(`1 place for barcode ${BARCODE}.`).waitFor();
    expect(await inventory.onHand('MUG-BLUE', 'A-01-01').textContent()).toBe('12');
    // The scan found exactly one place, so its count form opened, asking who is counting.
    await inventory.adjustPanel.waitFor();
    await screenshot(browser.page, 'inventory-sign-in');
  });

  it('refuses an unknown badge with the station’s message, then signs in by badge', async () => {
    const signIn = new SignInPanel(browser.page);
    await signIn.scanBadge('NOT-A-BADGE');
    const refusal = signIn.panel.locator('.mantine-TextInput-error');
    await refusal.waitFor();
    expect((await refusal.textContent())?.length).toBeGreaterThan(5);
    expect(await refusal.textContent()).not.toMatch(/at .*\.ts|Error:/);

    await signIn.scanBadge(BADGE);
    await browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
    await inventory.countedQuantity.waitFor();
    await screenshot(browser.page, 'inventory-count-form');
  });

  it('counts while the head office is down: shown at once, pending, and waiting to upload', async () => {
    await headOffice?.stop();
    await sync.open(station.url);
    await sync.connectionState.getByText(/offline/).waitFor({ timeout: 30_000 });

    await inventory.open(station.url);
    await inventory.scan(BARCODE);
    await inventory.countedQuantity.waitFor();
    await inventory.count(10);
    await inventory.saved.waitFor();
    expect(await inventory.onHand('MUG-BLUE', 'A-01-01').textContent()).toBe('10');
    expect(await inventory.pendingMarker('MUG-BLUE', 'A-01-01').textContent()).toBe(
      'Pending \u22122, waiting for head office',
    );
    // Back to scanning: the scan box has focus again for the next product.
    await expect.poll(() => inventory.searchHasFocus()).toBe(true);
    await screenshot(browser.page, 'inventory-pending');

    await sync.open(station.url);
    await expect.poll(() => sync.stageOf(/MUG-BLUE|−2|-2/)).toBe('waiting');
    expect(await sync.outboxEntries.first().textContent()).toContain('Ada Lovelace');
    // The counts are read by their own query, refreshed by the same push: wait for it too.
    await expect.poll(() => sync.outboxCounts.textContent()).toMatch(/1 waiting to upload/);
    expect(await centralOnHand()).toBe(12);
    await screenshot(browser.page, 'sync-waiting');
  });

  it('uploads when the head office is back, and the change is confirmed', async () => {
    await startHeadOffice();
    await sync.retryNow.click();
    await expect.poll(() => sync.stageOf(/MUG-BLUE|−2|-2/), { timeout: 45_000 }).toBe('confirmed');
    expect(await centralOnHand()).toBe(10);
    await sync.outboxCounts.getByText('Every change is uploaded and confirmed').waitFor();
    // Downloads come back too (their retry may lag the upload), and the screen follows live.
    await expect
      .poll(() => sync.shapeStates(), { timeout: 60_000 })
      .toSatisfy((states: (string | null)[]) => states.every((s) => s === 'live'));
    await sync.connectionState.getByText(/online/).waitFor({ timeout: 30_000 });
    await screenshot(browser.page, 'sync-confirmed');

    await inventory.open(station.url);
    await inventory.summary.getByText('1 place.').waitFor();
    expect(await inventory.onHand('MUG-BLUE', 'A-01-01').textContent()).toBe('10');
    expect(await inventory.pendingMarker('MUG-BLUE', 'A-01-01').count()).toBe(0);
    await screenshot(browser.page, 'inventory-confirmed');
  }, 120_000);

  it('signs out from the status bar, and the count form asks to sign in again', async () => {
    await browser.page.getByRole('button', { name: 'Sign out' }).click();
    await browser.page.getByTestId('status-signed-in').getByText('Nobody is signed in').waitFor();
    await inventory.search.focus();
    await inventory.scan(BARCODE);
    await inventory.adjustPanel.getByTestId('sign-in-panel').waitFor();
  });

  it('signs in with a PIN for someone without their badge, refusing a wrong PIN first', async () => {
    const signIn = new SignInPanel(browser.page);
    await signIn.signInWithPin('Ada Lovelace', '0000');
    const refusal = signIn.panel.locator('.mantine-PasswordInput-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).not.toMatch(/at .*\.ts|Error:/);
    await screenshot(browser.page, 'sign-in-pin-refused');

    await signIn.panel.getByLabel('PIN').fill('4821');
    await signIn.panel.getByRole('button', { name: 'Sign in with PIN' }).click();
    await inventory.countedQuantity.waitFor();
    await browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
  });

  it('tells a packer why they cannot count stock, before they fill anything in', async () => {
    await browser.page.getByRole('button', { name: 'Sign out' }).click();
    await inventory.search.focus();
    await inventory.scan(BARCODE);
    await new SignInPanel(browser.page).scanBadge('PACK-0002');
    const refusal = inventory.adjustPanel.getByTestId('role-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'Sam Packer is signed in as packer; a stock count needs an administrator, manager or picker.',
    );
    expect(await inventory.countedQuantity.count()).toBe(0);
    await screenshot(browser.page, 'inventory-role-refused');
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
