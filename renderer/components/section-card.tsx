import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled block of a screen; `action` sits beside the title (e.g. a Refresh button). */
export function SectionCard({
  title,
  action,
  testId,
  children,
}: {
  title: string;
  action?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2}>{title}</Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
