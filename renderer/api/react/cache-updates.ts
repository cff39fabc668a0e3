import type { QueryClient } from '@tanstack/react-query';
import type { ActivityEntry, MethodOutput, StationSettings } from '../../../shared/contract';
import { methodQueryPrefix, stationQueryKey } from './query-keys';

/**
 * How each push (and each mutation answer) changes the cache, in one place, so every open
 * screen that reads the same method sees the change at the same moment.
 */
export function applySettings(cache: QueryClient, settings: StationSettings): void {
  cache.setQueryData(stationQueryKey('settings.get', {}), settings);
  const rename = <T extends { stationName: string }>(current: T | undefined) =>
    current && { ...current, stationName: settings.stationName };
  cache.setQueryData<MethodOutput<'station.info'>>(stationQueryKey('station.info', {}), rename);
  cache.setQueryData<MethodOutput<'station.status'>>(stationQueryKey('station.status', {}), rename);
}

export function applyStatus(cache: QueryClient, status: MethodOutput<'station.status'>): void {
  cache.setQueryData(stationQueryKey('station.status', {}), status);
}

/** Newest first, no duplicates, and never longer than the list that screen asked for. */
export function applyActivity(cache: QueryClient, entry: ActivityEntry): void {
  const queries = cache.getQueryCache().findAll({ queryKey: methodQueryPrefix('activity.recent') });
  for (const query of queries) {
    const limit = limitOf(query.queryKey);
    cache.setQueryData<ActivityEntry[]>(query.queryKey, (current) =>
      current === undefined ? current : prependActivity(current, entry, limit),
    );
  }
}

export function prependActivity(
  list: readonly ActivityEntry[],
  entry: ActivityEntry,
  limit: number,
): ActivityEntry[] {
  if (list.some((existing) => existing.id === entry.id)) return [...list];
  return [entry, ...list].slice(0, limit);
}

// The input schema defaults the limit to 50, so a key without one means 50.
const DEFAULT_ACTIVITY_LIMIT = 50;

function limitOf(queryKey: readonly unknown[]): number {
  const input = queryKey[2];
  if (typeof input === 'object' && input !== null && 'limit' in input) {
    const limit = input.limit;
    if (typeof limit === 'number') return limit;
  }
  return DEFAULT_ACTIVITY_LIMIT;
}
