import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PrinterListSchema,
  PrintJobViewSchema,
} from '../../../../shared/contract/schemas/printers';
import type { InvokeResult } from '../../../../shared/contract';
import { startCapturePrinter } from '../../devices/printers/testing/capture-printer';
import type { CapturePrinter } from '../../devices/printers/testing/capture-printer';
import type { Station } from '../../station';
import { makeTempDir, openTempStation } from '../../testing/temp-station';

let dir: { dir: string; remove: () => void };
let station: Station | null = null;
let zebra: CapturePrinter | null = null;

beforeEach(() => {
  dir = makeTempDir('wharf-printer-contract-');
});
afterEach(async () => {
  await station?.close();
  station = null;
  await zebra?.close();
  zebra = null;
  dir.remove();
});

function value(result: InvokeResult): unknown {
  if (!result.ok) throw new Error(`call failed: ${result.error.message}`);
  return result.value;
}

describe('printers through the station contract', () => {
  it('adds a printer, pushes printers.changed, test-prints and logs it', async () => {
    zebra = await startCapturePrinter();
    const opened = await openTempStation(dir.dir);
    station = opened;
    const pushes: unknown[] = [];
    opened.subscribe('printers.changed', (payload) => pushes.push(payload));

    const saved = value(
      await station.invoke('printers.save', {
        name: 'Zebra 1',
        kind: 'label',
        driver: 'tcp',
        address: zebra.address,
      }),
    );
    expect(saved).toMatchObject({ name: 'Zebra 1', isDefault: true, waiting: 0 });
    const { printers } = PrinterListSchema.parse(value(await station.invoke('printers.list', {})));
    const id = printers[0]?.id ?? '';
    await vi.waitFor(async () => {
      const list = PrinterListSchema.parse(value(await opened.invoke('printers.list', {})));
      expect(list.printers[0]?.status.state).toBe('ready');
    });

    const job = PrintJobViewSchema.parse(value(await station.invoke('printers.testPrint', { id })));
    expect(job).toMatchObject({ documentKind: 'test-print', printerName: 'Zebra 1' });
    await vi.waitFor(() => expect(zebra?.jobs).toHaveLength(1));
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes[0]).toMatchObject({ printerId: id });

    const activity = value(await station.invoke('activity.recent', {}));
    expect(JSON.stringify(activity)).toContain('Test print on \\"Zebra 1\\"');
  });

  it('refuses bad input with the field and the words, and changes nothing', async () => {
    station = await openTempStation(dir.dir);
    const bad = await station.invoke('printers.save', {
      name: 'Zebra',
      kind: 'label',
      driver: 'tcp',
      address: 'zebra:0',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        details: {
          issues: [
            {
              path: 'address',
              message: 'The port must be a number from 1 to 65535 (usually 9100)',
            },
          ],
        },
      },
    });
    const kind = await station.invoke('printers.save', {
      name: 'Zebra',
      kind: 'thermal',
      driver: 'tcp',
      address: 'zebra',
    });
    expect(kind.ok).toBe(false);
    const shortReason = await station.invoke('printers.cancelJob', { jobId: 'j', reason: 'x' });
    expect(shortReason).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const missing = await station.invoke('printers.reprint', {
      jobId: 'nope',
      reason: 'torn label',
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That print job is not on this station' },
    });
    expect(value(await station.invoke('printers.list', {}))).toEqual({ printers: [] });
  });
});
