/**
 * Writes the scan feedback sounds (right.wav, wrong.wav, done.wav) beside this file.
 *   npx tsx resources/sounds/generate-sounds.ts          write them
 *   npx tsx resources/sounds/generate-sounds.ts --check  fail if the committed files differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  FEEDBACK_SOUND_NAMES,
  feedbackWav,
} from '../../renderer/components/scan-feedback/feedback-tones';

const check = process.argv.includes('--check');
const stale: string[] = [];

for (const name of FEEDBACK_SOUND_NAMES) {
  const file = new URL(`./${name}.wav`, import.meta.url);
  const wav = feedbackWav(name);
  if (!check) {
    writeFileSync(file, wav);
    console.log(`wrote ${name}.wav (${wav.length} bytes)`);
    continue;
  }
  let committed: Uint8Array | null = null;
  try {
    committed = readFileSync(file);
  } catch {
    committed = null;
  }
  if (committed === null || Buffer.compare(Buffer.from(committed), Buffer.from(wav)) !== 0) {
    stale.push(`${name}.wav`);
  }
}

if (stale.length > 0) {
  console.error(
    `${stale.join(', ')} differ from the generator; run npx tsx resources/sounds/generate-sounds.ts`,
  );
  process.exitCode = 1;
}
