/**
 * The scan feedback sounds, made from a few tones so the .wav files in resources/sounds can be
 * regenerated and checked (resources/sounds/generate-sounds.ts). Pure: no Node, no DOM.
 */

export const FEEDBACK_SOUND_NAMES = ['right', 'wrong', 'done'] as const;
export type FeedbackSoundName = (typeof FEEDBACK_SOUND_NAMES)[number];

export const SAMPLE_RATE = 22_050;

/** One step of a sound: a tone, or silence when `hz` is 0. */
export interface ToneStep {
  readonly hz: number;
  readonly ms: number;
  /** A square wave buzzes: it is what "wrong" sounds like on every handheld scanner. */
  readonly wave: 'sine' | 'square';
}

const tone = (hz: number, ms: number, wave: ToneStep['wave'] = 'sine'): ToneStep => ({
  hz,
  ms,
  wave,
});
const pause = (ms: number): ToneStep => ({ hz: 0, ms, wave: 'sine' });

export const FEEDBACK_TONES: Readonly<Record<FeedbackSoundName, readonly ToneStep[]>> = {
  /** A short high beep: heard over the floor, gone before the next scan. */
  right: [tone(1760, 110)],
  /** A low double buzz. */
  wrong: [tone(165, 180, 'square'), pause(70), tone(165, 180, 'square')],
  /** A rising three-tone: C6, E6, G6. */
  done: [tone(1046.5, 110), tone(1318.5, 110), tone(1568, 200)],
};

/** Fade in and out over this long, so no tone starts or stops with a click. */
const RAMP_MS = 6;
/** Below full scale: square waves sound much louder than sines at the same amplitude. */
const AMPLITUDE: Record<ToneStep['wave'], number> = { sine: 0.6, square: 0.35 };

export function synthesize(steps: readonly ToneStep[], sampleRate = SAMPLE_RATE): Int16Array {
  const lengths = steps.map((step) => Math.round((step.ms / 1000) * sampleRate));
  const samples = new Int16Array(lengths.reduce((sum, length) => sum + length, 0));
  const ramp = Math.round((RAMP_MS / 1000) * sampleRate);
  let offset = 0;
  steps.forEach((step, index) => {
    const length = lengths[index] ?? 0;
    if (step.hz > 0) {
      for (let n = 0; n < length; n += 1) {
        const phase = Math.sin((2 * Math.PI * step.hz * n) / sampleRate);
        const shape = step.wave === 'square' ? Math.sign(phase) : phase;
        const envelope = Math.min(1, n / ramp, (length - 1 - n) / ramp);
        samples[offset + n] = Math.round(shape * envelope * AMPLITUDE[step.wave] * 32767);
      }
    }
    offset += length;
  });
  return samples;
}

/** A 16-bit mono PCM RIFF/WAVE file holding `samples`. */
export function encodeWav(samples: Int16Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i += 1) view.setUint8(at + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size for PCM
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((sample, index) => view.setInt16(44 + index * 2, sample, true));
  return bytes;
}

export function feedbackWav(name: FeedbackSoundName): Uint8Array {
  return encodeWav(synthesize(FEEDBACK_TONES[name]));
}
