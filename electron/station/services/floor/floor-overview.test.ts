import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanEvent } from '../../../../shared/scanning/scan-event';
import { FloorOverviewSchema } from '../../../../shared/contract';
import { addSyncedPerson } from '../../testing/synced-people';
import {
  openFloor,
  seedBin,
  seedBinStock,
  seedFloorProduct,
  seedFulfilment,
} from './testing/floor-fixture';
import type { FloorFixture } from './testing/floor-fixture';

const BIN = '0190c000-0000-7000-8000-00000000000a';
const MUG = '0190d000-0000-7000-8000-000000000001';
const F1 = '0190f000-0000-7000-8000-000000000001';
const F2 = '0190f000-0000-7000-8000-000000000002';
const L1 = '0190f100-0000-7000-8000-000000000001';
const L2 = '0190f100-0000-7000-8000-000000000002';

let fx: FloorFixture;
const scan = (content: string): ScanEvent => ({
  content,
  aim: null,
  source: 'wedge',
  device: '',
  at: '2026-11-26T09:00:00.000Z',
});

beforeEach(() => {
  fx = openFloor();
  const personId = addSyncedPerson(fx.sqlite, { name: 'Ada Picker' });
  fx.signIn({ personId });
  seedBin(fx.sqlite, { id: BIN, code: 'A-01-01', pickSequence: 10 });
  seedFloorProduct(fx.sqlite, { id: MUG, sku: 'MUG-RED', name: 'Red mug', gtin: '5012345678900' });
  seedBinStock(fx.sqlite, BIN, MUG, 3);
  seedFulfilment(fx.sqlite, {
    id: F1,
    number: 'WEB-1-LON1-1',
    orderNumber: 'WEB-1',
    lines: [{ id: L1, productId: MUG, quantity: 2 }],
  });
  seedFulfilment(fx.sqlite, {
    id: F2,
    number: 'WEB-2-LON1-1',
    orderNumber: 'WEB-2',
    lines: [{ id: L2, productId: MUG, quantity: 2 }],
  });
});

afterEach(async () => {
  await fx.close();
});

describe('floor overview', () => {
  it('shows pick lists in progress, the last hour’s rate by person, shorts and waiting orders', async () => {
    const { waveId } = await fx.floor.pick.start({
      kind: 'single',
      fulfilmentIds: [F1],
      totes: ['TOTE-1'],
    });
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    await fx.floor.pick.scan(waveId, scan('5012345678900'));
    await fx.floor.pick.short(waveId, 'damaged');
    const overview = FloorOverviewSchema.parse(fx.floor.overview());
    expect(overview.releasedWaiting).toBe(1);
    expect(overview.unitsPickedLastHour).toBe(1);
    expect(overview.pickRates).toEqual([
      { person: 'Ada Picker', unitsLastHour: 1, picksLastHour: 1 },
    ]);
    expect(overview.exceptions.map((e) => [e.kind, e.text])).toEqual([
      ['short', 'WEB-1-LON1-1: 1 × MUG-RED short in A-01-01 (Units damaged), backordered'],
    ]);
    expect(overview.waves).toEqual([]);
  });

  it('shows refused scans with who, where and what was scanned', async () => {
    const { waveId } = await fx.floor.pick.start({
      kind: 'single',
      fulfilmentIds: [F1],
      totes: ['TOTE-1'],
    });
    await fx.floor.pick.scan(waveId, scan('NOT-A-CODE'));
    const overview = FloorOverviewSchema.parse(fx.floor.overview());
    const refused = overview.exceptions.filter((e) => e.kind === 'scan');
    expect(refused).toHaveLength(1);
    // No name saved in this replica: the station is named by its tag, as other stations are.
    expect(refused[0]).toMatchObject({ person: 'Ada Picker', station: 'Station 00AA' });
    expect(refused[0]?.text).toMatch(/^Picking: Unknown barcode — scanned NOT-A-CODE\. /);
  });

  it('names this station by its own name once it has one', async () => {
    fx.sqlite
      .prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('station.name', ?, ?)`)
      .run(JSON.stringify('Pack bench 2'), '2026-11-26T09:00:00.000Z');
    const { waveId } = await fx.floor.pick.start({
      kind: 'single',
      fulfilmentIds: [F2],
      totes: ['TOTE-2'],
    });
    const overview = FloorOverviewSchema.parse(fx.floor.overview());
    expect(overview.waves.map((w) => [w.id, w.station])).toEqual([[waveId, 'Pack bench 2']]);
  });

  it('lists a pick list still open with its progress and who runs it', async () => {
    const { waveId } = await fx.floor.pick.start({
      kind: 'single',
      fulfilmentIds: [F2],
      totes: ['TOTE-2'],
    });
    await fx.floor.pick.scan(waveId, scan('A-01-01'));
    await fx.floor.pick.scan(waveId, scan('5012345678900'));
    const overview = FloorOverviewSchema.parse(fx.floor.overview());
    expect(
      overview.waves.map((w) => [w.kind, w.orders, w.unitsNeeded, w.unitsPicked, w.person]),
    ).toEqual([['single', 1, 2, 1, 'Ada Picker']]);
  });
});
