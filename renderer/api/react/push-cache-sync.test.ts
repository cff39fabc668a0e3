import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../shared/contract';
import { createFakeTransport } from '../fake-transport';
import { createStationClient } from '../station-client';
import { prependActivity } from './cache-updates';
import { syncCacheWithStation } from './push-cache-sync';
import { stationQueryKey } from './query-keys';
import { createStationCache } from './station-cache';

const entry = (n: number): ActivityEntry => ({
  id: `0190a6b0-0000-7000-8000-${String(n).padStart(12, '0')}`,
  at: `2025-03-12T14:0${n}:00.000Z`,
  kind: 'settings.updated',
  actor: 'station',
  summary: `change ${n}`,
});

function setup() {
  const fake = createFakeTransport(() => ({ ok: true, value: null }));
  const client = createStationClient(fake.transport);
  const cache = createStationCache();
  const stop = syncCacheWithStation(client, cache);
  return { fake, cache, stop };
}

describe('prependActivity', () => {
  it('puts the newest first and keeps the list at its limit', () => {
    expect(prependActivity([entry(1), entry(2)], entry(3), 2)).toEqual([entry(3), entry(1)]);
  });

  it('does not add an entry twice', () => {
    expect(prependActivity([entry(1)], entry(1), 5)).toEqual([entry(1)]);
  });
});

describe('syncCacheWithStation', () => {
  it('puts pushed settings into every cached answer that shows the station name', () => {
    const { fake, cache } = setup();
    cache.setQueryData(stationQueryKey('station.info', {}), {
      stationId: '0190a6b0-0000-7000-8000-000000000001',
      stationName: 'Old',
      appVersion: '0.1.0',
      dataDir: '/data',
      databaseFile: '/data/station.sqlite',
      startedAt: '2025-03-12T14:00:00.000Z',
    });
    const settings = { stationName: 'Pack 2', theme: 'light', updatedAt: null };
    fake.push('settings.changed', settings);

    expect(cache.getQueryData(stationQueryKey('settings.get', {}))).toEqual(settings);
    expect(cache.getQueryData(stationQueryKey('station.info', {}))).toMatchObject({
      stationName: 'Pack 2',
    });
    // Nothing cached for the status yet, so nothing is invented for it.
    expect(cache.getQueryData(stationQueryKey('station.status', {}))).toBeUndefined();
  });

  it('adds pushed activity to each cached list within its own limit', () => {
    const { fake, cache } = setup();
    cache.setQueryData(stationQueryKey('activity.recent', { limit: 2 }), [entry(1), entry(2)]);
    cache.setQueryData(stationQueryKey('activity.recent', { limit: 20 }), [entry(1), entry(2)]);
    fake.push('activity.appended', entry(3));

    expect(cache.getQueryData(stationQueryKey('activity.recent', { limit: 2 }))).toEqual([
      entry(3),
      entry(1),
    ]);
    expect(cache.getQueryData(stationQueryKey('activity.recent', { limit: 20 }))).toHaveLength(3);
  });

  it('refetches after the link comes back, not on the first open', () => {
    const { fake, cache } = setup();
    cache.setQueryData(stationQueryKey('settings.get', {}), {
      stationName: 'A',
      theme: 'auto',
      updatedAt: null,
    });
    const state = () => cache.getQueryState(stationQueryKey('settings.get', {}))?.isInvalidated;

    fake.setLinkState('open');
    expect(state()).toBe(false);
    fake.setLinkState('closed');
    fake.setLinkState('open');
    expect(state()).toBe(true);
  });

  it('stops listening when stopped', () => {
    const { fake, cache, stop } = setup();
    stop();
    fake.push('settings.changed', { stationName: 'X', theme: 'dark', updatedAt: null });
    expect(cache.getQueryData(stationQueryKey('settings.get', {}))).toBeUndefined();
  });
});

describe('sync spine pushes', () => {
  const session = {
    personId: '0190a6b0-0000-7000-8000-000000000001',
    name: 'Ada Lovelace',
    role: 'picker',
    signedInAt: '2026-11-26T10:00:00.000Z',
    method: 'badge',
  } as const;

  it('writes the pushed session in, and null once signed out', () => {
    const { fake, cache } = setup();
    fake.push('session.changed', session);
    expect(cache.getQueryData(stationQueryKey('session.get', {}))).toEqual(session);
    fake.push('session.changed', null);
    expect(cache.getQueryData(stationQueryKey('session.get', {}))).toBeNull();
  });

  it('reads stock and the sync screen again when they move', () => {
    const { fake, cache } = setup();
    const stock = stationQueryKey('inventory.list', { search: '' });
    const outbox = stationQueryKey('outbox.list', { limit: 50 });
    const invalidated = (key: readonly unknown[]) => cache.getQueryState(key)?.isInvalidated;
    cache.setQueryData(stock, { exactMatch: null, rows: [], truncated: false, warehouseCode: 'N' });
    cache.setQueryData(outbox, []);

    fake.push('inventory.changed', { at: '2026-11-26T10:00:00.000Z' });
    expect(invalidated(stock)).toBe(true);
    expect(invalidated(outbox)).toBe(false);
    fake.push('outbox.changed', { waiting: 1, rejected: 0, unconfirmed: 0 });
    expect(invalidated(outbox)).toBe(true);
  });

  it('keeps the sync screen’s connection in step with the station status', () => {
    const { fake, cache } = setup();
    const key = stationQueryKey('sync.overview', {});
    cache.setQueryData(key, {
      connection: { state: 'not-configured' },
      shapes: [],
      outbox: { waiting: 0, rejected: 0, unconfirmed: 0 },
      nextUploadAttemptAt: null,
      lastUploadAt: null,
      problems: [],
    });
    const online = { state: 'online', since: '2026-11-26T10:00:00.000Z' } as const;
    fake.push('station.status', {
      stationName: 'Pack 1',
      connection: online,
      signedInPerson: null,
      pendingUploads: 0,
      printers: null,
    });
    expect(cache.getQueryData(key)).toMatchObject({ connection: online });
  });
});
