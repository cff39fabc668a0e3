import { Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { StationCallError } from '../api/station-call-error';
import { ErrorNotice } from './error-notice';

/**
 * The three ways a read can be: still loading, failed (message and Retry), or answered. A
 * screen never goes blank in between.
 */
export function QueryView<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T, StationCallError>;
  /** Fills "Loading …" and "Could not load …", e.g. "station settings". */
  what: string;
  children: (data: T) => ReactNode;
}) {
  const failure = query.isError && (
    <ErrorNotice
      title={`Could not ${query.data === undefined ? 'load' : 'refresh'} ${what}`}
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
  // A failed refresh keeps the last answer on screen, under the warning, rather than hiding it.
  if (query.data !== undefined) {
    return (
      <Stack gap="md">
        {failure}
        {children(query.data)}
      </Stack>
    );
  }
  if (failure) return failure;
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" />
      <Text c="dimmed">Loading {what}…</Text>
    </Group>
  );
}
