import type { ScannerProfile } from './scanner-profile';
import type { WedgeScan } from './scan-read';
import { createWedgeDetector } from './wedge-detector';
import type { WedgeKeyEvent } from './wedge-key';

/**
 * Test support: synthetic keystroke timelines and a stand-in for the `keydown` adapter, which
 * types passed and replayed characters into a pretend text field and runs the flush timer.
 */

export interface KeyOptions {
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
  readonly code?: string;
  readonly repeat?: boolean;
}

export function keyAt(key: string, timeStamp: number, options: KeyOptions = {}): WedgeKeyEvent {
  return {
    key,
    timeStamp,
    ctrlKey: options.ctrlKey ?? false,
    altKey: options.altKey ?? false,
    metaKey: options.metaKey ?? false,
    ...(options.code === undefined ? {} : { code: options.code }),
    ...(options.repeat === undefined ? {} : { repeat: options.repeat }),
  };
}

/** One key per character of `text`, the first at `start`, then one every `everyMs`. */
export function typed(text: string, start: number, everyMs: number): WedgeKeyEvent[] {
  return [...text].map((char, index) => keyAt(char, start + index * everyMs));
}

/** A scanner sending `text` then `terminator` (if any), keys `everyMs` apart. */
export function scanned(
  text: string,
  start: number,
  everyMs: number,
  terminator: 'Enter' | 'Tab' | null = 'Enter',
): WedgeKeyEvent[] {
  const keys = typed(text, start, everyMs);
  return terminator === null ? keys : [...keys, keyAt(terminator, start + keys.length * everyMs)];
}

export interface TimelineOutcome {
  readonly scans: WedgeScan[];
  /** What a focused text field would contain: passed and replayed characters, in order. */
  readonly field: string;
  /** Non-character keys the browser got to handle (Enter submitting a search, Backspace …). */
  readonly passedKeys: string[];
  /** For every replayed key: how long after it was pressed it was given back. */
  readonly replayDelays: number[];
  readonly swallowed: number;
}

function isTypedCharacter(event: WedgeKeyEvent): boolean {
  return [...event.key].length === 1 && !event.ctrlKey && !event.metaKey;
}

/** Feeds `events` in order, calling `flush` when the detector asked for it, as a timer would. */
export function runTimeline(
  profile: ScannerProfile,
  events: readonly WedgeKeyEvent[],
): TimelineOutcome {
  const scans: WedgeScan[] = [];
  const passedKeys: string[] = [];
  const replayDelays: number[] = [];
  let field = '';
  let swallowed = 0;
  let now = 0;
  const enter = (event: WedgeKeyEvent): void => {
    if (isTypedCharacter(event)) field += event.key;
    else passedKeys.push(event.key);
  };
  const detector = createWedgeDetector(
    profile,
    (scan) => scans.push(scan),
    (keys) => {
      for (const key of keys) {
        replayDelays.push(now - key.timeStamp);
        enter(key);
      }
    },
  );
  let flushAt: number | null = null;
  for (const event of events) {
    if (flushAt !== null && flushAt <= event.timeStamp) {
      now = flushAt;
      detector.flush(flushAt);
    }
    now = event.timeStamp;
    const decision = detector.feed(event);
    flushAt = decision.flushAt;
    if (decision.action === 'swallow') swallowed += 1;
    else enter(event);
  }
  if (flushAt !== null) {
    now = flushAt;
    detector.flush(flushAt);
  }
  return { scans, field, passedKeys, replayDelays, swallowed };
}
