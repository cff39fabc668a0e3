import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolmentCodeAnswerSchema } from '../shared/api/station-enrolment';
import { PickStateSchema } from '../shared/contract';
import { makeTempDir } from '../electron/station/testing/temp-station';
import type { CentralDb } from '../server/db/connect';
import { freePort } from '../server/db/embedded-database';
import type { EmbeddedDatabase } from '../server/db/embedded-database';
import { assertLedgerConsistent } from '../server/db/ledger-check';
import { EnrolmentSection } from './pages/enrolment-section';
import { FloorPage } from './pages/floor-page';
import { InventoryPage } from './pages/inventory-page';
import { PackPage } from './pages/pack-page';
import { PickPage } from './pages/pick-page';
import { SignInPanel } from './pages/sign-in-panel';
import { SyncPage } from './pages/sync-page';
import { startMigratedCentral } from './support/central-database';
import { launchChromium } from './support/chromium';
import type { Browser } from './support/chromium';
import { buildFloorCatalogue, postJson, releasedOrder } from './support/floor-site';
import type { FloorCatalogue } from './support/floor-site';
import { startHeadOfficeProcess } from './support/head-office-process';
import type { HeadOfficeProcess } from './support/head-office-process';
import { startStationProcess } from './support/station-process';
import type { StationProcess } from './support/station-process';
import { connectStation } from './support/station-ws-client';
import { wedgeScanner } from './support/wedge-scanner';
import type { StationWsClient } from './support/station-ws-client';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
const BADGE = 'BADGE-PICK-1';
const MANAGER_BADGE = 'BADGE-MGR-1';
const HAVE_SOCAT = spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * The floor as pickers and packers live it, in Chromium against `npm run serve` and the real
 * head office: a batch pick and pack of three orders with the head office stopped, synced when
 * it comes back; 50 scans back to back; typing that is not a scan; a serial scanner on a pty.
 */
describe('picking and packing in Chromium, offline then synced', () => {
  const pgTemp = makeTempDir('wharf-e2e-floor-pg-');
  const hoTemp = makeTempDir('wharf-e2e-floor-ho-');
  const stationTemp = makeTempDir('wharf-e2e-floor-station-');
  let embedded: EmbeddedDatabase;
  let central: CentralDb;
  let headOffice: HeadOfficeProcess | undefined;
  let headOfficePort: number;
  let station: StationProcess;
  let client: StationWsClient;
  let browser: Browser;
  let pick: PickPage;
  let pack: PackPage;
  let catalogue: FloorCatalogue;
  const orders: Record<
    string,
    { orderNumber: string; fulfilmentId: string; fulfilmentNumber: string }
  > = {};
  const pageErrors: string[] = [];
  let socat: ChildProcess | null = null;

  const startHeadOffice = async () => {
    headOffice = await startHeadOfficeProcess({
      databaseUrl: embedded.url,
      port: headOfficePort,
      dataDir: hoTemp.dir,
    });
    return headOffice.url;
  };
  const skuOnScreen = async () => (await pick.sku.textContent())?.trim() ?? '';
  const barcodeOf = (sku: string) => {
    const code = catalogue.barcodes[sku];
    if (!code) throw new Error(`no barcode for ${sku}`);
    return code;
  };
  const waveState = async (waveId: string) =>
    PickStateSchema.parse(await client.call('pick.state', { waveId }));

  /**
   * Walks a pick list scan by scan until it is done: each stop as the station states it, checked
   * against what the screen shows before the picker scans.
   */
  async function walk(waveId: string): Promise<number> {
    let scans = 0;
    for (let guard = 0; guard < 60; guard += 1) {
      const before = await waveState(waveId);
      if (before.done) return scans;
      const stop = before.current;
      if (!stop?.bin) throw new Error('a stop without a bin');
      await expect.poll(() => pick.bin.textContent()).toBe(stop.bin.code);
      await expect.poll(() => skuOnScreen()).toBe(stop.product.sku);
      await expect.poll(() => pick.expecting()).toBe(before.expecting);
      if (before.expecting === 'bin') {
        await pick.scan(stop.bin.code);
        await expect.poll(async () => (await waveState(waveId)).expecting).not.toBe('bin');
      } else if (before.expecting === 'item') {
        await pick.scan(barcodeOf(stop.product.sku));
        await expect
          .poll(async () => (await waveState(waveId)).progress.unitsPicked)
          .toBe(before.progress.unitsPicked + 1);
      } else {
        throw new Error(`the pick screen waits for "${before.expecting}"`);
      }
      scans += 1;
    }
    throw new Error('the pick list never finished');
  }

  beforeAll(async () => {
    ({ embedded, central } = await startMigratedCentral(pgTemp.dir, 4));
    catalogue = await buildFloorCatalogue(central.db);
    headOfficePort = await freePort();
    const url = await startHeadOffice();
    await postJson(`${url}/v1/people`, catalogue.manager, {
      name: 'Ada Lovelace',
      role: 'picker',
      badge: BADGE,
    });
    await postJson(`${url}/v1/people`, catalogue.manager, {
      name: 'Mo Manager',
      role: 'manager',
      badge: MANAGER_BADGE,
    });
    orders.one = await releasedOrder(central.db, url, catalogue, 'floor-1', [
      { sku: 'MUG-1', quantity: 2 },
      { sku: 'PEN-1', quantity: 1 },
    ]);
    orders.two = await releasedOrder(central.db, url, catalogue, 'floor-2', [
      { sku: 'PEN-1', quantity: 2 },
    ]);
    orders.three = await releasedOrder(central.db, url, catalogue, 'floor-3', [
      { sku: 'TEA-1', quantity: 1 },
      { sku: 'MUG-1', quantity: 1 },
    ]);
    orders.restart = await releasedOrder(central.db, url, catalogue, 'floor-restart', [
      { sku: 'MUG-1', quantity: 2 },
    ]);
    orders.short = await releasedOrder(central.db, url, catalogue, 'floor-short', [
      { sku: 'TEA-1', quantity: 2 },
    ]);
    orders.fifty = await releasedOrder(central.db, url, catalogue, 'floor-50', [
      { sku: 'PEN-1', quantity: 50 },
    ]);

    station = await startStationProcess(stationTemp.dir);
    client = await connectStation(station.url);
    browser = await launchChromium();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    pick = new PickPage(browser.page);
    pack = new PackPage(browser.page);
  });

  afterAll(async () => {
    socat?.kill('SIGKILL');
    client?.close();
    await browser?.close();
    await station?.stop();
    await headOffice?.stop();
    await central?.close();
    await embedded?.stop();
    for (const temp of [stationTemp, hoTemp, pgTemp]) temp.remove();
  });

  it('enrols, syncs the released orders and signs the picker in by badge scan', async () => {
    if (!headOffice) throw new Error('no head office');
    const answer = EnrolmentCodeAnswerSchema.parse(
      await postJson(`${headOffice.url}/v1/stations/enrolment-codes`, catalogue.manager, {
        warehouse: 'EAST',
      }),
    );
    await browser.page.goto(`${station.url}/#/settings`);
    await new EnrolmentSection(browser.page).enrolWith(headOffice.url, answer.code);
    const sync = new SyncPage(browser.page);
    await sync.open(station.url);
    await expect
      .poll(() => sync.shapeStates(), { timeout: 60_000 })
      .toSatisfy(
        (states: (string | null)[]) => states.length >= 14 && states.every((s) => s === 'live'),
      );

    await pick.open(station.url);
    await new SignInPanel(browser.page).scanBadge(BADGE);
    await browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
    await expect.poll(() => pick.candidates.count(), { timeout: 30_000 }).toBe(6);
    await screenshot(browser.page, 'pick-released-orders');
  }, 120_000);

  it('picks a batch of three orders onto one cart with the head office stopped', async () => {
    await headOffice?.stop();
    await pick.chooseKind('Batch');
    for (const key of ['one', 'two', 'three']) await pick.tick(orders[key]?.orderNumber ?? '');
    await pick.scan('CART-1');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('CART-1');
    await screenshot(browser.page, 'pick-start-batch');
    await pick.press('F9');
    await pick.waveView.waitFor();
    const waveId = pick.waveIdFromUrl();
    if (!waveId) throw new Error('no wave in the address');

    // The walk starts at the first bin; a wrong bin is refused with the reason, in red.
    expect(await pick.bin.textContent()).toBe('A-01-01');
    await pick.scan('B-01-01');
    await expect.poll(() => pick.verdict()).toBe('wrong');
    expect(await pick.feedback.textContent()).toContain('Wrong bin');
    await screenshot(browser.page, 'pick-wrong-bin');

    const scans = await walk(waveId);
    expect(scans).toBeGreaterThanOrEqual(10);
    await expect.poll(() => pick.verdict()).toBe('done');
    const state = await waveState(waveId);
    expect(state.progress).toEqual({ unitsNeeded: 7, unitsPicked: 7, unitsShort: 0 });
    expect(state.wave.pending).toBe(true);
    await screenshot(browser.page, 'pick-done-offline');
  }, 120_000);

  it('packs each order from the cart, verified by scan, still offline', async () => {
    await pack.open(station.url);
    await pack.scan('CART-1');
    await expect.poll(() => pack.choices.count()).toBe(3);
    await screenshot(browser.page, 'pack-cart-choices');

    const contents: Record<string, string[]> = {
      one: ['MUG-1', 'MUG-1', 'PEN-1'],
      two: ['PEN-1', 'PEN-1'],
      three: ['TEA-1', 'MUG-1'],
    };
    for (const [key, items] of Object.entries(contents)) {
      const order = orders[key];
      if (!order) throw new Error(`no order ${key}`);
      await pack.open(station.url);
      await pack.scan(order.fulfilmentNumber);
      await pack.bench.waitFor();
      await expect.poll(() => pack.orderNumber.textContent()).toContain(order.fulfilmentNumber);
      if (key === 'one') {
        // An item of another order is called out, and nothing is counted.
        await pack.scan(barcodeOf('TEA-1'));
        await expect.poll(() => pack.verdict()).toBe('wrong');
        await screenshot(browser.page, 'pack-wrong-item');
      }
      for (const [i, sku] of items.entries()) {
        await pack.scan(barcodeOf(sku));
        await expect
          .poll(() => pack.parcelUnits.textContent())
          .toContain(String(key === 'two' && i === 1 ? 1 : i + 1));
        if (key === 'two' && i === 0) {
          // Two parcels for this order: close the first after one unit.
          await pack.closeParcel({ weightGrams: 120 });
          await expect.poll(() => pack.parcels.count()).toBe(1);
        }
      }
      if (key === 'three') await screenshot(browser.page, 'pack-bench-verified');
      await pack.closeParcel({ last: true });
      await expect.poll(() => pack.verdict()).toBe('done');
    }
    await screenshot(browser.page, 'pack-order-packed');

    await pack.openFulfilment(station.url, orders.three?.fulfilmentId ?? '');
    await pack.press('F6');
    await pack.slipPreview.waitFor();
    await screenshot(browser.page, 'pack-slip-preview');
    await browser.page.keyboard.press('Escape');
  }, 180_000);

  it('uploads everything when the head office is back: orders packed, ledger exact', async () => {
    await startHeadOffice();
    await client.call('outbox.retryNow', {});
    await expect
      .poll(
        async () =>
          (
            await central.db
              .selectFrom('fulfilments')
              .select('status')
              .where(
                'id',
                'in',
                ['one', 'two', 'three'].map((k) => orders[k]?.fulfilmentId ?? ''),
              )
              .execute()
          ).map((r) => r.status),
        { timeout: 90_000 },
      )
      .toEqual(['packed', 'packed', 'packed']);
    const picks = await central.db
      .selectFrom('picks')
      .select(({ fn }) => fn.sum<string>('quantity').as('units'))
      .executeTakeFirstOrThrow();
    expect(Number(picks.units)).toBe(7);
    const parcels = await central.db
      .selectFrom('parcels')
      .select('number')
      .orderBy('number')
      .execute();
    expect(parcels).toHaveLength(4);
    const rejected = await central.db
      .selectFrom('station_mutations')
      .select('reject_message')
      .where('status', '=', 'rejected')
      .execute();
    expect(rejected).toEqual([]);
    await assertLedgerConsistent(central.db);
    const sync = new SyncPage(browser.page);
    await sync.open(station.url);
    await sync.outboxCounts
      .getByText('Every change is uploaded and confirmed')
      .waitFor({ timeout: 60_000 });
    await screenshot(browser.page, 'sync-floor-confirmed');
  }, 150_000);

  it('counts 50 scans fired back to back, none landing in the focused weight field', async () => {
    await pick.open(station.url);
    await pick.chooseKind('Single order');
    await pick.tick(orders.fifty?.orderNumber ?? '');
    await pick.scan('TOTE-50');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('TOTE-50');
    await pick.press('F9');
    await pick.waveView.waitFor();
    const waveId = pick.waveIdFromUrl() ?? '';
    await pick.scan('A-01-01');
    await expect.poll(() => pick.expecting()).toBe('item');
    const scanner = await wedgeScanner(browser.page);
    await scanner.burst(Array<string>(50).fill(barcodeOf('PEN-1')));
    await expect
      .poll(async () => (await waveState(waveId)).progress.unitsPicked, { timeout: 30_000 })
      .toBe(50);
    await expect.poll(() => pick.verdict()).toBe('done');

    await pack.open(station.url);
    await pack.scan('TOTE-50');
    await pack.bench.waitFor();
    await pack.weight.fill('777');
    await pack.weight.focus();
    await scanner.burst(Array<string>(50).fill(barcodeOf('PEN-1')));
    await expect.poll(() => pack.parcelUnits.textContent(), { timeout: 30_000 }).toContain('50');
    expect(await pack.weight.inputValue()).toBe('777');
    await screenshot(browser.page, 'pack-fifty-scans');
  }, 120_000);

  it('records a short pick with its reason and backorders what no bin can give', async () => {
    await pick.open(station.url);
    await pick.chooseKind('Single order');
    await pick.tick(orders.short?.orderNumber ?? '');
    await pick.scan('TOTE-SH');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('TOTE-SH');
    await pick.press('F9');
    await pick.waveView.waitFor();
    await pick.scan('B-01-01');
    await expect.poll(() => pick.expecting()).toBe('item');
    await pick.scan(barcodeOf('TEA-1'));
    await expect.poll(() => pick.quantity.textContent()).toBe('1');
    // The second tin is dented: F2, the reason, Enter.
    await pick.short('damaged');
    await expect.poll(() => pick.verdict()).toBe('done');
    expect(await pick.feedback.textContent()).toContain('backordered');
    await screenshot(browser.page, 'pick-short-done');
    await expect
      .poll(
        async () =>
          (
            await central.db
              .selectFrom('order_lines as l')
              .innerJoin('orders as o', 'o.id', 'l.order_id')
              .select('l.backordered_qty')
              .where('o.number', '=', orders.short?.orderNumber ?? '')
              .executeTakeFirst()
          )?.backordered_qty,
        { timeout: 30_000 },
      )
      .toBe(1);
    await assertLedgerConsistent(central.db);
  }, 90_000);

  it('shows the manager the floor: pick lists, rates and exceptions; a picker is refused', async () => {
    const floor = new FloorPage(browser.page);
    await floor.open(station.url);
    await floor.roleRefusal.waitFor();
    await screenshot(browser.page, 'floor-refused-for-picker');
    await browser.page.getByRole('button', { name: 'Sign out' }).click();
    await new SignInPanel(browser.page).scanBadge(MANAGER_BADGE);
    await floor.overview.waitFor();
    await expect.poll(() => floor.exceptionsOfKind('short').count()).toBeGreaterThan(0);
    expect(await floor.exceptionsOfKind('short').first().textContent()).toContain('TEA-1');
    // The wrong bin scanned while picking and the wrong item at the bench, from this station.
    const scans = await floor.exceptionsOfKind('scan').allTextContents();
    expect(scans.join('\n')).toContain('Wrong bin');
    expect(scans.join('\n')).toContain('Wrong item');
    await expect.poll(() => floor.pickRate('Ada Lovelace').count()).toBe(1);
    await screenshot(browser.page, 'floor-overview');
    await browser.page.getByRole('button', { name: 'Sign out' }).click();
    await new SignInPanel(browser.page).scanBadge(BADGE);
    await browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
  }, 60_000);

  it('comes back at the same stop after the station is killed mid pick list', async () => {
    await pick.open(station.url);
    await pick.chooseKind('Single order');
    await pick.tick(orders.restart?.orderNumber ?? '');
    await pick.scan('TOTE-RS');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('TOTE-RS');
    await pick.press('F9');
    await pick.waveView.waitFor();
    const waveId = pick.waveIdFromUrl() ?? '';
    await pick.scan('A-01-02');
    await expect.poll(() => pick.expecting()).toBe('item');
    await pick.scan(barcodeOf('MUG-1'));
    await expect.poll(async () => (await waveState(waveId)).progress.unitsPicked).toBe(1);

    // Power cut: the station process dies where it stands, then starts again on its folder.
    client.close();
    await station.kill();
    station = await startStationProcess(stationTemp.dir);
    client = await connectStation(station.url);
    await pick.openWave(station.url, waveId);
    await expect.poll(() => pick.expecting()).toBe('item');
    expect(await pick.bin.textContent()).toBe('A-01-02');
    expect(await pick.quantity.textContent()).toBe('1');
    await browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
    await screenshot(browser.page, 'pick-after-restart');
    await pick.scan(barcodeOf('MUG-1'));
    await expect.poll(() => pick.verdict()).toBe('done');
  }, 90_000);

  it('takes typing at 150 ms a key in a search field as typing, not a scan', async () => {
    const inventory = new InventoryPage(browser.page);
    await inventory.open(station.url);
    await inventory.search.focus();
    await browser.page.keyboard.type('MUG-1', { delay: 150 });
    expect(await inventory.search.inputValue()).toBe('MUG-1');
    await browser.page.keyboard.press('Enter');
    await inventory.summary.getByText(/MUG-1/).waitFor();
    await screenshot(browser.page, 'inventory-typed-search');
  });

  it.skipIf(!HAVE_SOCAT)(
    'reads a serial scanner on a pty into the same screens',
    async () => {
      const dir = makeTempDir('wharf-e2e-pty-');
      const device = join(dir.dir, 'scanner');
      const feed = join(dir.dir, 'feed');
      socat = spawn('socat', [`pty,raw,echo=0,link=${device}`, `pty,raw,echo=0,link=${feed}`], {
        stdio: 'ignore',
      });
      await expect.poll(() => existsSync(device) && existsSync(feed)).toBe(true);
      await client.call('scanners.save', {
        name: 'Bench serial',
        path: device,
        baudRate: 9600,
        terminator: 'CR',
        enabled: true,
      });
      await expect
        .poll(async () => JSON.stringify(await client.call('scanners.list', {})), {
          timeout: 15_000,
        })
        .toContain('"open"');

      await pack.open(station.url);
      writeFileSync(feed, `${orders.one?.fulfilmentNumber ?? ''}\r`);
      await pack.bench.waitFor({ timeout: 15_000 });
      await expect
        .poll(() => pack.orderNumber.textContent())
        .toContain(orders.one?.fulfilmentNumber ?? '');
      await screenshot(browser.page, 'pack-opened-by-serial-scanner');
      dir.remove();
    },
    60_000,
  );

  it('never showed a page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
