import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScanVerdict } from '../../../shared/scanning/scan-event';

/** Each test gets a fresh module, so no Audio element survives from the one before. */
async function freshPlayer(): Promise<(verdict: ScanVerdict) => void> {
  vi.resetModules();
  const module = await import('./feedback-sound');
  return module.playFeedbackSound;
}

/** A stand-in for HTMLAudioElement recording what was played. */
function fakeAudio(play: () => Promise<void>) {
  const played: string[] = [];
  class FakeAudio {
    currentTime = 5;
    preload = '';
    constructor(readonly src: string) {}
    play(): Promise<void> {
      played.push(this.src);
      return play();
    }
  }
  return { FakeAudio, played };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('playFeedbackSound', () => {
  it('does nothing where there is no Audio at all', async () => {
    const play = await freshPlayer();
    expect(() => play('right')).not.toThrow();
  });

  it('plays a different .wav file for right, wrong and done, and none for info', async () => {
    const { FakeAudio, played } = fakeAudio(() => Promise.resolve());
    vi.stubGlobal('Audio', FakeAudio);
    const play = await freshPlayer();
    play('right');
    play('wrong');
    play('done');
    play('info');
    expect(played).toHaveLength(3);
    expect(new Set(played).size).toBe(3);
    expect(played[0]).toMatch(/\/resources\/sounds\/right\.wav/);
    expect(played[1]).toMatch(/\/resources\/sounds\/wrong\.wav/);
    expect(played[2]).toMatch(/\/resources\/sounds\/done\.wav/);
  });

  it('restarts the sound for a second scan of the same verdict', async () => {
    const { FakeAudio, played } = fakeAudio(() => Promise.resolve());
    vi.stubGlobal('Audio', FakeAudio);
    const play = await freshPlayer();
    play('right');
    play('right');
    expect(played).toHaveLength(2);
  });

  it('stays silent without throwing when autoplay is refused', async () => {
    const refused = vi.fn(() => Promise.reject(new DOMException('autoplay', 'NotAllowedError')));
    const { FakeAudio } = fakeAudio(refused);
    vi.stubGlobal('Audio', FakeAudio);
    const play = await freshPlayer();
    expect(() => play('wrong')).not.toThrow();
    expect(refused).toHaveBeenCalledOnce();
    // Let the rejection settle: an unhandled one would fail the run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('stays silent when there is no audio device or play is missing', async () => {
    vi.stubGlobal(
      'Audio',
      class {
        constructor() {
          throw new DOMException('no device', 'NotSupportedError');
        }
      },
    );
    let play = await freshPlayer();
    expect(() => play('done')).not.toThrow();

    vi.stubGlobal(
      'Audio',
      class {
        currentTime = 0;
        play(): undefined {
          return undefined;
        }
      },
    );
    play = await freshPlayer();
    expect(() => play('done')).not.toThrow();
  });
});
