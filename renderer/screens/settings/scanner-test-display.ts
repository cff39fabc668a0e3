import type { ScanEvent, ScanSource } from '../../../shared/scanning/scan-event';

// Names for the control characters a scanner sends most often; others show as their code.
const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x04: 'EOT',
  0x09: 'TAB',
  0x0a: 'LF',
  0x0d: 'CR',
  0x1d: 'GS',
  0x1e: 'RS',
  0x1f: 'US',
};

/**
 * Scan content with its invisible characters made visible — `<GS>` for the GS1 group
 * separator — so a person at the bench can see whether the scanner sends what the barcode holds.
 */
export function showControlCharacters(content: string): string {
  let shown = '';
  for (const char of content) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) {
      const name = CONTROL_NAMES[code] ?? `0x${code.toString(16).padStart(2, '0').toUpperCase()}`;
      shown += `<${name}>`;
    } else {
      shown += char;
    }
  }
  return shown;
}

const SOURCE_LABELS: Readonly<Record<ScanSource, string>> = {
  wedge: 'Keyboard-wedge scanner',
  serial: 'Serial scanner',
  camera: 'Camera',
};

/** The facts of one test scan, in the words the bench uses. */
export function testScanFacts(scan: ScanEvent): Array<{ label: string; value: string }> {
  return [
    { label: 'Content', value: showControlCharacters(scan.content) },
    { label: 'Length', value: `${[...scan.content].length} characters` },
    { label: 'AIM identifier', value: scan.aim ?? 'None sent' },
    { label: 'Source', value: SOURCE_LABELS[scan.source] },
    { label: 'Device', value: scan.device === '' ? 'Keyboard' : scan.device },
  ];
}
