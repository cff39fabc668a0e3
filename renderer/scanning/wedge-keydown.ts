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
  /**
   * Held keys that turned out to be a person typing, in order, to be given back at once. May
   * return how to take the typing back out, for keys that turn out to be a late scan's start.
   */
  readonly replay: (events: readonly E[]) => (() => void) | void;
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

/** A timer this much later than asked means the page was busy (a render, a long task). */
const LATE_TIMER_MS = 8;
/** A page busy for this many timer turns in a row is not waiting on queued keys any more. */
const MAX_LATE_RETRIES = 25;

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
  let undoLastReplay: (() => void) | null = null;
  const detector = createWedgeDetector(
    options.profile,
    options.onScan,
    (keys) => {
      const events: E[] = [];
      for (const key of keys) {
        const event = fed.get(key);
        if (event !== undefined) events.push(event);
      }
      const undo = options.replay(events);
      undoLastReplay = typeof undo === 'function' ? undo : null;
    },
    () => {
      // The given-back keys were a scan's start: take their typing back out of the field.
      undoLastReplay?.();
      undoLastReplay = null;
      return true;
    },
  );
  let timer: unknown = null;
  let timerDue: number | null = null;
  // When the armed timer should fire, and how often it has come back late in a row.
  let timerExpectedAt = 0;
  let lateRetries = 0;

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
    if (now - timerExpectedAt > LATE_TIMER_MS && lateRetries < MAX_LATE_RETRIES) {
      // The page was busy when this timer was due, so a scanner's next keys may be queued behind
      // it, stamped in time to continue the burst. Input runs before a fresh zero-delay timer,
      // so decide only once such a timer comes back promptly: then nothing is left queued.
      lateRetries += 1;
      timerExpectedAt = now;
      timer = options.setTimer(flushDue, 0);
      return;
    }
    timerDue = null;
    // A timer may fire a hair early on a coarse clock; flushing at its due time still decides.
    detector.flush(Math.max(now, due));
  }

  function schedule(flushAt: number | null): void {
    cancelTimer();
    lateRetries = 0;
    if (flushAt === null) return;
    timerDue = flushAt;
    const now = options.now();
    const delay = Math.max(0, flushAt - now);
    timerExpectedAt = now + delay;
    timer = options.setTimer(flushDue, delay);
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
