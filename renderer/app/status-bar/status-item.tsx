import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StatusText, StatusTone } from './status-tone';

const TONE_COLORS: Record<StatusTone, string> = {
  ok: 'teal',
  pending: 'yellow',
  problem: 'red',
  neutral: 'gray',
};

/** One part of the status bar: an icon in the tone's colour and the words that matter. */
export function StatusItem({
  status,
  icon,
  testId,
  data,
}: {
  status: StatusText;
  icon: ReactNode;
  testId: string;
  /** Extra `data-*` attributes for tests and support, e.g. the raw link state. */
  data?: Record<`data-${string}`, string>;
}) {
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId} data-tone={status.tone} {...data}>
      <Text component="span" c={TONE_COLORS[status.tone]} display="flex" aria-hidden>
        {icon}
      </Text>
      <Text component="span" fz="md" style={{ whiteSpace: 'nowrap' }}>
        {status.text}
      </Text>
    </Group>
  );
}
