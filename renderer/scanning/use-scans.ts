import { useEffect, useRef, useState } from 'react';
import type { ScanEvent } from '../../shared/scanning/scan-event';
import { claimScanRank } from './scan-dispatch';
import { useScanDispatch } from './scanner-context';

export interface UseScansOptions {
  /** False while the screen must not take scans (a dialog of its own is open …). Default true. */
  readonly enabled?: boolean;
}

/**
 * Calls `onScan` with every scan — keyboard wedge, serial scanner or camera — while the component
 * is mounted and enabled, unless a component rendered after it (a screen inside it, a dialog
 * opened over it) is also taking scans: only the latest enabled one gets each scan.
 * The latest `onScan` is called, so an inline arrow does not resubscribe on every render.
 */
export function useScans(onScan: (scan: ScanEvent) => void, options: UseScansOptions = {}): void {
  const dispatch = useScanDispatch();
  // Taken during the first render, which runs parents before children; effects run the other way.
  const [rank] = useState(claimScanRank);
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });
  const enabled = options.enabled ?? true;
  useEffect(() => {
    if (!enabled) return undefined;
    return dispatch.subscribe(rank, (scan) => latest.current(scan));
  }, [dispatch, rank, enabled]);
}
