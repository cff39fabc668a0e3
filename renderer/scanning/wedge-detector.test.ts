import { describe, expect, it } from 'vitest';
import { DEFAULT_SCANNER_PROFILE, GROUP_SEPARATOR, SCANNER_PRESETS } from './scanner-profile';
import type { WedgeScan } from './scan-read';
import { createWedgeDetector } from './wedge-detector';
import type { WedgeKeyEvent } from './wedge-key';
import { keyAt, runTimeline, scanned, typed } from './wedge-timeline';

const generic = DEFAULT_SCANNER_PROFILE;
const SCANNER_MS = 4;
const HUMAN_MS = 150;

describe('wedge detector: scans', () => {
  it('counts 50 scans fired back to back at scanner speed and lets no key through', () => {
    const events: WedgeKeyEvent[] = [];
    const barcodes: string[] = [];
    let t = 1000;
    for (let n = 0; n < 50; n += 1) {
      const barcode = `ITEM${String(n).padStart(6, '0')}`;
      barcodes.push(barcode);
      events.push(...scanned(barcode, t, SCANNER_MS));
      // The next scan starts 10 ms after the terminator: no human could pull the trigger again.
      t += (barcode.length + 1) * SCANNER_MS + 10;
    }
    const outcome = runTimeline(generic, events);
    expect(outcome.scans.map((scan) => scan.data)).toEqual(barcodes);
    expect(outcome.field).toBe('');
    expect(outcome.passedKeys).toEqual([]);
    expect(outcome.swallowed).toBe(events.length);
  });

  it('reports the terminator time and the raw text', () => {
    const outcome = runTimeline(generic, scanned('4006381333931', 500, 3));
    expect(outcome.scans).toEqual<WedgeScan[]>([
      {
        raw: '4006381333931',
        data: '4006381333931',
        aim: null,
        content: '4006381333931',
        at: 500 + 13 * 3,
      },
    ]);
  });

  it('ends a scan on Tab as well as Enter, and swallows the terminator', () => {
    const outcome = runTimeline(generic, [
      ...scanned('ABC123', 0, SCANNER_MS, 'Tab'),
      ...scanned('XYZ789', 1000, SCANNER_MS, 'Enter'),
    ]);
    expect(outcome.scans.map((scan) => scan.data)).toEqual(['ABC123', 'XYZ789']);
    expect(outcome.passedKeys).toEqual([]);
  });

  it('does not end a scan on Tab when the profile only knows Enter', () => {
    const enterOnly = { ...generic, terminators: ['Enter' as const] };
    const outcome = runTimeline(enterOnly, scanned('ABC123', 0, SCANNER_MS, 'Tab'));
    expect(outcome.scans).toEqual([]);
    expect(outcome.field).toBe('ABC123');
    expect(outcome.passedKeys).toEqual(['Tab']);
  });

  it('ends a scan by idle time when the scanner sends no terminator', () => {
    const idle = { ...generic, terminators: [], endIdleMs: 80 };
    const outcome = runTimeline(idle, [
      ...scanned('PALLET01', 0, SCANNER_MS, null),
      ...scanned('PALLET02', 500, SCANNER_MS, null),
    ]);
    expect(outcome.scans.map((scan) => scan.data)).toEqual(['PALLET01', 'PALLET02']);
    expect(outcome.scans[0]?.at).toBe(7 * SCANNER_MS);
    expect(outcome.field).toBe('');
  });

  it('waits for the idle time before reporting a terminator-less scan', () => {
    const idle = { ...generic, terminators: [], endIdleMs: 80 };
    const scans: WedgeScan[] = [];
    const detector = createWedgeDetector(
      idle,
      (scan) => scans.push(scan),
      () => undefined,
    );
    let decision = detector.feed(keyAt('A', 0));
    for (const [index, key] of [...'BCDE'].entries()) {
      decision = detector.feed(keyAt(key, (index + 1) * SCANNER_MS));
    }
    expect(decision.flushAt).toBe(16 + 80 + 1);
    detector.flush(16 + 50);
    expect(scans).toEqual([]);
    detector.flush(16 + 81);
    expect(scans.map((scan) => scan.data)).toEqual(['ABCDE']);
  });

  it('keeps GS typed as Ctrl+]', () => {
    const events = [
      ...typed(']C101095011010209171719050810ABC', 0, SCANNER_MS),
      keyAt(']', 200, { ctrlKey: true }),
      ...typed('21XYZ', 204, SCANNER_MS),
      keyAt('Enter', 230),
    ];
    // Control itself also arrives as a key of its own; it must not break the burst.
    events.splice(events.length - 7, 0, keyAt('Control', 198, { ctrlKey: true }));
    const retimed = events.map((event, index) => ({ ...event, timeStamp: index * SCANNER_MS }));
    const outcome = runTimeline(generic, retimed);
    expect(outcome.scans).toHaveLength(1);
    expect(outcome.scans[0]?.raw).toBe(`]C101095011010209171719050810ABC${GROUP_SEPARATOR}21XYZ`);
    expect(outcome.scans[0]?.aim).toBe(']C1');
    expect(outcome.scans[0]?.content).toBe(`01095011010209171719050810ABC${GROUP_SEPARATOR}21XYZ`);
    expect(outcome.field).toBe('');
  });

  it('turns a configured substitute character into GS', () => {
    const pipe = { ...generic, groupSeparatorSubstitute: '|' };
    const outcome = runTimeline(pipe, scanned(']d20109501101020917|10LOT42|21S1', 0, 2));
    expect(outcome.scans[0]?.data).toBe(
      `]d20109501101020917${GROUP_SEPARATOR}10LOT42${GROUP_SEPARATOR}21S1`,
    );
    expect(outcome.scans[0]?.aim).toBe(']d2');
  });

  it('reports the AIM identifiers GS1 scanners send', () => {
    const outcome = runTimeline(generic, [
      ...scanned(']C10109501101020917', 0, SCANNER_MS),
      ...scanned(']d20109501101020917', 500, SCANNER_MS),
      ...scanned(']Q30109501101020917', 1000, SCANNER_MS),
      ...scanned(']e00109501101020917', 1500, SCANNER_MS),
      ...scanned('0109501101020917', 2000, SCANNER_MS),
    ]);
    expect(outcome.scans.map((scan) => scan.aim)).toEqual([']C1', ']d2', ']Q3', ']e0', null]);
    expect(new Set(outcome.scans.map((scan) => scan.content))).toEqual(
      new Set(['0109501101020917']),
    );
  });

  it('strips the configured prefix and suffix', () => {
    const framed = { ...generic, prefix: '\u0002', suffix: '\u0003' };
    const outcome = runTimeline(framed, scanned('\u0002]C1SHIP42\u0003', 0, SCANNER_MS));
    expect(outcome.scans[0]).toMatchObject({
      raw: '\u0002]C1SHIP42\u0003',
      data: ']C1SHIP42',
      aim: ']C1',
      content: 'SHIP42',
    });
  });
});

describe('wedge detector: typing', () => {
  it('never takes typing at ~150 ms per key for a scan, and gives every key back at once', () => {
    const query = 'blue widget 4006381333931';
    const events = [...typed(query, 0, HUMAN_MS), keyAt('Enter', query.length * HUMAN_MS)];
    const outcome = runTimeline(generic, events);
    expect(outcome.scans).toEqual([]);
    expect(outcome.field).toBe(query);
    expect(outcome.passedKeys).toEqual(['Enter']);
    // Each key is held only until it is clear no scanner follows it: one key interval.
    expect(Math.max(...outcome.replayDelays)).toBeLessThanOrEqual(generic.maxInterKeyMs + 1);
  });

  it('gives back a fast burst of three keys followed by a pause, in order', () => {
    const outcome = runTimeline(generic, [
      ...typed('abc', 0, 20),
      ...typed('d', 400, HUMAN_MS),
      keyAt('Backspace', 700),
    ]);
    expect(outcome.scans).toEqual([]);
    expect(outcome.field).toBe('abcd');
    expect(outcome.passedKeys).toEqual(['Backspace']);
  });

  it('gives back the held keys before passing the key that revealed them as typing', () => {
    const order: string[] = [];
    const detector = createWedgeDetector(
      generic,
      () => order.push('scan'),
      (keys) => order.push(...keys.map((key) => `replay ${key.key}`)),
    );
    expect(detector.feed(keyAt('a', 0)).action).toBe('swallow');
    expect(detector.feed(keyAt('b', 15)).action).toBe('swallow');
    const enter = detector.feed(keyAt('Enter', 30));
    order.push(`${enter.action} Enter`);
    expect(order).toEqual(['replay a', 'replay b', 'pass Enter']);
    expect(enter.flushAt).toBeNull();
  });

  it('passes an Enter pressed with nothing held', () => {
    const outcome = runTimeline(generic, [keyAt('Enter', 0)]);
    expect(outcome.passedKeys).toEqual(['Enter']);
  });

  it('gives back a fast burst broken by an editing key or a shortcut', () => {
    const outcome = runTimeline(generic, [
      ...typed('abcdef', 0, 5),
      keyAt('c', 30, { ctrlKey: true }),
    ]);
    expect(outcome.scans).toEqual([]);
    expect(outcome.field).toBe('abcdef');
    expect(outcome.passedKeys).toEqual(['c']);
  });

  it('gives back a fast burst long enough for a scan that never got its terminator', () => {
    const outcome = runTimeline(generic, typed('12345678', 0, SCANNER_MS));
    expect(outcome.scans).toEqual([]);
    expect(outcome.field).toBe('12345678');
  });

  it('gives back a held-down key repeating faster than a scanner', () => {
    const repeats = [0, 30, 60, 90, 120].map((t) => keyAt('x', t, { repeat: t > 0 }));
    const outcome = runTimeline(generic, [...repeats, keyAt('Enter', 140)]);
    expect(outcome.scans).toEqual([]);
    // The first press is given back before the first repeat is passed, so the order holds.
    expect(outcome.field).toBe('xxxxx');
    expect(outcome.passedKeys).toEqual(['Enter']);
  });

  it('takes a scan that arrives while the person is typing, keeping their keys', () => {
    const outcome = runTimeline(generic, [
      ...typed('wid', 0, HUMAN_MS),
      ...scanned('4006381333931', 400, SCANNER_MS),
      ...typed('get', 600, HUMAN_MS),
    ]);
    expect(outcome.scans.map((scan) => scan.data)).toEqual(['4006381333931']);
    expect(outcome.field).toBe('widget');
  });

  it('splits keys typed right before a prefixed scan off the scan', () => {
    const prefixed = { ...generic, prefix: '#' };
    const outcome = runTimeline(prefixed, [
      ...typed('wi', 0, HUMAN_MS),
      // 'd' lands 20 ms before the scanner starts: inside one key interval of the scan.
      keyAt('d', 380),
      ...scanned('#4006381333931', 400, SCANNER_MS),
    ]);
    expect(outcome.scans.map((scan) => scan.data)).toEqual(['4006381333931']);
    expect(outcome.field).toBe('wid');
  });

  it('gives back a terminated burst shorter than the minimum length', () => {
    const outcome = runTimeline(generic, scanned('AB1', 0, SCANNER_MS));
    expect(outcome.scans).toEqual([]);
    expect(outcome.field).toBe('AB1');
    expect(outcome.passedKeys).toEqual(['Enter']);
  });
});

describe('wedge detector: scanner profiles', () => {
  const zebraSpeed = scanned('00012345678905', 0, 40);

  it('takes a burst at Zebra speed for a scan with the Zebra profile', () => {
    const outcome = runTimeline(SCANNER_PRESETS.zebra, zebraSpeed);
    expect(outcome.scans.map((scan) => scan.data)).toEqual(['00012345678905']);
    expect(outcome.field).toBe('');
  });

  it('takes the same burst for typing with the Honeywell profile', () => {
    const outcome = runTimeline(SCANNER_PRESETS.honeywell, zebraSpeed);
    expect(outcome.scans).toEqual([]);
    expect(outcome.field).toBe('00012345678905');
    expect(outcome.passedKeys).toEqual(['Enter']);
  });

  it('takes a burst at Honeywell speed for a scan with either profile', () => {
    const honeywellSpeed = scanned('00012345678905', 0, 8);
    for (const profile of [SCANNER_PRESETS.zebra, SCANNER_PRESETS.honeywell]) {
      expect(runTimeline(profile, honeywellSpeed).scans).toHaveLength(1);
    }
  });
});
