import { describe, expect, it } from 'vitest';
import { middlewareConfigFromEnv } from './middleware-config';

describe('middleware config from the environment', () => {
  it('is absent without either variable, and complete with both', () => {
    expect(middlewareConfigFromEnv({})).toBeUndefined();
    expect(
      middlewareConfigFromEnv({
        SHIPPING_MIDDLEWARE_URL: 'https://api.easypost.com',
        SHIPPING_MIDDLEWARE_KEY: 'EZAK_x',
      }),
    ).toEqual({
      url: 'https://api.easypost.com',
      apiKey: 'EZAK_x',
      timeoutMs: 10_000,
      maxAttempts: 3,
      backoffBaseMs: 250,
      maxBackoffMs: 5_000,
    });
  });

  it('refuses half a configuration or a URL that is not one', () => {
    expect(() => middlewareConfigFromEnv({ SHIPPING_MIDDLEWARE_KEY: 'k' })).toThrow(
      /Set both SHIPPING_MIDDLEWARE_URL and SHIPPING_MIDDLEWARE_KEY/,
    );
    expect(() =>
      middlewareConfigFromEnv({
        SHIPPING_MIDDLEWARE_URL: 'easypost',
        SHIPPING_MIDDLEWARE_KEY: 'k',
      }),
    ).toThrow(/SHIPPING_MIDDLEWARE_URL must be an http\(s\) address/);
  });
});
