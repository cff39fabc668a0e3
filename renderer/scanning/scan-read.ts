import type { ScannerProfile } from './scanner-profile';

/** One barcode read by a keyboard-wedge scanner. */
export interface WedgeScan {
  /** Everything the scanner typed from its prefix on, terminator excluded, GS as "\u001d". */
  readonly raw: string;
  /** `raw` without the configured prefix and suffix. */
  readonly data: string;
  /** The AIM symbology identifier `data` starts with (`]C1` GS1-128, `]d2` GS1 DataMatrix …). */
  readonly aim: string | null;
  /** `data` without the AIM identifier: what a GS1 parser or a product lookup reads. */
  readonly content: string;
  /** Time stamp of the key that completed the scan. */
  readonly at: number;
}

/** `]`, a symbology code character, a modifier character (ISO/IEC 15424). */
const AIM_IDENTIFIER = /^\][A-Za-z][0-9A-Za-z]/;

/** How a burst of characters splits into typing that ran into the scan and the scan itself. */
export interface BurstSplit {
  /** How many leading characters were typed by a person just before the scan began. */
  readonly typedBefore: number;
  readonly scan: Omit<WedgeScan, 'at'>;
}

/**
 * A configured prefix marks where the scan starts, so fast keys a person typed just before it
 * (less than a key interval earlier) are told apart and given back. Without a prefix the whole
 * burst is the scan.
 */
export function splitBurst(chars: readonly string[], profile: ScannerProfile): BurstSplit {
  const text = chars.join('');
  let typedBefore = 0;
  if (profile.prefix !== '') {
    const at = text.indexOf(profile.prefix);
    if (at > 0) typedBefore = [...text.slice(0, at)].length;
  }
  const raw = chars.slice(typedBefore).join('');
  let data = raw;
  if (profile.prefix !== '' && data.startsWith(profile.prefix)) {
    data = data.slice(profile.prefix.length);
  }
  if (profile.suffix !== '' && data.endsWith(profile.suffix)) {
    data = data.slice(0, data.length - profile.suffix.length);
  }
  const aimMatch = AIM_IDENTIFIER.exec(data);
  const aim = aimMatch === null ? null : aimMatch[0];
  const content = aim === null ? data : data.slice(aim.length);
  return { typedBefore, scan: { raw, data, aim, content } };
}
