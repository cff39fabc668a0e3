import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isLoopbackHost } from './origin-check';

describe('origin check', () => {
  it('allows the page it served and clients that are not browsers', () => {
    expect(isAllowedOrigin('http://127.0.0.1:5170', '127.0.0.1:5170')).toBe(true);
    expect(isAllowedOrigin(undefined, '127.0.0.1:5170')).toBe(true);
  });

  it('refuses other sites, other ports and garbage', () => {
    expect(isAllowedOrigin('https://evil.example', '127.0.0.1:5170')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:9999', '127.0.0.1:5170')).toBe(false);
    expect(isAllowedOrigin('null', '127.0.0.1:5170')).toBe(false);
    expect(isAllowedOrigin('file://', '127.0.0.1:5170')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:5170', undefined)).toBe(false);
  });

  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['0.0.0.0', '192.168.1.4', '::']) expect(isLoopbackHost(host)).toBe(false);
  });
});
