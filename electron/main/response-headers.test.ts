import { describe, expect, it } from 'vitest';
import { withContentSecurityPolicy } from './response-headers';

describe('withContentSecurityPolicy', () => {
  it('replaces any policy the server sent, in any capitalisation, and keeps other headers', () => {
    expect(
      withContentSecurityPolicy(
        {
          'content-security-policy': ['default-src *'],
          'CONTENT-SECURITY-POLICY': ['script-src *'],
          'Content-Type': ['text/html'],
        },
        "default-src 'self'",
      ),
    ).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });

  it('adds the policy when there were no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
