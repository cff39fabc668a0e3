import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StatusText, StatusTone } from './status-tone';

const TONE_COLORS: Record<StatusTone, string> = {
  ok: 'teal',
  pending: 'yellow.8',
  problem: 'red',
  neutral: 'gray',
};

/**
 * One status in words, coloured by its tone: with an icon (the status bar) the icon carries the
 * colour; without one (tables on a screen) the words do.
 */
export function StatusItem({
  status,
  icon,
  testId,
  data,
  title,
}: {
  status: StatusText;
  icon?: ReactNode;
  testId: string;
  /** Extra `data-*` attributes for tests and support, e.g. the raw link state. */
  data?: Record<`data-${string}`, string>;
  /** More than the words say (e.g. why the head office is offline), shown on hover. */
  title?: string | undefined;
}) {
  const color = TONE_COLORS[status.tone];
  return (
    <Group
      gap={6}
      wrap="nowrap"
      data-testid={testId}
      data-tone={status.tone}
      style={icon ? { flexShrink: 0 } : undefined}
      title={title}
      {...data}
    >
      {icon && (
        <Text component="span" c={color} display="flex" aria-hidden>
          {icon}
        </Text>
      )}
      <Text
        component="span"
        fz="md"
        c={icon ? undefined : color}
        fw={icon ? undefined : 600}
        style={{ whiteSpace: icon ? 'nowrap' : undefined }}
      >
        {status.text}
      </Text>
    </Group>
  );
}
