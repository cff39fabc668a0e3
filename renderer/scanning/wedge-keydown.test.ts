import { describe, expect, it } from 'vitest';
import { DEFAULT_SCANNER_PROFILE, GROUP_SEPARATOR, type ScannerProfile } from './scanner-profile';
import type { WedgeScan } from './scan-read';
import { createWedgeKeydownAdapter, type WedgeKeydown } from './wedge-keydown';
import { keyAt } from './wedge-timeline';

/** A keydown as the adapter sees it, recording what was done to it. */
interface FakeKeydown extends WedgeKeydown {
  readonly target: string;
  prevented: boolean;
  stopped: boolean;
}

function keydown(
  key: string,
  timeStamp: number,
  extra: { ctrlKey?: boolean; isComposing?: boolean; target?: string } = {},
): FakeKeydown {
  return {
    ...keyAt(key, timeStamp, { ctrlKey: extra.ctrlKey ?? false }),
    ...(extra.isComposing === undefined ? {} : { isComposing: extra.isComposing }),
    target: extra.target ?? 'search',
    prevented: false,
    stopped: false,
    preventDefault() {
      this.prevented = true;
    },
    stopImmediatePropagation() {
      this.stopped = true;
    },
  };
}

/** A browser stand-in: one clock, timers that fire when the clock passes them. */
function station(profile: ScannerProfile = DEFAULT_SCANNER_PROFILE, timerSkewMs = 0) {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextTimer = 1;
  const scans: WedgeScan[] = [];
  const replays: { at: number; keys: FakeKeydown[] }[] = [];
  const adapter = createWedgeKeydownAdapter<FakeKeydown>({
    profile,
    onScan: (scan) => scans.push(scan),
    replay: (events) => {
      replays.push({ at: now, keys: [...events] });
    },
    now: () => now,
    setTimer: (run, delayMs) => {
      const id = nextTimer;
      nextTimer += 1;
      // A negative skew models a timer that fires a little before it was asked to.
      timers.set(id, { at: now + delayMs + timerSkewMs, run });
      return id;
    },
    clearTimer: (id) => {
      if (typeof id === 'number') timers.delete(id);
    },
  });
  function advanceTo(time: number): void {
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, timer]) => timer.at <= time)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = time;
  }
  /** Runs only the timers due by `time`, not the ones they set: a busy page catching up. */
  function fireDueTimersOnce(time: number): void {
    now = time;
    const due = [...timers.entries()].filter(([, timer]) => timer.at <= time);
    for (const [id, timer] of due) {
      timers.delete(id);
      timer.run();
    }
  }
  function handleQueued(event: FakeKeydown): FakeKeydown {
    adapter.handle(event);
    return event;
  }
  function press(event: FakeKeydown): FakeKeydown {
    advanceTo(event.timeStamp);
    adapter.handle(event);
    return event;
  }
  return {
    adapter,
    scans,
    replays,
    press,
    advanceTo,
    fireDueTimersOnce,
    handleQueued,
    pendingTimers: () => timers.size,
  };
}

const typedText = (replays: { keys: FakeKeydown[] }[]): string =>
  replays.flatMap((replay) => replay.keys.map((key) => key.key)).join('');

describe('wedge keydown adapter', () => {
  it('prevents and stops every key of a scan, terminator included, and reports it', () => {
    const { scans, replays, press, pendingTimers } = station();
    const keys = [...'4006381333931'].map((char, index) => press(keydown(char, index * 4)));
    const enter = press(keydown('Enter', 13 * 4));
    expect(scans.map((scan) => scan.content)).toEqual(['4006381333931']);
    expect([...keys, enter].every((key) => key.prevented && key.stopped)).toBe(true);
    expect(replays).toEqual([]);
    expect(pendingTimers()).toBe(0);
  });

  it('gives back each key typed at human speed by the timer, within one key interval', () => {
    const { scans, replays, press, advanceTo } = station();
    const query = 'blue widget';
    const keys = [...query].map((char, index) => press(keydown(char, 1000 + index * 150)));
    advanceTo(1000 + query.length * 150 + 500);
    expect(scans).toEqual([]);
    expect(typedText(replays)).toBe(query);
    // The very objects that were held come back, with everything the DOM adapter needs.
    expect(replays.flatMap((replay) => replay.keys)).toEqual(keys);
    expect(replays[0]?.keys[0]?.target).toBe('search');
    for (const replay of replays) {
      const pressedAt = replay.keys[0]?.timeStamp ?? 0;
      expect(replay.at - pressedAt).toBeLessThanOrEqual(DEFAULT_SCANNER_PROFILE.maxInterKeyMs + 1);
    }
  });

  it('replays held typing before a following Enter, which it lets through', () => {
    const { replays, press } = station();
    press(keydown('a', 0));
    press(keydown('b', 15));
    const enter = press(keydown('Enter', 30));
    expect(typedText(replays)).toBe('ab');
    expect(enter.prevented).toBe(false);
    expect(enter.stopped).toBe(false);
  });

  it('decides the burst even when the timer fires early', () => {
    const { replays, press, advanceTo } = station(DEFAULT_SCANNER_PROFILE, -3);
    press(keydown('q', 0));
    advanceTo(100);
    expect(typedText(replays)).toBe('q');
  });

  it('lets keys queued behind a late timer continue the scan before deciding', () => {
    const { scans, replays, press, fireDueTimersOnce, handleQueued, advanceTo } = station();
    press(keydown('A', 0));
    // The page was busy until 120 ms: the flush timer and the scanner's next keys are all due.
    fireDueTimersOnce(120);
    expect(replays).toEqual([]);
    [...'BCDEF'].forEach((char, index) => handleQueued(keydown(char, (index + 1) * 4)));
    handleQueued(keydown('Enter', 24));
    advanceTo(400);
    expect(scans.map((scan) => scan.data)).toEqual(['ABCDEF']);
    expect(replays).toEqual([]);
  });

  it('keeps waiting while the page stays busy, so a long render never splits a scan', () => {
    const { scans, replays, press, fireDueTimersOnce, handleQueued, advanceTo } = station();
    press(keydown('A', 0));
    // Three late turns in a row (each zero-delay retry itself comes back late) …
    fireDueTimersOnce(120);
    fireDueTimersOnce(200);
    fireDueTimersOnce(300);
    expect(replays).toEqual([]);
    // … then the scanner's queued keys are handled and complete the scan.
    [...'BCDEF'].forEach((char, index) => handleQueued(keydown(char, (index + 1) * 4)));
    handleQueued(keydown('Enter', 24));
    advanceTo(600);
    expect(scans.map((scan) => scan.data)).toEqual(['ABCDEF']);
    expect(replays).toEqual([]);
  });

  it('takes back keys given back too soon when the rest of the scan arrives late', () => {
    const { scans, replays, press, handleQueued, advanceTo } = station();
    // The first keys reach the page, then the pipeline stalls: the timer gives them back …
    [...'4006'].forEach((char, index) => press(keydown(char, index * 4)));
    advanceTo(300);
    expect(typedText(replays)).toBe('4006');
    // … and the rest arrives late, stamped 4 ms apart as the scanner sent it: one whole scan.
    [...'381333931'].forEach((char, index) => handleQueued(keydown(char, 16 + index * 4)));
    handleQueued(keydown('Enter', 52));
    expect(scans.map((scan) => scan.data)).toEqual(['4006381333931']);
  });

  it('does not take back typing when the next key came a person’s pause later', () => {
    const { scans, replays, press, advanceTo } = station();
    press(keydown('a', 0));
    advanceTo(300);
    press(keydown('b', 400));
    advanceTo(800);
    expect(typedText(replays)).toBe('ab');
    expect(scans).toEqual([]);
  });

  it('still gives back a lone key when the late timer finds nothing queued', () => {
    const { replays, press, fireDueTimersOnce } = station();
    press(keydown('a', 0));
    fireDueTimersOnce(120);
    fireDueTimersOnce(121);
    expect(typedText(replays)).toBe('a');
  });

  it('reports a scan that ends by idle time when the scanner sends no terminator', () => {
    const idle: ScannerProfile = { ...DEFAULT_SCANNER_PROFILE, terminators: [], endIdleMs: 80 };
    const { scans, replays, press, advanceTo } = station(idle);
    [...'PALLET01'].forEach((char, index) => press(keydown(char, index * 4)));
    advanceTo(60);
    expect(scans).toEqual([]);
    advanceTo(200);
    expect(scans.map((scan) => scan.data)).toEqual(['PALLET01']);
    expect(replays).toEqual([]);
  });

  it('keeps Ctrl+] as GS inside a scan', () => {
    const { scans, press } = station();
    let t = 0;
    const next = (): number => (t += 4);
    for (const char of ']C101095011010209171710ABC') press(keydown(char, next()));
    press(keydown('Control', next(), { ctrlKey: true }));
    press(keydown(']', next(), { ctrlKey: true }));
    for (const char of '21XYZ') press(keydown(char, next()));
    press(keydown('Enter', next()));
    expect(scans).toHaveLength(1);
    expect(scans[0]?.aim).toBe(']C1');
    expect(scans[0]?.content).toBe(`01095011010209171710ABC${GROUP_SEPARATOR}21XYZ`);
  });

  it('leaves keys of an input method composition alone', () => {
    const { replays, press, pendingTimers } = station();
    const composing = press(keydown('k', 0, { isComposing: true }));
    expect(composing.prevented).toBe(false);
    expect(pendingTimers()).toBe(0);
    expect(replays).toEqual([]);
  });

  it('gives back held keys when it is removed', () => {
    const { adapter, replays, press, pendingTimers } = station();
    press(keydown('x', 0));
    press(keydown('y', 10));
    adapter.dispose();
    expect(typedText(replays)).toBe('xy');
    expect(pendingTimers()).toBe(0);
  });

  it('passes editing keys straight through', () => {
    const { press } = station();
    const backspace = press(keydown('Backspace', 0));
    expect(backspace.prevented).toBe(false);
  });
});
