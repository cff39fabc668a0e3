import type { ScannerProfile } from './scanner-profile';
import { splitBurst, type WedgeScan } from './scan-read';
import { classifyWedgeKey, type WedgeKeyEvent } from './wedge-key';

/**
 * What the caller does with the key it just fed: `swallow` means preventDefault (the key is held
 * or was part of a scan), `pass` lets the browser handle it.
 * `flushAt`: while keys are held, call `flush` at this time unless another key arrives first,
 * so a burst that simply stops is decided (typing given back, or an idle-ended scan reported).
 */
export interface WedgeDecision {
  readonly action: 'swallow' | 'pass';
  readonly flushAt: number | null;
}

export interface WedgeDetector {
  feed(event: WedgeKeyEvent): WedgeDecision;
  /** Decides a burst whose keys have stopped coming; a no-op while it may still continue. */
  flush(now: number): void;
}

interface HeldKey {
  readonly event: WedgeKeyEvent;
  readonly char: string;
}

/**
 * Tells keyboard-wedge scans from typing by timing. The first key of any burst is held, because
 * nothing distinguishes it yet from a keystroke; while keys keep arriving faster than a person
 * types they stay held, so a scan never reaches a text field. Once the burst turns out to be typing
 * the held keys go to `replay`, in order and before the key that revealed it is passed, so nothing
 * typed is lost. `replay` and `onScan` are called synchronously from `feed` and `flush`.
 */
export function createWedgeDetector(
  profile: ScannerProfile,
  onScan: (scan: WedgeScan) => void,
  replay: (keys: readonly WedgeKeyEvent[]) => void,
  takeBack: (keys: readonly WedgeKeyEvent[]) => boolean = () => false,
): WedgeDetector {
  let held: HeldKey[] = [];
  /**
   * Keys the timer gave back as typing. Keys can reach the page later than they were pressed
   * (a busy browser, a slow input pipeline); when the next key was pressed within a key
   * interval of these, they were the start of a scan after all and are taken back.
   */
  let givenBackByTimer: { keys: HeldKey[]; last: number } | null = null;
  const idleEnds = profile.terminators.length === 0;

  function lastTime(): number | null {
    const last = held[held.length - 1];
    return last === undefined ? null : last.event.timeStamp;
  }

  function flushAt(): number | null {
    const last = lastTime();
    if (last === null) return null;
    // +1: a gap of exactly maxInterKeyMs still belongs to the burst.
    return last + (idleEnds ? profile.endIdleMs : profile.maxInterKeyMs) + 1;
  }

  function giveBack(keys: readonly HeldKey[]): void {
    if (keys.length > 0) replay(keys.map((key) => key.event));
  }

  /**
   * Ends the current burst: a scan when it is long enough and `complete`, else typing.
   * Returns whether it was a scan.
   */
  function endBurst(complete: boolean, at: number): boolean {
    const burst = held;
    held = [];
    if (burst.length === 0) return false;
    const split = splitBurst(
      burst.map((key) => key.char),
      profile,
    );
    if (!complete || [...split.scan.data].length < profile.minLength) {
      giveBack(burst);
      return false;
    }
    giveBack(burst.slice(0, split.typedBefore));
    onScan({ ...split.scan, at });
    return true;
  }

  /** A key came after the burst went quiet: the burst is over before this key counts. */
  function endIfStale(now: number): void {
    const last = lastTime();
    if (last !== null && now - last > profile.maxInterKeyMs) endBurst(idleEnds, last);
  }

  function decide(action: WedgeDecision['action']): WedgeDecision {
    return { action, flushAt: flushAt() };
  }

  return {
    feed(event) {
      const key = classifyWedgeKey(event, profile);
      // Modifiers carry no character and do not interrupt a scan (Shift comes with capitals).
      if (key.kind === 'modifier') return decide('pass');
      const early = givenBackByTimer;
      givenBackByTimer = null;
      if (
        early !== null &&
        held.length === 0 &&
        key.kind !== 'other' &&
        event.timeStamp - early.last <= profile.maxInterKeyMs &&
        takeBack(early.keys.map((k) => k.event))
      ) {
        held = early.keys;
      }
      endIfStale(event.timeStamp);
      if (key.kind === 'char') {
        held.push({ event, char: key.char });
        return decide('swallow');
      }
      if (key.kind === 'terminator' && held.length > 0) {
        // A terminator that completed a scan belongs to it; after typing it is the person's key.
        return decide(endBurst(true, event.timeStamp) ? 'swallow' : 'pass');
      }
      endBurst(false, event.timeStamp);
      return decide('pass');
    },
    flush(now) {
      const last = lastTime();
      if (last === null) return;
      if (now - last > (idleEnds ? profile.endIdleMs : profile.maxInterKeyMs)) {
        const burst = held;
        if (!endBurst(idleEnds, last)) givenBackByTimer = { keys: burst, last };
      }
    },
  };
}
