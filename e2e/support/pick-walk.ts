import { expect } from 'vitest';
import type { PickPage } from '../pages/pick-page';
import type { FloorSession } from './floor-session';

/**
 * Walks a pick list scan by scan until it is done: each stop as the station states it, checked
 * against what the screen shows before the picker scans. Returns how many scans it took.
 */
export async function walkPickList(
  session: FloorSession,
  pick: PickPage,
  waveId: string,
): Promise<number> {
  let scans = 0;
  for (let guard = 0; guard < 60; guard += 1) {
    const before = await session.waveState(waveId);
    if (before.done) return scans;
    const stop = before.current;
    if (!stop?.bin) throw new Error('a stop without a bin');
    await expect.poll(() => pick.bin.textContent()).toBe(stop.bin.code);
    await expect.poll(async () => (await pick.sku.textContent())?.trim()).toBe(stop.product.sku);
    await expect.poll(() => pick.expecting()).toBe(before.expecting);
    if (before.expecting === 'bin') {
      await pick.scan(stop.bin.code);
      await expect.poll(async () => (await session.waveState(waveId)).expecting).not.toBe('bin');
    } else if (before.expecting === 'item') {
      await pick.scan(session.barcodeOf(stop.product.sku));
      await expect
        .poll(async () => (await session.waveState(waveId)).progress.unitsPicked)
        .toBe(before.progress.unitsPicked + 1);
    } else {
      throw new Error(`the pick screen waits for "${before.expecting}"`);
    }
    scans += 1;
  }
  throw new Error('the pick list never finished');
}
