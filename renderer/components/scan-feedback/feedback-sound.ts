import type { ScanVerdict } from '../../../shared/scanning/scan-event';
// `?no-inline`: Vite would inline a small file as a data: URL, which the CSP's media-src refuses.
import doneUrl from '../../../resources/sounds/done.wav?no-inline';
import rightUrl from '../../../resources/sounds/right.wav?no-inline';
import wrongUrl from '../../../resources/sounds/wrong.wav?no-inline';

const SOUND_URLS: Readonly<Record<ScanVerdict, string | null>> = {
  right: rightUrl,
  wrong: wrongUrl,
  done: doneUrl,
  // Information is shown, not sounded: the floor learns that a sound means a verdict.
  info: null,
};

const players = new Map<ScanVerdict, HTMLAudioElement>();

function playerFor(verdict: ScanVerdict, url: string): HTMLAudioElement {
  let player = players.get(verdict);
  if (player === undefined) {
    player = new Audio(url);
    player.preload = 'auto';
    players.set(verdict, player);
  }
  return player;
}

/**
 * Sounds the verdict of a scan. Never throws: where sound cannot play (autoplay refused before
 * the first click, no audio device, no Audio at all) the scan goes on without it, because the
 * banner says the same thing.
 */
export function playFeedbackSound(verdict: ScanVerdict): void {
  const url = SOUND_URLS[verdict];
  if (url === null || typeof Audio === 'undefined') return;
  try {
    const player = playerFor(verdict, url);
    // A second scan of the same verdict restarts the sound rather than waiting for it to end.
    player.currentTime = 0;
    // Old engines return nothing from play(); the TypeError that gives lands in the catch below.
    player.play().catch(() => undefined);
  } catch {
    // Silence is the fallback; see above.
  }
}
