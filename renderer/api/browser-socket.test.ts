import { describe, expect, it } from 'vitest';
import { stationSocketUrl } from './browser-socket';

describe('stationSocketUrl', () => {
  it('uses ws for a plain http page on the same host and port', () => {
    expect(stationSocketUrl({ protocol: 'http:', host: '127.0.0.1:5170' }, '/ws')).toBe(
      'ws://127.0.0.1:5170/ws',
    );
  });

  it('uses wss when the page came over https', () => {
    expect(stationSocketUrl({ protocol: 'https:', host: 'station.local' }, '/ws')).toBe(
      'wss://station.local/ws',
    );
  });
});
