import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCapturePrinter } from '../../devices/printers/testing/capture-printer';
import type { CapturePrinter } from '../../devices/printers/testing/capture-printer';
import { silentLogger } from '../../logger';
import { openReplica, sequentialIds } from '../../outbox/testing/replica-fixture';
import type { ReplicaFixture } from '../../outbox/testing/replica-fixture';
import { createPrintingService } from '../printing/printing-service';
import type { PackingSlipDataInput } from './packing-slip/packing-slip-data';
import { createSlipPrinter } from './slip-printer';

const slip: PackingSlipDataInput = {
  warehouse: { name: 'Wharf East', addressLines: ['10 Dock Rd'] },
  orderNumber: 'WEB-1042',
  fulfilmentNumber: 'WEB-1042-EAST-1',
  packedAt: '2026-11-26T14:05:00Z',
  shipTo: { name: 'Ada Buyer', lines: ['1 Main St', '62701 Springfield', 'US'] },
  serviceLevel: 'standard',
  lines: [{ sku: 'MUG-1', name: 'Blue mug', ordered: 2, packed: 2, backordered: 0 }],
  parcels: [{ number: 'WEB-1042-EAST-1-P1', boxCode: 'C1', weightGrams: 900 }],
};

let fx: ReplicaFixture;
let receipt: CapturePrinter;
let printing: ReturnType<typeof createPrintingService>;

beforeEach(async () => {
  fx = openReplica();
  receipt = await startCapturePrinter();
  printing = createPrintingService({
    sqlite: fx.sqlite,
    clock: fx.clock,
    newId: sequentialIds('0190d800-0000-7000-8000-'),
    logger: silentLogger,
    retry: { baseMs: 20, capMs: 100 },
    probeIntervalMs: 60_000,
  });
  printing.start();
});

afterEach(async () => {
  await printing.stop();
  await receipt.close();
  await fx.close();
});

describe('packing slips on paper', () => {
  it('prints nothing, and says so only when asked, on a bench without a slip printer', async () => {
    const slips = createSlipPrinter({ sqlite: fx.sqlite, printing });
    expect(await slips.printPacked(slip)).toBeNull();
    await expect(slips.printAgain(slip, 'packer')).rejects.toThrow(/no receipt or A4 printer/);
  });

  it('prints ESC/POS on the receipt printer when packed, and again as a logged reprint', async () => {
    printing.save(
      {
        name: 'Bench receipt',
        kind: 'receipt',
        driver: 'tcp',
        address: receipt.address,
        enabled: true,
        isDefault: true,
        dpi: 203,
      },
      'test',
    );
    const slips = createSlipPrinter({ sqlite: fx.sqlite, printing });
    expect(await slips.printPacked(slip)).toBe('Bench receipt');
    await receipt.waitForJobs(1);
    const first = receipt.jobs[0] ?? Buffer.alloc(0);
    expect(first.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40]));
    expect(first.toString('latin1')).toContain('WEB-1042');
    expect(await slips.printAgain(slip, 'packer')).toBe('Bench receipt');
    await receipt.waitForJobs(2);
    expect(receipt.jobs[1]).toEqual(first);
    const jobs = printing.jobsFor(slip.fulfilmentNumber);
    expect(jobs.map((j) => [j.copyOf === null, j.reprintReason])).toEqual([
      [true, null],
      [false, 'Asked for again at the packing bench'],
    ]);
  });
});
