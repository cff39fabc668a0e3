import { isReplayedKeydown, replayKeydowns } from './replay-typing';
import type { ScannerProfile } from './scanner-profile';
import type { WedgeScan } from './scan-read';
import { createWedgeKeydownAdapter } from './wedge-keydown';

/**
 * Listens for keyboard-wedge scans on `document`, in the capture phase so the listener runs
 * before any field or screen handler and a scan never reaches them. Returns the removal.
 */
export function listenForWedgeScans(
  document: Document,
  profile: ScannerProfile,
  onScan: (scan: WedgeScan) => void,
): () => void {
  const view = document.defaultView ?? window;
  const adapter = createWedgeKeydownAdapter<KeyboardEvent>({
    profile,
    onScan,
    replay: replayKeydowns,
    now: () => view.performance.now(),
    setTimer: (callback, delayMs) => view.setTimeout(callback, delayMs),
    clearTimer: (timer) => {
      if (typeof timer === 'number') view.clearTimeout(timer);
    },
  });
  const onKeydown = (event: KeyboardEvent): void => {
    if (isReplayedKeydown(event)) return;
    adapter.handle(event);
  };
  document.addEventListener('keydown', onKeydown, { capture: true });
  return () => {
    document.removeEventListener('keydown', onKeydown, { capture: true });
    adapter.dispose();
  };
}

/** Epoch milliseconds of a `KeyboardEvent.timeStamp`. */
export function wallClockOf(timeStamp: number): number {
  return performance.timeOrigin + timeStamp;
}
