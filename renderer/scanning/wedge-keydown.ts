import type { ScannerProfile } from './scanner-profile';
import type { WedgeScan } from './scan-read';
import { createWedgeDetector } from './wedge-detector';
import type { WedgeKeyEvent } from './wedge-key';

/** The part of a DOM `keydown` the adapter uses, so it runs on plain objects in tests. */
export interface WedgeKeydown extends WedgeKeyEvent {
  /** IME composition: the key belongs to the input method, not to a scanner. */
  readonly isComposing?: boolean;
  preventDefault(): void;
  stopImmediatePropagation(): void;
}

export interface WedgeKeydownOptions<E extends WedgeKeydown> {
  readonly profile: ScannerProfile;
  readonly onScan: (scan: WedgeScan) => void;
  /** Held keys that turned out to be a person typing, in order, to be given back at once. */
  readonly replay: (events: readonly E[]) => void;
  /** The clock `timeStamp` is measured on (performance.now in a browser). */
  readonly now: () => number;
  readonly setTimer: (callback: () => void, delayMs: number) => unknown;
  readonly clearTimer: (timer: unknown) => void;
}

export interface WedgeKeydownAdapter<E extends WedgeKeydown> {
  /** Call for every keydown in the capture phase, before anything else sees it. */
  handle(event: E): void;
  /** Stops the timer and gives back whatever is still held. */
  dispose(): void;
}

/**
 * Connects `keydown` events to the wedge detector: a key the detector holds or takes for a scan
 * is prevented and stopped, so neither the focused field nor a screen's key handler sees it; a
 * timer decides a burst whose keys stop coming, so typing is given back within one key interval.
 */
export function createWedgeKeydownAdapter<E extends WedgeKeydown>(
  options: WedgeKeydownOptions<E>,
): WedgeKeydownAdapter<E> {
  // The detector hands back the very objects it was fed; this recovers their full type.
  const fed = new WeakMap<WedgeKeyEvent, E>();
  const detector = createWedgeDetector(options.profile, options.onScan, (keys) => {
    const events: E[] = [];
    for (const key of keys) {
      const event = fed.get(key);
      if (event !== undefined) events.push(event);
    }
    options.replay(events);
  });
  let timer: unknown = null;
  let timerDue: number | null = null;
  let timerRetried = false;

  function cancelTimer(): void {
    if (timer !== null) options.clearTimer(timer);
    timer = null;
    timerDue = null;
  }

  function flushDue(): void {
    const due = timerDue;
    timer = null;
    if (due === null) return;
    const now = options.now();
    if (!timerRetried && now - due > options.profile.maxInterKeyMs) {
      // The page was busy past the due time, so the scanner's next keys may be queued behind
      // this timer with time stamps that continue the burst: let them run before deciding.
      timerRetried = true;
      timer = options.setTimer(flushDue, 0);
      return;
    }
    timerDue = null;
    // A timer may fire a hair early on a coarse clock; flushing at its due time still decides.
    detector.flush(Math.max(now, due));
  }

  function schedule(flushAt: number | null): void {
    cancelTimer();
    timerRetried = false;
    if (flushAt === null) return;
    timerDue = flushAt;
    timer = options.setTimer(flushDue, Math.max(0, flushAt - options.now()));
  }

  return {
    handle(event) {
      if (event.isComposing === true) return;
      fed.set(event, event);
      const decision = detector.feed(event);
      if (decision.action === 'swallow') {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      schedule(decision.flushAt);
    },
    dispose() {
      const due = timerDue;
      cancelTimer();
      if (due !== null) detector.flush(Math.max(options.now(), due));
    },
  };
}
