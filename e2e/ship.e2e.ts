import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderDetailAnswerSchema } from '../shared/api/order-detail';
import { ShipOverviewSchema } from '../shared/contract/schemas/ship';
import { PickStateSchema } from '../shared/contract';
import { EXAMPLE_RATE_CARD } from '../shared/domain/shipping/example-rate-card';
import type { RateCard } from '../shared/domain/shipping/rate-card';
import { startCapturePrinter } from '../electron/station/devices/printers/testing/capture-printer';
import type { CapturePrinter } from '../electron/station/devices/printers/testing/capture-printer';
import { assertLedgerConsistent } from '../server/db/ledger-check';
import { seedShippingSetup } from '../server/testing/shipping-fixture';
import { raiseStaleParcelAlerts } from '../server/tracking/stale-parcel-alerts';
import { PackPage } from './pages/pack-page';
import { ShipPage } from './pages/ship-page';
import { MANAGER_BADGE, startFloorSession } from './support/floor-session';
import type { FloorSession } from './support/floor-session';
import { screenshot } from './support/screenshot';

/** The example card's services, priced for the floor site's US customers. */
const US_CARD: RateCard = {
  ...EXAMPLE_RATE_CARD,
  carrierCode: 'ROADRUN',
  carrierName: 'Roadrunner',
  currency: 'USD',
  zones: [{ code: 'US', destinations: [{ country: 'US' }] }],
  bands: EXAMPLE_RATE_CARD.services.flatMap((service, i) => [
    { serviceCode: service.code, zoneCode: 'US', upToGrams: 5_000, priceMinor: 695 + i * 800 },
    { serviceCode: service.code, zoneCode: 'US', upToGrams: 30_000, priceMinor: 1295 + i * 800 },
  ]),
};

const scanEvent = (content: string) => ({
  content,
  aim: null,
  source: 'wedge' as const,
  device: 'e2e',
  at: new Date().toISOString(),
});

/**
 * Shipping as a clerk lives it, in Chromium against `npm run serve` and the real head office:
 * with the head office stopped, orders are packed and shipped with a rate-card carrier, their
 * labels captured by a printer on a loopback socket; back online, the head office has them
 * shipped with their tracking numbers.
 */
describe('shipping in Chromium: labels printed offline, shipped once back online', () => {
  let s: FloorSession;
  let printer: CapturePrinter;
  let ship: ShipPage;
  const labels: string[] = [];

  beforeAll(async () => {
    s = await startFloorSession({
      one: [{ sku: 'MUG-1', quantity: 1 }],
      two: [{ sku: 'PEN-1', quantity: 2 }],
    });
    await seedShippingSetup(s.central.db, {
      carriers: [
        {
          kind: 'rate_card',
          code: 'ROADRUN',
          name: 'Roadrunner',
          rateCard: US_CARD,
          consignmentPrefix: 'RR',
        },
      ],
    });
    printer = await startCapturePrinter();
    ship = new ShipPage(s.browser.page);
  }, 180_000);

  afterAll(async () => {
    await printer?.close();
    await s?.close();
  });

  const overview = async () => ShipOverviewSchema.parse(await s.client.call('ship.overview', {}));

  it('enrols, is given consignment numbers and has a label printer', async () => {
    await s.enrolAndSignIn();
    await s.client.call('session.signOut', {});
    await s.client.call('session.signIn', { method: 'badge', badge: MANAGER_BADGE });
    await s.client.call('printers.save', {
      name: 'Zebra at bench 1',
      kind: 'label',
      driver: 'tcp',
      address: printer.address,
      isDefault: true,
    });
    await expect
      .poll(
        async () => (await overview()).carriers.find((c) => c.code === 'ROADRUN')?.numbersLeft,
        {
          timeout: 90_000,
        },
      )
      .toBeGreaterThanOrEqual(100);
  }, 120_000);

  it('packs two orders with the head office stopped', async () => {
    await s.stopHeadOffice();
    for (const [key, stops] of [
      ['one', ['A-01-02', s.barcodeOf('MUG-1')]],
      ['two', ['A-01-01', s.barcodeOf('PEN-1'), s.barcodeOf('PEN-1')]],
    ] as const) {
      const { waveId } = (await s.client.call('pick.start', {
        kind: 'single',
        fulfilmentIds: [s.order(key).fulfilmentId],
        totes: [`TOTE-${key.toUpperCase()}`],
      })) as { waveId: string };
      for (const code of stops) await s.client.call('pick.scan', { waveId, scan: scanEvent(code) });
      expect(PickStateSchema.parse(await s.client.call('pick.state', { waveId })).done).toBe(true);
    }
    const pack = new PackPage(s.browser.page);
    for (const [key, items] of [
      ['one', ['MUG-1']],
      ['two', ['PEN-1', 'PEN-1']],
    ] as const) {
      await pack.open(s.station.url);
      await pack.scan(s.order(key).fulfilmentNumber);
      await pack.bench.waitFor();
      for (const [i, sku] of items.entries()) {
        await pack.scan(s.barcodeOf(sku));
        if (key === 'two' && i === 0) {
          await expect.poll(() => pack.parcelUnits.textContent()).toContain('1');
          await pack.closeParcel({ weightGrams: 300 });
          await expect.poll(() => pack.parcels.count()).toBe(1);
        }
      }
      // Every unit verified (the bench says so) before the last parcel is closed.
      await expect.poll(() => pack.feedback.textContent()).toContain('All items verified');
      await pack.closeParcel({ last: true });
      await expect.poll(() => pack.status.textContent()).toBe('Packed');
    }
    expect((await overview()).toShip.map((p) => p.number).sort()).toEqual(
      [
        `${s.order('one').fulfilmentNumber}-P1`,
        `${s.order('two').fulfilmentNumber}-P1`,
        `${s.order('two').fulfilmentNumber}-P2`,
      ].sort(),
    );
  }, 120_000);

  it('ships each parcel by scan: rates, the rule chooses, a second scan prints the label', async () => {
    await ship.open(s.station.url);
    await ship.instruction.waitFor();
    const parcels = [
      `${s.order('one').fulfilmentNumber}-P1`,
      `${s.order('two').fulfilmentNumber}-P1`,
      `${s.order('two').fulfilmentNumber}-P2`,
    ];
    for (const [i, parcel] of parcels.entries()) {
      await ship.scan(parcel);
      await expect.poll(() => ship.currentParcel.textContent()).toContain(parcel);
      await expect.poll(() => ship.choiceReason.textContent()).toContain('Roadrunner');
      if (i === 0) await screenshot(s.browser.page, 'ship-rates');
      await ship.scan(parcel);
      await expect.poll(() => ship.verdict()).toBe('done');
      await ship.instruction.waitFor();
      await expect.poll(() => printer.jobs.length, { timeout: 15_000 }).toBe(i + 1);
    }
    const made = (await overview()).labels;
    expect(made).toHaveLength(3);
    for (const label of made) {
      expect(label).toMatchObject({ carrierCode: 'ROADRUN', pending: true, print: 'printed' });
      expect(label.trackingNumber).toMatch(/^RR\d+$/);
      labels.push(label.trackingNumber);
    }
    // Every label went to the printer once, each the ZPL of its own tracking number.
    const sent = printer.jobs.map((job) => job.toString('utf8'));
    for (const tracking of labels) {
      expect(
        sent.filter((zpl) => zpl.includes(`^FD${tracking}`) || zpl.includes(tracking)),
      ).toHaveLength(1);
    }
    expect(sent.every((zpl) => zpl.startsWith('^XA') || zpl.includes('^XA'))).toBe(true);
    await ship.showTab('labels');
    await ship.label(labels[0] ?? '').waitFor();
    await screenshot(s.browser.page, 'ship-labels-offline');
    await ship
      .label(labels[0] ?? '')
      .getByRole('button', { name: 'Preview' })
      .click();
    await ship.preview.waitFor({ timeout: 30_000 });
    await screenshot(s.browser.page, 'ship-label-preview');
    await s.browser.page.keyboard.press('Escape');
  }, 120_000);

  it('refuses a parcel that already has its label, saying which label', async () => {
    await ship.scan(`${s.order('one').fulfilmentNumber}-P1`);
    await expect.poll(() => ship.verdict()).toBe('wrong');
    expect(await ship.feedback.textContent()).toContain('already has label');
  });

  it('uploads the labels when the head office is back: orders shipped with their tracking numbers', async () => {
    await s.startHeadOffice();
    await s.client.call('outbox.retryNow', {});
    const orderIds = ['one', 'two'].map((k) => s.order(k).orderNumber);
    await expect
      .poll(
        async () =>
          (
            await s.central.db
              .selectFrom('orders')
              .select('status')
              .where('number', 'in', orderIds)
              .execute()
          ).map((r) => r.status),
        { timeout: 90_000 },
      )
      .toEqual(['shipped', 'shipped']);
    const shipments = await s.central.db
      .selectFrom('shipments')
      .select(['tracking_number', 'sscc', 'voided_at'])
      .orderBy('tracking_number')
      .execute();
    expect(shipments.map((r) => r.tracking_number)).toEqual([...labels].sort());
    expect(shipments.every((r) => r.sscc !== null && r.voided_at === null)).toBe(true);
    await assertLedgerConsistent(s.central.db);
    // The order as the head office's API tells it: shipped, each parcel with its tracking number.
    const detail = OrderDetailAnswerSchema.parse(
      await (
        await fetch(`${s.headOfficeUrl()}/v1/orders/${s.order('two').orderNumber}`, {
          headers: { authorization: `Bearer ${s.catalogue.manager}` },
        })
      ).json(),
    ).order;
    expect(detail.status).toBe('shipped');
    expect(detail.fulfilments[0]?.shipments.map((sh) => [sh.parcel, sh.trackingNumber])).toEqual([
      [`${s.order('two').fulfilmentNumber}-P1`, expect.stringMatching(/^RR\d+$/) as string],
      [`${s.order('two').fulfilmentNumber}-P2`, expect.stringMatching(/^RR\d+$/) as string],
    ]);
    await expect
      .poll(async () => (await overview()).labels.map((l) => l.pending), { timeout: 60_000 })
      .toEqual([false, false, false]);
    await ship.showTab('labels');
    await screenshot(s.browser.page, 'ship-labels-confirmed');
  }, 150_000);

  it('shows the clerk a parcel the carrier stopped moving', async () => {
    // Four days on with no carrier scan: the head office's stale-parcel check raises an alert.
    const raised = await raiseStaleParcelAlerts(s.central.db, {
      now: new Date(Date.now() + 96 * 3_600_000),
    });
    expect(raised.raised).toHaveLength(3);
    await ship.showTab('alerts');
    await s.browser.page
      .getByTestId('ship-alerts')
      .getByRole('cell', { name: labels[0] ?? '-', exact: true })
      .waitFor();
    await screenshot(s.browser.page, 'ship-tracking-alerts');
  }, 60_000);

  it('closes the day: the manifest lists the three parcels and goes to the carrier', async () => {
    const manifest = await s.client.call('ship.closeManifest', { carrierCode: 'ROADRUN' });
    expect(manifest).toMatchObject({ parcels: 3 });
    await expect
      .poll(
        async () =>
          (
            await s.central.db
              .selectFrom('manifests')
              .select(['parcel_count', 'submitted_at'])
              .execute()
          ).map((m) => [m.parcel_count, m.submitted_at !== null]),
        { timeout: 90_000 },
      )
      .toEqual([[3, true]]);
  }, 120_000);

  it('never showed a page error', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
