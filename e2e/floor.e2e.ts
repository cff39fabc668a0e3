import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertLedgerConsistent } from '../server/db/ledger-check';
import { EnrolmentSection } from './pages/enrolment-section';
import { FloorPage } from './pages/floor-page';
import { PackPage } from './pages/pack-page';
import { PickPage } from './pages/pick-page';
import { SignInPanel } from './pages/sign-in-panel';
import { SyncPage } from './pages/sync-page';
import { MANAGER_BADGE, PICKER_BADGE, startFloorSession } from './support/floor-session';
import type { FloorSession } from './support/floor-session';
import { walkPickList } from './support/pick-walk';
import { screenshot } from './support/screenshot';

/**
 * The floor as pickers and packers live it, in Chromium against `npm run serve` and the real
 * head office: a batch pick and pack of three orders with the head office stopped, synced when
 * it comes back; a short pick; the manager's view; a station killed mid pick list.
 */
describe('picking and packing in Chromium, offline then synced', () => {
  let s: FloorSession;
  let pick: PickPage;
  let pack: PackPage;

  beforeAll(async () => {
    s = await startFloorSession({
      one: [
        { sku: 'MUG-1', quantity: 2 },
        { sku: 'PEN-1', quantity: 1 },
      ],
      two: [{ sku: 'PEN-1', quantity: 2 }],
      three: [
        { sku: 'TEA-1', quantity: 1 },
        { sku: 'MUG-1', quantity: 1 },
      ],
      restart: [{ sku: 'MUG-1', quantity: 2 }],
      short: [{ sku: 'TEA-1', quantity: 2 }],
    });
    pick = new PickPage(s.browser.page);
    pack = new PackPage(s.browser.page);
  }, 180_000);

  afterAll(async () => {
    await s?.close();
  });

  it('enrols, syncs the released orders and signs the picker in by badge scan', async () => {
    const code = await s.enrolmentCode();
    await s.browser.page.goto(`${s.station.url}/#/settings`);
    await new EnrolmentSection(s.browser.page).enrolWith(s.headOfficeUrl(), code);
    const sync = new SyncPage(s.browser.page);
    await sync.open(s.station.url);
    await expect
      .poll(() => sync.shapeStates(), { timeout: 60_000 })
      .toSatisfy(
        (states: (string | null)[]) => states.length >= 14 && states.every((s) => s === 'live'),
      );

    await pick.open(s.station.url);
    await new SignInPanel(s.browser.page).scanBadge(PICKER_BADGE);
    await s.browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
    await expect.poll(() => pick.candidates.count(), { timeout: 30_000 }).toBe(5);
    await screenshot(s.browser.page, 'pick-released-orders');
  }, 120_000);

  it('picks a batch of three orders onto one cart with the head office stopped', async () => {
    await s.stopHeadOffice();
    await pick.chooseKind('Batch');
    for (const key of ['one', 'two', 'three']) await pick.tick(s.order(key).orderNumber);
    await pick.scan('CART-1');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('CART-1');
    await screenshot(s.browser.page, 'pick-start-batch');
    await pick.press('F9');
    await pick.waveView.waitFor();
    const waveId = pick.waveIdFromUrl();
    if (!waveId) throw new Error('no wave in the address');

    // The walk starts at the first bin; a wrong bin is refused with the reason, in red.
    expect(await pick.bin.textContent()).toBe('A-01-01');
    await pick.scan('B-01-01');
    await expect.poll(() => pick.verdict()).toBe('wrong');
    expect(await pick.feedback.textContent()).toContain('Wrong bin');
    await screenshot(s.browser.page, 'pick-wrong-bin');

    const scans = await walkPickList(s, pick, waveId);
    expect(scans).toBeGreaterThanOrEqual(10);
    await expect.poll(() => pick.verdict()).toBe('done');
    const state = await s.waveState(waveId);
    expect(state.progress).toEqual({ unitsNeeded: 7, unitsPicked: 7, unitsShort: 0 });
    expect(state.wave.pending).toBe(true);
    await screenshot(s.browser.page, 'pick-done-offline');
  }, 120_000);

  it('packs each order from the cart, verified by scan, still offline', async () => {
    await pack.open(s.station.url);
    await pack.scan('CART-1');
    await expect.poll(() => pack.choices.count()).toBe(3);
    await screenshot(s.browser.page, 'pack-cart-choices');

    const contents: Record<string, string[]> = {
      one: ['MUG-1', 'MUG-1', 'PEN-1'],
      two: ['PEN-1', 'PEN-1'],
      three: ['TEA-1', 'MUG-1'],
    };
    for (const [key, items] of Object.entries(contents)) {
      const order = s.order(key);
      await pack.open(s.station.url);
      await pack.scan(order.fulfilmentNumber);
      await pack.bench.waitFor();
      await expect.poll(() => pack.orderNumber.textContent()).toContain(order.fulfilmentNumber);
      if (key === 'one') {
        // An item of another order is called out, and nothing is counted.
        await pack.scan(s.barcodeOf('TEA-1'));
        await expect.poll(() => pack.verdict()).toBe('wrong');
        await screenshot(s.browser.page, 'pack-wrong-item');
      }
      for (const [i, sku] of items.entries()) {
        await pack.scan(s.barcodeOf(sku));
        await expect
          .poll(() => pack.parcelUnits.textContent())
          .toContain(String(key === 'two' && i === 1 ? 1 : i + 1));
        if (key === 'two' && i === 0) {
          // Two parcels for this order: close the first after one unit.
          await pack.closeParcel({ weightGrams: 120 });
          await expect.poll(() => pack.parcels.count()).toBe(1);
        }
      }
      if (key === 'three') await screenshot(s.browser.page, 'pack-bench-verified');
      await pack.closeParcel({ last: true });
      await expect.poll(() => pack.verdict()).toBe('done');
    }
    await screenshot(s.browser.page, 'pack-order-packed');

    await pack.openFulfilment(s.station.url, s.order('three').fulfilmentId);
    await pack.press('F6');
    await pack.slipPreview.waitFor();
    await screenshot(s.browser.page, 'pack-slip-preview');
    await s.browser.page.keyboard.press('Escape');
  }, 180_000);

  it('uploads everything when the head office is back: orders packed, ledger exact', async () => {
    await s.startHeadOffice();
    await s.client.call('outbox.retryNow', {});
    await expect
      .poll(
        async () =>
          (
            await s.central.db
              .selectFrom('fulfilments')
              .select('status')
              .where(
                'id',
                'in',
                ['one', 'two', 'three'].map((k) => s.order(k).fulfilmentId),
              )
              .execute()
          ).map((r) => r.status),
        { timeout: 90_000 },
      )
      .toEqual(['packed', 'packed', 'packed']);
    const picks = await s.central.db
      .selectFrom('picks')
      .select(({ fn }) => fn.sum<string>('quantity').as('units'))
      .executeTakeFirstOrThrow();
    expect(Number(picks.units)).toBe(7);
    const parcels = await s.central.db
      .selectFrom('parcels')
      .select('number')
      .orderBy('number')
      .execute();
    expect(parcels).toHaveLength(4);
    const rejected = await s.central.db
      .selectFrom('station_mutations')
      .select('reject_message')
      .where('status', '=', 'rejected')
      .execute();
    expect(rejected).toEqual([]);
    await assertLedgerConsistent(s.central.db);
    const sync = new SyncPage(s.browser.page);
    await sync.open(s.station.url);
    await sync.outboxCounts
      .getByText('Every change is uploaded and confirmed')
      .waitFor({ timeout: 60_000 });
    await screenshot(s.browser.page, 'sync-floor-confirmed');
  }, 150_000);

  it('records a short pick with its reason and backorders what no bin can give', async () => {
    await pick.open(s.station.url);
    await pick.chooseKind('Single order');
    await pick.tick(s.order('short').orderNumber);
    await pick.scan('TOTE-SH');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('TOTE-SH');
    await pick.press('F9');
    await pick.waveView.waitFor();
    await pick.scan('B-01-01');
    await expect.poll(() => pick.expecting()).toBe('item');
    await pick.scan(s.barcodeOf('TEA-1'));
    await expect.poll(() => pick.quantity.textContent()).toBe('1');
    // The second tin is dented: F2, the reason, Enter.
    await pick.short('damaged');
    await expect.poll(() => pick.verdict()).toBe('done');
    expect(await pick.feedback.textContent()).toContain('backordered');
    await screenshot(s.browser.page, 'pick-short-done');
    await expect
      .poll(
        async () =>
          (
            await s.central.db
              .selectFrom('order_lines as l')
              .innerJoin('orders as o', 'o.id', 'l.order_id')
              .select('l.backordered_qty')
              .where('o.number', '=', s.order('short').orderNumber)
              .executeTakeFirst()
          )?.backordered_qty,
        { timeout: 30_000 },
      )
      .toBe(1);
    await assertLedgerConsistent(s.central.db);
  }, 90_000);

  it('shows the manager the floor: pick lists, rates and exceptions; a picker is refused', async () => {
    const floor = new FloorPage(s.browser.page);
    await floor.open(s.station.url);
    await floor.roleRefusal.waitFor();
    await screenshot(s.browser.page, 'floor-refused-for-picker');
    await s.browser.page.getByRole('button', { name: 'Sign out' }).click();
    await new SignInPanel(s.browser.page).scanBadge(MANAGER_BADGE);
    await floor.overview.waitFor();
    await expect.poll(() => floor.exceptionsOfKind('short').count()).toBeGreaterThan(0);
    expect(await floor.exceptionsOfKind('short').first().textContent()).toContain('TEA-1');
    // The wrong bin scanned while picking and the wrong item at the bench, from this station.
    const scans = await floor.exceptionsOfKind('scan').allTextContents();
    expect(scans.join('\n')).toContain('Wrong bin');
    expect(scans.join('\n')).toContain('Wrong item');
    await expect.poll(() => floor.pickRate('Ada Lovelace').count()).toBe(1);
    await screenshot(s.browser.page, 'floor-overview');
    await s.browser.page.getByRole('button', { name: 'Sign out' }).click();
    await new SignInPanel(s.browser.page).scanBadge(PICKER_BADGE);
    await s.browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
  }, 60_000);

  it('comes back at the same stop after the station is killed mid pick list', async () => {
    await pick.open(s.station.url);
    await pick.chooseKind('Single order');
    await pick.tick(s.order('restart').orderNumber);
    await pick.scan('TOTE-RS');
    await expect.poll(() => pick.toteSlots.first().inputValue()).toBe('TOTE-RS');
    await pick.press('F9');
    await pick.waveView.waitFor();
    const waveId = pick.waveIdFromUrl() ?? '';
    await pick.scan('A-01-02');
    await expect.poll(() => pick.expecting()).toBe('item');
    await pick.scan(s.barcodeOf('MUG-1'));
    await expect.poll(async () => (await s.waveState(waveId)).progress.unitsPicked).toBe(1);

    // Power cut: the station process dies where it stands, then starts again on its folder.
    await s.killAndRestartStation();
    await pick.openWave(s.station.url, waveId);
    await expect.poll(() => pick.expecting()).toBe('item');
    expect(await pick.bin.textContent()).toBe('A-01-02');
    expect(await pick.quantity.textContent()).toBe('1');
    await s.browser.page
      .getByTestId('status-signed-in')
      .getByText('Signed in: Ada Lovelace · Picker')
      .waitFor();
    await screenshot(s.browser.page, 'pick-after-restart');
    await pick.scan(s.barcodeOf('MUG-1'));
    await expect.poll(() => pick.verdict()).toBe('done');
  }, 90_000);

  it('never showed a page error', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
