import { describe, expect, it } from 'vitest';
import type { ScanEvent } from '../../shared/scanning/scan-event';
import { claimScanRank, createScanDispatch } from './scan-dispatch';

const scan = (content: string): ScanEvent => ({
  content,
  aim: null,
  source: 'wedge',
  device: '',
  at: '2026-11-26T10:00:00.000Z',
});

function recorder() {
  const got: string[] = [];
  return { got, handler: (event: ScanEvent) => got.push(event.content) };
}

describe('scan dispatch', () => {
  it('drops a scan nobody listens for and says so', () => {
    expect(createScanDispatch().dispatch(scan('A1'))).toBe(false);
  });

  it('gives each scan to the highest rank only, whatever order they subscribed in', () => {
    const dispatch = createScanDispatch();
    const outer = recorder();
    const inner = recorder();
    // React renders the outer screen first (lower rank) but runs the inner one's effect first.
    const outerRank = claimScanRank();
    const innerRank = claimScanRank();
    const stopInner = dispatch.subscribe(innerRank, inner.handler);
    const stopOuter = dispatch.subscribe(outerRank, outer.handler);
    expect(dispatch.dispatch(scan('BIN-1'))).toBe(true);
    expect(inner.got).toEqual(['BIN-1']);
    expect(outer.got).toEqual([]);

    stopInner();
    dispatch.dispatch(scan('BIN-2'));
    expect(outer.got).toEqual(['BIN-2']);
    expect(inner.got).toEqual(['BIN-1']);

    stopOuter();
    expect(dispatch.dispatch(scan('BIN-3'))).toBe(false);
  });

  it('hands scans back to a disabled subscriber that is enabled again, above older ones', () => {
    const dispatch = createScanDispatch();
    const screen = recorder();
    const dialog = recorder();
    const screenRank = claimScanRank();
    const dialogRank = claimScanRank();
    dispatch.subscribe(screenRank, screen.handler);
    // The dialog is mounted disabled (enabled: false): it does not subscribe.
    dispatch.dispatch(scan('ONE'));
    // Enabled later, it subscribes after the screen did and keeps its rank.
    const stopDialog = dispatch.subscribe(dialogRank, dialog.handler);
    dispatch.dispatch(scan('TWO'));
    // Disabled again: unsubscribed, the screen gets scans again.
    stopDialog();
    dispatch.dispatch(scan('THREE'));
    expect(screen.got).toEqual(['ONE', 'THREE']);
    expect(dialog.got).toEqual(['TWO']);
  });

  it('hands out ranks that only grow', () => {
    const first = claimScanRank();
    expect(claimScanRank()).toBeGreaterThan(first);
  });

  it('lets an unsubscribe run twice without removing someone else', () => {
    const dispatch = createScanDispatch();
    const kept = recorder();
    const stop = dispatch.subscribe(claimScanRank(), () => undefined);
    dispatch.subscribe(claimScanRank() - 100, kept.handler);
    stop();
    stop();
    dispatch.dispatch(scan('X'));
    expect(kept.got).toEqual(['X']);
  });
});
