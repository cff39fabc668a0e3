import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_SOUND_NAMES,
  FEEDBACK_TONES,
  SAMPLE_RATE,
  encodeWav,
  feedbackWav,
  synthesize,
  type ToneStep,
} from './feedback-tones';

const text = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.slice(at, at + length));

/** Pitch of a stretch of samples, from how often it crosses zero going up. */
function pitchOf(samples: Int16Array): number {
  let rises = 0;
  for (let n = 1; n < samples.length; n += 1) {
    if ((samples[n - 1] ?? 0) < 0 && (samples[n] ?? 0) >= 0) rises += 1;
  }
  return (rises * SAMPLE_RATE) / samples.length;
}

/** The samples of each sounding step of `steps`. */
function stepsOf(steps: readonly ToneStep[]): { step: ToneStep; samples: Int16Array }[] {
  const all = synthesize(steps);
  let offset = 0;
  return steps.map((step) => {
    const length = Math.round((step.ms / 1000) * SAMPLE_RATE);
    const samples = all.slice(offset, offset + length);
    offset += length;
    return { step, samples };
  });
}

describe('feedback sounds', () => {
  it('encodes a valid 16-bit mono PCM RIFF/WAVE file', () => {
    for (const name of FEEDBACK_SOUND_NAMES) {
      const wav = feedbackWav(name);
      const view = new DataView(wav.buffer);
      expect(text(wav, 0, 4)).toBe('RIFF');
      expect(view.getUint32(4, true)).toBe(wav.length - 8);
      expect(text(wav, 8, 4)).toBe('WAVE');
      expect(text(wav, 12, 4)).toBe('fmt ');
      expect(view.getUint32(16, true)).toBe(16);
      expect(view.getUint16(20, true)).toBe(1);
      expect(view.getUint16(22, true)).toBe(1);
      expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
      expect(view.getUint32(28, true)).toBe(SAMPLE_RATE * 2);
      expect(view.getUint16(32, true)).toBe(2);
      expect(view.getUint16(34, true)).toBe(16);
      expect(text(wav, 36, 4)).toBe('data');
      expect(view.getUint32(40, true)).toBe(wav.length - 44);
    }
  });

  it('stores the samples little-endian after the header', () => {
    const wav = encodeWav(new Int16Array([1, -2, 32767]));
    expect([...wav.slice(44)]).toEqual([1, 0, 0xfe, 0xff, 0xff, 0x7f]);
  });

  it('gives right, wrong and done different contents and lengths', () => {
    const [right, wrong, done] = FEEDBACK_SOUND_NAMES.map((name) => feedbackWav(name));
    const distinct = new Set([right, wrong, done].map((wav) => [...(wav ?? [])].join(',')));
    expect(distinct.size).toBe(3);
    // Short enough not to overlap the next scan; right shortest of all.
    expect(right?.length).toBeLessThan(wrong?.length ?? 0);
    expect(right?.length).toBeLessThan(done?.length ?? 0);
  });

  it('sounds right high, wrong as two low buzzes and done as three rising tones', () => {
    const [right] = stepsOf(FEEDBACK_TONES.right);
    expect(pitchOf(right?.samples ?? new Int16Array())).toBeGreaterThan(1500);

    const wrong = stepsOf(FEEDBACK_TONES.wrong);
    const sounding = wrong.filter(({ step }) => step.hz > 0);
    expect(sounding).toHaveLength(2);
    for (const { samples } of sounding) expect(pitchOf(samples)).toBeLessThan(300);
    const gap = wrong.find(({ step }) => step.hz === 0);
    expect(gap?.samples.every((sample) => sample === 0)).toBe(true);

    const done = stepsOf(FEEDBACK_TONES.done).map(({ samples }) => pitchOf(samples));
    expect(done).toHaveLength(3);
    expect(done[0]).toBeLessThan(done[1] ?? 0);
    expect(done[1]).toBeLessThan(done[2] ?? 0);
  });

  it('fades every tone in and out, so it starts and ends without a click', () => {
    for (const name of FEEDBACK_SOUND_NAMES) {
      const samples = synthesize(FEEDBACK_TONES[name]);
      expect(samples[0]).toBe(0);
      expect(samples[samples.length - 1]).toBe(0);
      expect(Math.max(...samples.map(Math.abs))).toBeLessThan(32767);
    }
  });
});
