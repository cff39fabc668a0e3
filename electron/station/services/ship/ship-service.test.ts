import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderZpl } from '../../../../shared/labels/zpl-label';
import { isValidSscc } from '../../../../shared/labels/sscc';
import { startCapturePrinter } from '../../devices/printers/testing/capture-printer';
import type { CapturePrinter } from '../../devices/printers/testing/capture-printer';
import { silentLogger } from '../../logger';
import { addSyncedPerson } from '../../testing/synced-people';
import { createMutationRunner } from '../../mutations/run-mutation';
import { sequentialIds, session } from '../../outbox/testing/replica-fixture';
import {
  openFloor,
  seedFloorProduct,
  seedFulfilment,
  STATION_ID,
  WAREHOUSE_ID,
} from '../floor/testing/floor-fixture';
import type { FloorFixture } from '../floor/testing/floor-fixture';
import { createPrintingService } from '../printing/printing-service';
import { createHeadOfficeCarriers } from './head-office-carriers';
import { createShipService } from './ship-service';
import type { ShipService } from './ship-service';
import { RANGE_ID, seedParcel, seedShipping } from './testing/ship-fixture';

const MUG = '0190d000-0000-7000-8000-000000000001';
const F1 = '0190f000-0000-7000-8000-000000000001';
const F2 = '0190f000-0000-7000-8000-000000000002';
const F3 = '0190f000-0000-7000-8000-000000000003';
const P1 = '0190f200-0000-7000-8000-000000000001';
const P2 = '0190f200-0000-7000-8000-000000000002';
const P3 = '0190f200-0000-7000-8000-000000000003';
const P4 = '0190f200-0000-7000-8000-000000000004';

/** The head office's carrier routes, answering whatever the test says next. */
interface FakeOffice {
  url: string;
  answer: { status: number; body: unknown };
  calls: string[];
  close(): Promise<void>;
}

async function startOffice(): Promise<FakeOffice> {
  const office = {
    answer: { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'down' } } },
    calls: [] as string[],
  };
  const server: Server = createServer((req, res) => {
    office.calls.push(`${req.method ?? ''} ${req.url ?? ''}`);
    req.resume();
    req.on('end', () => {
      res.writeHead(office.answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(office.answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(office, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

let fx: FloorFixture;
let printer: CapturePrinter;
let office: FakeOffice;
let ship: ShipService;
let printing: ReturnType<typeof createPrintingService>;

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeEach(async () => {
  fx = openFloor();
  printer = await startCapturePrinter();
  office = await startOffice();
  seedFloorProduct(fx.sqlite, { id: MUG, sku: 'MUG-RED', name: 'Red mug', weightGrams: 400 });
  for (const [id, n] of [
    [F1, 1],
    [F2, 2],
    [F3, 3],
  ] as const) {
    seedFulfilment(fx.sqlite, {
      id,
      number: `WEB-${n}-LON1-1`,
      orderNumber: `WEB-${n}`,
      status: 'packed',
      lines: [{ id: id.replace('0190f0', '0190f1'), productId: MUG, quantity: 1 }],
    });
  }
  seedShipping(fx.sqlite, { middleware: true });
  seedParcel(fx.sqlite, {
    id: P1,
    number: 'WEB-1-LON1-1-P1',
    fulfilmentId: F1,
    last: false,
    items: [],
  });
  seedParcel(fx.sqlite, {
    id: P2,
    number: 'WEB-1-LON1-1-P2',
    fulfilmentId: F1,
    last: true,
    items: [],
  });
  seedParcel(fx.sqlite, {
    id: P3,
    number: 'WEB-2-LON1-1-P1',
    fulfilmentId: F2,
    last: true,
    items: [],
  });
  // Order 3 is still being packed: its last parcel is not closed.
  seedParcel(fx.sqlite, {
    id: P4,
    number: 'WEB-3-LON1-1-P1',
    fulfilmentId: F3,
    last: false,
    items: [],
  });
  printing = createPrintingService({
    sqlite: fx.sqlite,
    clock: fx.clock,
    newId: sequentialIds('0190d900-0000-7000-8000-'),
    logger: silentLogger,
    retry: { baseMs: 20, capMs: 100 },
    probeIntervalMs: 60_000,
  });
  printing.save(
    {
      name: 'Zebra',
      kind: 'label',
      driver: 'tcp',
      address: printer.address,
      enabled: true,
      isDefault: true,
      dpi: 203,
    },
    'test',
  );
  printing.start();
  const clerk = addSyncedPerson(fx.sqlite, { name: 'Sam Shipper', role: 'shipping' });
  const runner = createMutationRunner({
    db: fx.db,
    localWrite: fx.localWrite,
    clock: fx.clock,
    newId: sequentialIds('0190e900-0000-7000-8000-'),
    getSession: () => session({ personId: clerk, name: 'Sam Shipper', role: 'shipping' }),
    getWarehouseId: () => WAREHOUSE_ID,
    stationId: STATION_ID,
    onRecorded: () => undefined,
  });
  ship = createShipService({
    sqlite: fx.sqlite,
    runner,
    clock: fx.clock,
    stationId: STATION_ID,
    getWarehouseId: () => WAREHOUSE_ID,
    headOffice: createHeadOfficeCarriers({
      access: () => ({ headOfficeUrl: office.url, token: 'token' }),
      timeoutMs: 2_000,
    }),
    printing,
    logger: silentLogger,
    currentPersonId: () => clerk,
    localTime: () => '10:00',
    onChanged: () => undefined,
  });
  ship.start();
});

afterEach(async () => {
  await ship.stop();
  await printing.stop();
  await printer.close();
  await office.close();
  await fx.close();
});

describe('ship service', () => {
  it('quotes a scanned parcel from the rate card offline and names what needs the network', async () => {
    const quote = await ship.quote({ parcel: 'WEB-2-LON1-1-P1' });
    expect(quote.parcel.number).toBe('WEB-2-LON1-1-P1');
    expect(quote.quotes.map((q) => `${q.carrierCode}/${q.serviceCode}`)).toEqual([
      'PARCELCO/STANDARD',
      'PARCELCO/EXPRESS',
    ]);
    expect(quote.choice).toMatchObject({
      carrierCode: 'PARCELCO',
      serviceCode: 'STANDARD',
      shipsToday: true,
    });
    expect(quote.unavailable).toEqual([
      { carrierName: 'SkyPost', reason: expect.stringContaining('network') as string },
    ]);
  });

  it('prints each label once with the next consignment number and an SSCC, 1 of N', async () => {
    await ship.quote({ parcel: 'WEB-1-LON1-1-P1' });
    const first = await ship.label({
      parcelId: P1,
      carrierCode: 'PARCELCO',
      serviceCode: 'STANDARD',
    });
    const second = await ship.label({
      parcelId: P2,
      carrierCode: 'PARCELCO',
      serviceCode: 'STANDARD',
    });
    if (first.outcome !== 'printed' || second.outcome !== 'printed') throw new Error('not printed');
    expect(first.shipment.trackingNumber).toMatch(/^PC1001\d$/);
    expect(second.shipment.trackingNumber).toMatch(/^PC1002\d$/);
    expect([first.shipment.index, first.shipment.count, second.shipment.index]).toEqual([1, 2, 2]);
    await until(() => printer.jobs.length === 2);
    const zpl = printer.jobs.map((b) => b.toString('utf8'));
    expect(zpl[0]).toContain(first.shipment.trackingNumber);
    expect(zpl[1]).toContain(second.shipment.trackingNumber);
    const ssccs = fx.sqlite
      .prepare(`SELECT sscc FROM pending_shipments ORDER BY created_at, rowid`)
      .all() as { sscc: string }[];
    expect(ssccs.every((r) => isValidSscc(r.sscc))).toBe(true);
    expect(new Set(ssccs.map((r) => r.sscc)).size).toBe(2);
    expect(
      fx.sqlite
        .prepare(`SELECT next_serial FROM consignment_cursors WHERE range_id = ?`)
        .get(RANGE_ID),
    ).toEqual({ next_serial: 1003 });
    expect(ship.overview().toShip.map((p) => p.number)).toEqual(['WEB-2-LON1-1-P1']);
    await expect(ship.quote({ parcel: 'WEB-1-LON1-1-P1' })).rejects.toThrow(
      /already has label PC1001/,
    );
  });

  it('refuses an override without a reason and records one with it', async () => {
    await expect(
      ship.label({ parcelId: P3, carrierCode: 'PARCELCO', serviceCode: 'EXPRESS' }),
    ).rejects.toThrow(/say why/);
    const made = await ship.label({
      parcelId: P3,
      carrierCode: 'PARCELCO',
      serviceCode: 'EXPRESS',
      overrideReason: 'Customer rang: needs it tomorrow',
    });
    if (made.outcome !== 'printed') throw new Error('not printed');
    expect(made.shipment.overrideReason).toBe('Customer rang: needs it tomorrow');
    expect(made.shipment.serviceName).toContain('Express');
  });

  it('does not label a parcel whose order is still being packed, or an unknown scan', async () => {
    await expect(ship.quote({ parcel: 'WEB-3-LON1-1-P1' })).rejects.toThrow(/still being packed/);
    await expect(ship.quote({ parcel: 'NOPE' })).rejects.toThrow(/not a closed parcel/);
    await expect(ship.quote({ parcel: '' })).rejects.toThrow();
  });

  it('reprints with a reason, voids, never reuses a number and closes the manifest', async () => {
    const made = await ship.label({
      parcelId: P3,
      carrierCode: 'PARCELCO',
      serviceCode: 'STANDARD',
    });
    if (made.outcome !== 'printed') throw new Error('not printed');
    await until(() => printer.jobs.length === 1);
    await expect(
      ship.reprint({ shipmentId: made.shipment.shipmentId, reason: '' }),
    ).rejects.toThrow();
    await ship.reprint({ shipmentId: made.shipment.shipmentId, reason: 'Label smudged' });
    await until(() => printer.jobs.length === 2);
    expect(printer.jobs[1]?.equals(printer.jobs[0] ?? Buffer.alloc(0))).toBe(true);

    await ship.void({ shipmentId: made.shipment.shipmentId, reason: 'Wrong box' });
    expect(ship.overview().toShip.map((p) => p.number)).toContain('WEB-2-LON1-1-P1');
    const again = await ship.label({
      parcelId: P3,
      carrierCode: 'PARCELCO',
      serviceCode: 'STANDARD',
    });
    if (again.outcome !== 'printed') throw new Error('not printed');
    expect(again.shipment.trackingNumber).not.toBe(made.shipment.trackingNumber);
    expect(again.shipment.trackingNumber).toMatch(/^PC1002\d$/);

    const manifest = await ship.closeManifest({ carrierCode: 'PARCELCO' });
    expect(manifest).toMatchObject({ carrierCode: 'PARCELCO', parcels: 1 });
    expect(manifest.number).toMatch(/^M-[0-9A-F]{4}-20261126-1$/);
    const listed = ship.overview().labels.find((l) => l.shipmentId === again.shipment.shipmentId);
    expect(listed?.manifestNumber).toBe(manifest.number);
    await expect(
      ship.void({ shipmentId: again.shipment.shipmentId, reason: 'Too late' }),
    ).rejects.toThrow(/manifest/);
    await expect(ship.closeManifest({ carrierCode: 'PARCELCO' })).rejects.toThrow(
      /No ParcelCo labels/,
    );
  });

  it('keeps an online carrier parcel awaiting its label and prints it when the head office answers', async () => {
    office.answer = {
      status: 200,
      body: {
        quotes: [
          {
            carrierCode: 'SKYPOST',
            carrierName: 'SkyPost',
            serviceCode: 'GROUND',
            serviceName: 'Ground',
            priceMinor: 450,
            currency: 'GBP',
            transitDays: 3,
            rateId: 'rate_1',
          },
        ],
        unavailable: [],
      },
    };
    const quote = await ship.quote({ parcel: 'WEB-2-LON1-1-P1' });
    // The cheapest service that meets the order's level wins, online or not.
    expect(quote.choice).toMatchObject({ carrierCode: 'SKYPOST', serviceCode: 'GROUND' });
    const sky = quote.quotes.find((q) => q.carrierCode === 'SKYPOST');
    expect(sky).toMatchObject({ online: true, price: { amountMinor: 450 } });

    office.answer = {
      status: 503,
      body: {
        error: {
          code: 'UNAVAILABLE',
          message: 'SkyPost is down',
          carrier: { code: 'UNAVAILABLE', carrierCode: 'SKYPOST', retryable: true },
        },
      },
    };
    const waiting = await ship.label({
      parcelId: P3,
      carrierCode: 'SKYPOST',
      serviceCode: 'GROUND',
    });
    expect(waiting.outcome).toBe('awaiting');
    expect(ship.overview().toShip.find((p) => p.parcelId === P3)?.awaiting).toMatchObject({
      carrierCode: 'SKYPOST',
      serviceName: 'Ground',
    });

    const zpl = renderZpl(
      {
        shipFrom: {
          name: 'Wharf',
          lines: ['5 Dock Road'],
          postcode: 'E1 1AA',
          city: 'London',
          country: 'GB',
        },
        shipTo: {
          name: 'Zoë',
          lines: ['1 Quay St'],
          postcode: 'BS1 4DJ',
          city: 'Bristol',
          country: 'GB',
        },
        carrier: { name: 'SkyPost', service: 'Ground' },
        trackingNumber: 'SKY123456789',
        trackingBarcode: { symbology: 'code128', data: 'SKY123456789' },
        parcel: { index: 1, count: 1 },
        weightGrams: 1200,
        reference: 'WEB-2',
        date: '2026-11-26',
      },
      { dpi: 203 },
    );
    office.answer = {
      status: 200,
      body: {
        parcelId: P3,
        carrierCode: 'SKYPOST',
        serviceCode: 'GROUND',
        trackingNumber: 'SKY123456789',
        zpl,
        priceMinor: 450,
        currency: 'GBP',
        providerShipmentId: 'shp_1',
        boughtAt: '2026-11-26T09:00:00.000Z',
        newlyBought: true,
      },
    };
    ship.nudge();
    await until(() => printer.jobs.length === 1);
    expect(printer.jobs[0]?.toString('utf8')).toBe(zpl);
    expect(ship.overview().toShip.find((p) => p.parcelId === P3)).toBeUndefined();
    expect(ship.overview().labels[0]).toMatchObject({
      trackingNumber: 'SKY123456789',
      pending: true,
      price: { amountMinor: 450 },
    });
  });
});
