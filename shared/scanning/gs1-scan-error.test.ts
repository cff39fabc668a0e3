import { describe, expect, it } from 'vitest';
import { GS1_SCAN_ERROR_CODES, gs1ScanError } from './gs1-scan-error';

describe('gs1ScanError', () => {
  it('has each code once', () => {
    expect(new Set(GS1_SCAN_ERROR_CODES).size).toBe(GS1_SCAN_ERROR_CODES.length);
  });

  it('carries the AI only when there is one, so it serialises without an empty key', () => {
    expect(gs1ScanError('EMPTY_SCAN', 'The scan was empty.')).toEqual({
      code: 'EMPTY_SCAN',
      message: 'The scan was empty.',
    });
    expect(Object.keys(gs1ScanError('EMPTY_SCAN', 'x'))).not.toContain('ai');
    expect(gs1ScanError('BAD_DATE', 'x', '17').ai).toBe('17');
  });
});
